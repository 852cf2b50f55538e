// Who may act in a clause beyond what stands before the cue: a body named after "through" is the
// channel and what talks are "about" is their topic (neither acts), and a subject pronoun stands
// for the first actor of the sentence before.
import type { TriggerEntry } from '../lexicon/load';
import type { FrameSentence } from './frames';
import type { Ref } from './refs';
import { sentenceRefs } from './refs';

/** "talks about Syria", "المحادثات حول سوريا": what the talks are about acts in nothing. */
const TOPIC_PREPS = new Set(['about', 'concerning', 'regarding', 'concernant', 'حول', 'بشان']);

/** "Through the State Department's Office of X, Washington has provided": X is the channel; "عبر
 *  مرفق السلام الأوروبي": the money goes through it, not to it. */
export function channelOf(fs: FrameSentence, r: Ref): boolean {
  const { doc } = fs.ctx;
  const t = doc.sentences[fs.sent]!.tokens;
  let k = r.from - 1;
  while (k >= 0 && !doc.li.channels.has(t[k]!.f) && (doc.li.determiners.has(t[k]!.f) || t[k]!.f === "'" || t[k]!.cap || (t[k]!.f === 's' && t[k - 1]?.f === "'") || fs.refs.some((o) => o.to === k + 1 && o !== r))) {
    const owner = fs.refs.find((o) => o.to === k + 1 && o !== r);
    k = owner ? owner.from - 1 : k - 1;
  }
  return k >= 0 && doc.li.channels.has(t[k]!.f);
}

/** A reference that cannot be the actor of a cue: a channel or a topic. */
export function notAnActor(fs: FrameSentence, r: Ref): boolean {
  return channelOf(fs, r) || TOPIC_PREPS.has(fs.ctx.doc.sentences[fs.sent]!.tokens[r.from - 1]?.f ?? '');
}

/** "The EU has sweetened the process. In January it disbursed ...": a subject pronoun right before
 *  the cue stands for the first actor of the sentence before, in the same paragraph. */
export function pronounActor(fs: FrameSentence, t: TriggerEntry, from: number): Ref[] {
  const { doc } = fs.ctx;
  const toks = doc.sentences[fs.sent]!.tokens;
  const near = [toks[from - 1], toks[from - 2], toks[from - 3]].some((w) => !!w && doc.li.pronouns.has(w.f));
  const prev = doc.sentences[fs.sent - 1];
  if (!near || !prev || prev.paragraph !== doc.sentences[fs.sent]!.paragraph) return [];
  const first = sentenceRefs(doc, fs.sent - 1, fs.ctx.entityOf, new Map()).find((r) => !r.adjective && t.actors.includes(r.type));
  return first ? [{ ...first, from, to: from, mention: first.mention }] : [];
}

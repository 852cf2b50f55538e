// What a cue's clause says beyond its frame: the sum of money it names (an attribute of funds),
// whether it shows what a cue with an everyday sense needs (triggers.json `needs`), and whether the
// actor found before a cue only condemned or reported the act.
import type { RelationType } from '../../../../shared/domain';
import type { TriggerEntry } from '../lexicon/load';
import type { Doc } from '../ner/doc';
import type { FrameSentence } from './frames';
import type { Ref } from './refs';

const AMOUNTS = new WeakMap<Doc['li'], RegExp>();

/** A sum with its currency: a sign or code before the number, or after it a sign or one of the
 *  language's currency words (language.json `currencies`). */
function amountPattern(doc: Doc): RegExp {
  let re = AMOUNTS.get(doc.li);
  if (!re) {
    const words = [...doc.lex.language.currencies[doc.lang]].sort((a, b) => b.length - a.length).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
    re = new RegExp(`(€|\\$|£|USD|EUR|AZN|GBP)?\\s?(\\d[\\d,.\\s]*\\d|\\d)(\\s?(millions?|billions?|milliards?|مليون|ملايين|مليار))?\\s?(?:de |d'|d’)?((?:${words.join('|')})(?!\\p{L})|€)?`, 'u');
    AMOUNTS.set(doc.li, re);
  }
  return re;
}

export function amount(doc: Doc, sent: number, from: number): Record<string, string> | undefined {
  const s = doc.sentences[sent]!;
  const tail = doc.text.slice(s.tokens[from]!.start, s.end);
  const m = amountPattern(doc).exec(tail);
  if (!m) return undefined;
  const currency = m[1] ?? m[5];
  return { amount: `${m[2]!.trim()}${m[3] ?? ''}`, ...(currency ? { currency: currency.trim() } : {}) };
}

/** "The United States condemned the attack on Kharkiv", "أدانت مصر الهجوم على ...": the one who
 *  condemns, blames or accuses another of an act did not do it; nor did the one who reports an
 *  attack ("Ukraine said the attack on Kharkiv killed five", "وقالت أوكرانيا إن الهجوم على ..."). */
export function condemnedOrReported(fs: FrameSentence, rel: RelationType, actors: Ref[], from: number): boolean {
  const first = actors[0];
  const last = actors[actors.length - 1];
  if (!first || !last || rel === 'accuses') return false;
  const { doc } = fs.ctx;
  const s = doc.sentences[fs.sent]!;
  const between = (h: { from: number; to: number }): boolean => (h.from >= last.to && h.to <= from) || (doc.lang === 'ar' && h.to === first.from);
  // "Russia said it had shelled Kharkiv": a pronoun subject after the speech verb is the speaker.
  const bySpeaker = (h: { to: number }): boolean => s.tokens.slice(h.to, from).some((w) => doc.li.pronouns.has(w.f));
  const reported = rel === 'attacks' && doc.li.speech.all(s).some((h) => between(h) && !bySpeaker(h));
  return reported || doc.li.triggers.all(s).some((h) => h.value.rel === 'accuses' && between(h));
}

/** A cue with an everyday sense states its relation only when its clause shows it (triggers.json
 *  `needs`): a sum of money after "رصد" (allocated, not monitored); the target right after the cue,
 *  past determiners, a nationality and a title ("joined the Ottawa Convention", "received Serbian
 *  President Vucic"; not "joined Ethiopia in rejecting it", "received a letter from X"). */
export function needsMet(fs: FrameSentence, t: TriggerEntry, from: number, to: number): boolean {
  if (t.needs === 'money') return !!amount(fs.ctx.doc, fs.sent, from)?.currency;
  if (t.needs !== 'adjacent') return true;
  const { doc } = fs.ctx;
  const s = doc.sentences[fs.sent]!;
  let k = to;
  for (;;) {
    const adjective = fs.refs.find((r) => r.from === k && r.adjective);
    if (s.tokens[k] && (doc.li.determiners.has(s.tokens[k]!.f) || s.tokens[k]!.f === "'")) k++;
    else if (adjective) k = adjective.to;
    else if (doc.li.titles.at(s, k)) k = doc.li.titles.at(s, k)!.to;
    else break;
  }
  return fs.refs.some((r) => r.from === k && t.targets.includes(r.type));
}

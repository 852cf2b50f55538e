// Runs the cue-word frames sentence by sentence, plus the constructions that need more than one
// cue: helpers ("avec l'appui de X, Y et Z", "بدعم من") cooperate with the actors; compounds
// ("Russian-occupied Izium"); stances in a quote are also its speaker's ("« ... », a ajouté
// Zank"); blame words in a speaker's quote accuse the country named. Entities named together
// with no typed relation are linked as co_mentioned, clearly marked and of low confidence.
import type { RelationType } from '../../../../shared/domain';
import type { RelationContext } from './index';
import type { FrameSentence } from './frames';
import { applyTrigger, groupAfter, groupBefore, link } from './frames';
import type { Ref } from './refs';
import { adjectiveAttacks, sentenceRefs } from './refs';
import { evidence } from '../evidence';
import { mainCountryOf } from './title-country';

const ANY = ['country', 'agency', 'organization', 'official', 'region'];

function helpers(fs: FrameSentence, used: Set<number>): void {
  const { doc } = fs.ctx;
  for (const hit of doc.li.support.all(doc.sentences[fs.sent]!)) {
    for (let k = hit.from; k < hit.to; k++) used.add(k);
    fs.joinWords = 5;
    const group = groupAfter(fs, hit.to, ['agency', 'organization', 'country'], 'cooperates_with', 'target', 40);
    const actors = groupBefore(fs, hit.from, ['agency', 'organization', 'country'], 'cooperates_with', 40);
    fs.joinWords = undefined;
    for (const g of group) fs.helpers.add(g);
    if (actors.length && group.length) link(fs, group, 'cooperates_with', actors, actors[0]!.from, group[group.length - 1]!.to, 'support.helpers', 0.6);
    // "X et Y, avec l'appui de Z, continuent de ...": X and Y act together.
    for (let i = 1; i < actors.length; i++) link(fs, [actors[0]!], 'cooperates_with', [actors[i]!], actors[0]!.from, actors[i]!.to, 'support.actors', 0.55);
    if (group.length) fs.helperEnd = Math.max(fs.helperEnd ?? 0, group[group.length - 1]!.to);
  }
}

function affixes(fs: FrameSentence, used: Set<number>): void {
  const { doc } = fs.ctx;
  const table = doc.lang === 'en' ? doc.lex.triggers.affixes.en : {};
  for (const r of fs.refs) {
    const next = doc.sentences[fs.sent]!.tokens[r.to];
    const rel = next && table[next.f];
    if (!r.adjective || !rel || doc.text[r.mention.end] !== '-') continue;
    const targets = groupAfter(fs, r.to + 1, rel === 'occupies' ? ['region'] : ANY, rel, 'target', 8);
    link(fs, [r], rel as RelationType, targets, r.from, targets[targets.length - 1]?.to ?? r.to + 1, `affix.${rel}`, 0.7);
    fs.refs = fs.refs.filter((x) => x !== r);
    used.add(r.to);
  }
}

/** The speaker of a quote in this sentence: a name right after a speech verb, or right before it. */
function speaker(fs: FrameSentence): Ref | undefined {
  const { doc } = fs.ctx;
  const s = doc.sentences[fs.sent]!;
  const quoted = /[«»“”"]/.test(doc.text.slice(s.start, s.end));
  for (const hit of doc.li.speech.all(s)) {
    // Indirect speech ("X a déclaré que ...") has a speaker too.
    if (!quoted && !doc.li.clauseBreaks.has(s.tokens[hit.to]?.f ?? '')) continue;
    const after = fs.refs.find((r) => r.from >= hit.to && r.from - hit.to <= 1 && !r.adjective);
    const before = [...fs.refs].reverse().find((r) => r.to <= hit.from && hit.from - r.to <= 1 && !r.adjective);
    const who = after ?? before;
    if (who && ['official', 'agency', 'country'].includes(who.type)) return who;
  }
  return undefined;
}

function stances(fs: FrameSentence, who: Ref | undefined): void {
  const { doc } = fs.ctx;
  if (!who) return;
  const s = doc.sentences[fs.sent]!;
  for (const hit of doc.li.blame.all(s)) {
    const target = fs.refs.find((r) => r !== who && (r.type === 'country' || r.type === 'agency') && !r.ents.some((e) => who.ents.includes(e)));
    if (target) link(fs, [who], 'accuses', [target], Math.min(target.from, who.from), Math.max(hit.to, who.to), 'speaker.blame', 0.55);
  }
  for (const hit of doc.li.triggers.all(s)) {
    if (hit.value.rel !== 'supports') continue;
    const targets = groupAfter(fs, hit.to, hit.value.targets, 'supports', 'target');
    link(fs, [who], 'supports', targets, hit.from, Math.max(who.to, targets[0]?.to ?? hit.to), 'speaker.stance', 0.55);
  }
}

// Folded forms: "على" is "علي".
const AGAINST = new Set(['on', 'against', 'of', 'sur', 'contre', 'de', 'du', 'd', 'علي', 'ضد']);

/** "the Israeli strikes on X", "l'invasion russe de l'Ukraine", "الضربات الإسرائيلية المتواصلة على
 *  الأراضي السورية": a nationality beside a noun of attack attacks what follows "on". */
function adjectiveAgents(fs: FrameSentence): void {
  const { doc } = fs.ctx;
  const t = doc.sentences[fs.sent]!.tokens;
  for (const r of fs.refs) {
    const noun = doc.lang === 'en' ? t[r.to] : t[r.from - 1];
    if (!r.adjective || !noun || !adjectiveAttacks(doc, fs.sent, r.mention)) continue;
    let k = doc.lang === 'en' ? r.to + 1 : r.to;
    while (t[k] && k - r.to < 4 && !AGAINST.has(t[k]!.f) && t[k]!.word && !fs.refs.some((o) => o.from === k)) k++;
    if (!t[k] || !AGAINST.has(t[k]!.f)) continue;
    const targets = groupAfter(fs, k + 1, ['country', 'region', 'agency'], 'attacks', 'target', 3).filter((x) => !x.ents.some((e) => r.ents.includes(e)));
    if (targets.length) link(fs, [r], 'attacks', targets, Math.min(r.from, noun === t[r.to] ? r.from : r.from - 1), targets[targets.length - 1]!.to, 'attacks.adjective-agent', 0.55);
  }
}

function coMentions(fs: FrameSentence): void {
  const ents = [...new Set(fs.refs.filter((r) => !r.adjective && r.type !== 'agreement').flatMap((r) => r.ents))];
  if (ents.length < 2 || ents.length > 6) return;
  const s = fs.ctx.doc.sentences[fs.sent]!;
  const ev = evidence(fs.ctx.doc, fs.sent, 0, s.tokens.length, 'co_mention.sentence', 0.2);
  for (let i = 0; i < ents.length; i++) {
    for (let j = i + 1; j < ents.length; j++) {
      if (!fs.ctx.rels.linked(ents[i]!, ents[j]!)) fs.ctx.rels.add(ents[i]!, 'co_mentioned', ents[j]!, ev);
    }
  }
}

function titleTargets(ctx: RelationContext, sent: number): Set<number> {
  return new Set(ctx.doc.roles.filter((r) => r.sent === sent && r.target !== undefined).map((r) => r.target!));
}

/** The body a speaking official heads or represents, as titles in the article state it. */
function affiliation(ctx: RelationContext, who: Ref): Ref | undefined {
  if (who.type !== 'official') return undefined;
  for (const r of ctx.doc.roles) {
    const person = ctx.entityOf.get(r.person);
    const target = r.target === undefined ? undefined : ctx.doc.mentions[r.target];
    const e = target ? ctx.entityOf.get(target.id) : undefined;
    if (person && who.ents.includes(person) && target && e && target.type !== 'country') {
      return { from: who.from, to: who.to, type: target.type, ents: [e], mention: target, adjective: false };
    }
  }
  return undefined;
}

const OPEN_QUOTE = /[«“"]/;
const CLOSE_QUOTE = /[»”"]/;

/** A quote that opens in one sentence and closes in a later one of the same paragraph is the
 *  speaker's too: "“The shelling of Kherson ... crimes. Since ...,” the Ministry said." */
function quoteSpeakers(ctx: RelationContext, entityOf: Map<number, string>): Map<number, Ref> {
  const out = new Map<number, Ref>();
  const { doc } = ctx;
  let pending: number[] = [];
  doc.sentences.forEach((s, sent) => {
    if (sent > 0 && doc.sentences[sent - 1]!.paragraph !== s.paragraph) pending = [];
    const text = doc.text.slice(s.start, s.end);
    const quoted = OPEN_QUOTE.test(text) || CLOSE_QUOTE.test(text);
    const fs: FrameSentence = { ctx, sent, refs: quoted ? sentenceRefs(doc, sent, entityOf, new Map()) : [], helpers: new Set(), titleTargets: new Set() };
    const who = quoted ? speaker(fs) : undefined;
    if (who) {
      for (const p of pending) out.set(p, who);
      pending = [];
    } else if (OPEN_QUOTE.test(text) && !CLOSE_QUOTE.test(text.slice(text.search(OPEN_QUOTE) + 1))) pending.push(sent);
    else if (pending.length) pending.push(sent);
  });
  return out;
}

export function sentenceRelations(ctx: RelationContext, entityOf: Map<number, string>): void {
  const counts = new Map<string, number>();
  const inherited = quoteSpeakers(ctx, entityOf);
  const mainMention = mainCountryOf(ctx.doc, (m) => (m ? entityOf.get(m.id) : undefined))();
  const main = mainMention ? entityOf.get(mainMention.id) : undefined;
  ctx.doc.sentences.forEach((s, sent) => {
    const fs: FrameSentence = { ctx, sent, refs: sentenceRefs(ctx.doc, sent, entityOf, counts, main), helpers: new Set(), titleTargets: titleTargets(ctx, sent) };
    const who = speaker(fs) ?? inherited.get(sent);
    if (who) fs.speaker = affiliation(ctx, who) ?? who;
    // Cue words inside a name ("Organisation pour la ... coopération") or already read as part of
    // a helper phrase or a compound state nothing of their own.
    const used = new Set<number>();
    for (const r of fs.refs) if (!r.adjective && r.type !== 'agreement') for (let k = r.from; k < r.to; k++) used.add(k);
    helpers(fs, used);
    affixes(fs, used);
    // "مذكرة تفاهم رباعية للتعاون في ...": cooperation named in or right after an agreement is its
    // topic, not a relation of its own.
    const named = new Set<number>();
    for (const r of fs.refs) if (r.type === 'agreement') for (let k = r.from; k <= r.to; k++) named.add(k);
    for (const hit of ctx.doc.li.triggers.all(s)) {
      let taken = false;
      for (let k = hit.from; k < hit.to; k++) taken ||= used.has(k) || (hit.value.rel === 'cooperates_with' && named.has(k));
      if (taken) continue;
      applyTrigger(fs, hit.value, hit.from, hit.to);
    }
    stances(fs, who);
    adjectiveAgents(fs);
    coMentions(fs);
    for (const r of fs.refs) if (r.type === 'country' && !r.adjective) for (const e of r.ents) counts.set(e, (counts.get(e) ?? 0) + 1);
  });
}

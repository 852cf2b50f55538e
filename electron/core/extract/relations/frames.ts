// Relations stated by a cue word (relations lexicon, resources/lexicon/triggers.json): the cue
// fixes the relation type, its frame says where actor and target stand (actor before the cue or,
// in a verb-first Arabic clause, right after it; target after it; or the reverse for "brokered
// by X"), and the SCHEMA's types filter the candidates. Coordinated groups yield one relation per
// member. Helpers named after "with the support of" cooperate with the actors instead.
import type { RelationType } from '../../../../shared/domain';
import type { TriggerEntry } from '../lexicon/load';
import { evidence } from '../evidence';
import { tokenKeys } from '../text/words';
import type { RelationContext } from './index';
import type { Ref } from './refs';
import { adjectiveAttacks, adjectiveStandsForCountry, anyBreak, isBreak, joined } from './refs';
import { channelOf, notAnActor, pronounActor } from './actors';
import { foldPattern } from '../text/fold-map';
import { amount, condemnedOrReported, needsMet } from './cue-checks';

const AFTER_TARGET = new Set([',', 'by', 'par']);
/** "Before the signing of the deal, X ...": a time clause, not the actor's own statement. */
const TEMPORAL = new Set(['before', 'after', 'until', 'avant', 'après', 'قبل', 'بعد'].map(foldPattern));
/** "signed by X", and for an agreement "signé entre la Russie et l'ONU" (both sign). */
const AGENTS = new Set(['by', 'par', 'من قبل', 'between', 'entre', 'بين']);
const WITH = new Set(['with', 'avec', 'مع']);
const BODIES = new Set(['agency', 'organization', 'official']);

/** "ووقعت عليه الحكومتان": a party_to cue whose agreement is a pronoun takes the latest agreement. */
function recentAgreement(fs: FrameSentence): Ref[] {
  const { doc } = fs.ctx;
  const para = doc.sentences[fs.sent]!.paragraph;
  const last = [...doc.mentions].reverse().find((m) => m.type === 'agreement' && !m.dropped && (m.sent < fs.sent || m.sent === fs.sent) && doc.sentences[m.sent]!.paragraph >= para - 1);
  const e = last ? fs.ctx.entityOf.get(last.id) : undefined;
  return last && e ? [{ from: last.from, to: last.to, type: 'agreement', ents: [e], mention: last, adjective: false }] : [];
}
const SOURCE_PREPS = new Set(['from', 'depuis']);
const RECIPIENT = new Set<string>(['funds', 'hands_over']);

/** "liberated from Russia's occupation": a place or country after "from" is not a recipient. */
function fromSource(fs: FrameSentence, r: Ref): boolean {
  const t = fs.ctx.doc.sentences[fs.sent]!.tokens;
  return SOURCE_PREPS.has(t[r.from - 1]?.f ?? '');
}

function afterTemporal(fs: FrameSentence, from: number): boolean {
  const t = fs.ctx.doc.sentences[fs.sent]!.tokens;
  let k = from - 1;
  while (k >= 0 && fs.ctx.doc.li.determiners.has(t[k]!.f)) k--;
  return k >= 0 && TEMPORAL.has(t[k]!.f);
}

/** "la deuxième plus grande ville d'Ukraine, Kharkiv": the country holds the target. */
function dropContainers(fs: FrameSentence, refs: Ref[]): Ref[] {
  const links = fs.ctx.doc.placeLinks.filter((l) => l.sent === fs.sent);
  return refs.filter((r) => !links.some((l) => l.outer === r.mention.id && refs.some((o) => o.mention.id === l.inner)));
}

/** "support for mine clearance in Bosnia": a place after "in" is where, not whom. */
function afterLocative(fs: FrameSentence, r: Ref): boolean {
  const prev = fs.ctx.doc.sentences[fs.sent]!.tokens[r.from - 1];
  return !!prev && fs.ctx.doc.li.locatives.has(prev.f);
}

/** 'subject': the sentence's first actor ("Russia handed over ... during the occupation of X");
 *  'withdraw': the actor right after the cue, the place after it ("retrait de X du Y"). */
function subjectFrames(fs: FrameSentence, t: TriggerEntry, rel: RelationType, rule: string, from: number, to: number): void {
  let actors: Ref[];
  let targetFrom = to;
  if (t.frame === 'withdraw') {
    actors = groupAfter(fs, to, t.actors, rel, 'actor', 6);
    targetFrom = actors[actors.length - 1]?.to ?? to;
  } else {
    const first = fs.refs.find((r) => r.to <= from && t.actors.includes(r.type) && !r.adjective);
    actors = first ? groupAfter(fs, first.from, t.actors, rel, 'actor', 0) : [];
  }
  const targets = groupAfter(fs, targetFrom, t.targets, rel, 'target', 8);
  if (actors.length && targets.length) link(fs, actors, rel, targets, ...span([...actors, ...targets], from, to), rule, 0.55);
}

const ADJ_TARGET_OK = new Set(['accuses', 'supports', 'hands_over', 'mediates']);

export interface FrameSentence {
  ctx: RelationContext;
  sent: number;
  refs: Ref[];
  helpers: Set<Ref>;
  /** Mention ids of bodies named in a person's title ("the head of X, NAME"): not actors beside NAME. */
  titleTargets: Set<number>;
  /** The body (or person) speaking in a quote in this sentence, for first-person cues ("Nous travaillons avec X"). */
  speaker?: Ref;
  /** A funding cue was seen: a following "to support" states purpose, not a stance. */
  funding?: boolean;
  /** How many words a coordinated group may have after "and" (helper lists are wordier). */
  joinWords?: number;
  /** End of a helper phrase: an action after it looks past it for its actors. */
  helperEnd?: number;
}

function allowed(fs: FrameSentence, r: Ref, types: string[], role: 'actor' | 'target', rel: string): boolean {
  if (!types.includes(r.type) || (fs.helpers.has(r) && role === 'actor') || fs.titleTargets.has(r.mention.id)) return false;
  if (role === 'actor' ? notAnActor(fs, r) : RECIPIENT.has(rel) && channelOf(fs, r)) return false;
  if (!r.adjective) return true;
  if (role === 'target' && ADJ_TARGET_OK.has(rel)) return true;
  if (role === 'actor' && (rel === 'attacks' || rel === 'occupies') && adjectiveAttacks(fs.ctx.doc, fs.sent, r.mention)) return true;
  return adjectiveStandsForCountry(fs.ctx.doc, fs.sent, r.mention);
}

/** "signed the accord with X": X is a party too. */
function coSigners(fs: FrameSentence, t: TriggerEntry, after: number): Ref[] {
  const w = fs.ctx.doc.sentences[fs.sent]!.tokens[after];
  return w && WITH.has(w.f) ? groupAfter(fs, after + 1, t.actors, 'party_to', 'actor', 5) : [];
}

/** "X, who signed ...", "X qui a signé": the only break between X and the cue is the relative
 *  pronoun right after X, so X is the actor. */
function relativeOf(fs: FrameSentence, r: Ref, i: number): boolean {
  const t = fs.ctx.doc.sentences[fs.sent]!.tokens;
  const k = t[r.to]?.f === ',' ? r.to + 1 : r.to;
  if (!t[k] || !fs.ctx.doc.li.relatives.has(t[k]!.f)) return false;
  return !anyBreak(fs.ctx.doc, fs.sent, k + 1, i);
}

/** The coordinated group of allowed refs nearest before token i, within the clause. */
export function groupBefore(fs: FrameSentence, i: number, types: string[], rel: string, limit = 15): Ref[] {
  const { doc } = fs.ctx;
  const cands = fs.refs.filter((r) => r.to <= i && i - r.to <= limit);
  let last: Ref | undefined;
  for (let k = cands.length - 1; k >= 0; k--) {
    const r = cands[k]!;
    if (anyBreak(doc, fs.sent, r.to, i) && !relativeOf(fs, r, i)) break;
    if (allowed(fs, r, types, 'actor', rel)) { last = r; break; }
  }
  if (!last) return [];
  const group = [last];
  // "de l'Ukraine, des missiles russes ont frappé": an adjective actor stands alone.
  if (last.adjective) return group;
  for (const r of [...cands].reverse()) {
    if (r.to > group[0]!.from || r === last) continue;
    if (!joined(doc, fs.sent, r.to, group[0]!.from, fs.joinWords)) break;
    if (allowed(fs, r, types, 'actor', rel)) group.unshift(r);
  }
  return group;
}

/** A body named in a person's title ("the EU Ambassador to Ukraine, NAME"). */
function inTitle(fs: FrameSentence, r: Ref): boolean {
  return fs.ctx.doc.roles.some((ro) => ro.sent === fs.sent && ro.from <= r.from && r.to <= ro.to);
}

/** The coordinated group of allowed refs nearest after token i, within the clause. */
export function groupAfter(fs: FrameSentence, i: number, types: string[], rel: string, role: 'actor' | 'target', limit = 15): Ref[] {
  const { doc } = fs.ctx;
  const group: Ref[] = [];
  for (const r of fs.refs) {
    if (r.from < i || (!group.length && r.from - i > limit)) continue;
    const gapStart = group.length ? group[group.length - 1]!.to : i;
    if (r.from < gapStart) continue;
    if (anyBreak(doc, fs.sent, gapStart, r.from)) break;
    if (group.length && !joined(doc, fs.sent, gapStart, r.from, fs.joinWords)) break;
    if (allowed(fs, r, types, role, rel)) group.push(r);
    // "accused the Wagner Group, a Russian company": the first named body is the object; an
    // adjective in its apposition is not.
    else if (!group.length && role === 'target' && !r.adjective && BODIES.has(r.type) && !inTitle(fs, r)) break;
  }
  return group;
}

export function link(fs: FrameSentence, actors: Ref[], rel: RelationType, targets: Ref[], from: number, to: number, rule: string, conf: number, attributes?: Record<string, string>): void {
  const ev = evidence(fs.ctx.doc, fs.sent, from, to, rule, conf);
  for (const a of actors) for (const t of targets) for (const ae of a.ents) for (const te of t.ents) fs.ctx.rels.add(ae, rel, te, ev, attributes);
}

function span(refs: Ref[], a: number, b: number): [number, number] {
  return [Math.min(a, ...refs.map((r) => r.from)), Math.max(b, ...refs.map((r) => r.to))];
}

interface Sides {
  actors: Ref[];
  targets: Ref[];
}

/** Actor before the cue (or right after it in a verb-first Arabic clause), target after it. */
function svoSides(fs: FrameSentence, t: TriggerEntry, rel: RelationType, from: number, to: number): Sides {
  // "دعم الجامعة للجهود السعودية", "دعم الاتحاد الأوروبي أوكرانيا": right after an Arabic support
  // word (a verbal noun in construct, or a verb before its subject) comes the supporter.
  // After a preposition ("بدعم قوات الأمن") the noun is the one supported.
  const cue = fs.ctx.doc.sentences[fs.sent]!.tokens[from]!.f;
  const genitive = rel === 'supports' && fs.ctx.doc.lang === 'ar' && !/^(و|ف)?(ب|ل|ك)/.test(cue) && fs.refs.some((r) => r.from === to && !r.adjective && t.actors.includes(r.type));
  let actors = genitive ? [] : groupBefore(fs, from, t.actors, rel, fs.helperEnd !== undefined && fs.helperEnd <= from ? 60 : 15);
  if (condemnedOrReported(fs, rel, actors, from)) actors = [];
  let targetFrom = to;
  if (!actors.length && fs.ctx.doc.lang === 'ar') {
    actors = groupAfter(fs, to, t.actors, rel, 'actor', 4);
    if (actors.length) targetFrom = actors[actors.length - 1]!.to;
  }
  const targets = dropContainers(fs, groupAfter(fs, targetFrom, t.targets, rel, 'target')).filter(
    (r) => !actors.includes(r) && !(RECIPIENT.has(rel) && fromSource(fs, r)) && !(rel === 'supports' && afterLocative(fs, r)),
  );
  return { actors, targets };
}

/** When the plain frame finds no side: "signed ... by X", a speaker's "we", "it" for an agreement. */
function fallbacks(fs: FrameSentence, t: TriggerEntry, rel: RelationType, from: number, to: number, sides: Sides): Sides {
  let { actors, targets } = sides;
  const toks = fs.ctx.doc.sentences[fs.sent]!.tokens;
  if (!actors.length && !targets.length) {
    const agent = toks.slice(to, to + 8).findIndex((w) => AGENTS.has(w.f));
    const nearest = [...fs.refs].reverse().find((r) => r.to <= from && t.targets.includes(r.type));
    // "Serbia still regards Kosovo as ..., and it is backed ... by Russia": "it" is the subject.
    const pronoun = !!nearest && toks.slice(nearest.to, from).some((w) => fs.ctx.doc.li.pronouns.has(w.f));
    const before = pronoun ? fs.refs.find((r) => !r.adjective && t.targets.includes(r.type)) : nearest;
    if (agent >= 0 && before) {
      actors = groupAfter(fs, to + agent + 1, t.actors, rel, 'actor', 3);
      targets = actors.length ? [before] : [];
    }
  }
  if (!actors.length && fs.speaker && (t.frame === 'mutual' || rel === 'operates_in')) actors = [fs.speaker];
  if (!actors.length && targets.length) actors = pronounActor(fs, t, from);
  if (!targets.length && rel === 'party_to' && actors.length) targets = recentAgreement(fs);
  if (!actors.length && targets.length) {
    // "In violation of X, Russia ...", "appel avec X, lundi, Y": the actor comes after.
    const next = toks[targets[targets.length - 1]!.to];
    if (next && AFTER_TARGET.has(next.f)) actors = groupAfter(fs, targets[targets.length - 1]!.to, t.actors, rel, 'actor', 8);
  }
  return { actors, targets };
}

/** "inform X that France is keen to donate": the addressee of the main clause receives. */
function recipientBefore(fs: FrameSentence, t: TriggerEntry, actors: Ref[], from: number, to: number, rule: string): void {
  const { doc } = fs.ctx;
  let clause: number | undefined;
  // A subordinate clause ("que", "that"); a coordinated one ("..., et la Suisse") has no addressee.
  const subordinator = (k: number): boolean => doc.li.clauseBreaks.has(doc.sentences[fs.sent]!.tokens[k]!.f);
  for (let k = actors[0]!.from - 1; k >= 0 && clause === undefined; k--) if (isBreak(doc, fs.sent, k) && doc.sentences[fs.sent]!.tokens[k]!.word) clause = k;
  if (clause !== undefined && !subordinator(clause)) return;
  const before = clause === undefined ? undefined : [...fs.refs].reverse().find((r) => r.to <= clause && t.targets.includes(r.type) && !r.adjective);
  if (before) link(fs, actors, 'funds', [before], ...span([before, ...actors], from, to), `${rule}-recipient-before`, 0.5, amount(doc, fs.sent, from));
}

/** "GNA forces, with Turkish air support, pushed the LNA back": "with X support" names a helper of
 *  the subject before it; the cue is a noun there, not the subject's verb. */
function withSupport(fs: FrameSentence, from: number, to: number): boolean {
  const toks = fs.ctx.doc.sentences[fs.sent]!.tokens;
  let w = from - 1;
  while (w >= 0 && from - w <= 3 && !WITH.has(toks[w]!.f)) w--;
  if (w < 0 || !WITH.has(toks[w]!.f) || anyBreak(fs.ctx.doc, fs.sent, w + 1, from)) return false;
  const supporters = fs.refs.filter((r) => r.from > w && r.to <= from && (r.type === 'country' || r.type === 'agency' || r.type === 'organization'));
  const supported = groupBefore(fs, w, ['country', 'agency'], 'supports', 8).filter((r) => !r.adjective);
  if (supporters.length && supported.length) link(fs, supporters, 'supports', supported, supported[0]!.from, to, 'trigger.supports.with', 0.6);
  return true;
}

/** "The talks were facilitated by UNSMIL": the talks stand for the agreement named last. */
function talksAgreement(fs: FrameSentence, t: TriggerEntry, from: number): Ref | undefined {
  const toks = fs.ctx.doc.sentences[fs.sent]!.tokens;
  const talks = toks.slice(Math.max(0, from - 4), from).some((w) => tokenKeys(w).some((k) => fs.ctx.doc.li.talks.has(k)));
  return talks && t.targets.includes('agreement') ? recentAgreement(fs)[0] : undefined;
}

/** "رحبت السعودية بالتوقيع": a cue noun after a preposition and the article is the object of
 *  another verb (welcomed the signing), whose subject did not sign. */
function governedNoun(fs: FrameSentence, from: number): boolean {
  const w = fs.ctx.doc.sentences[fs.sent]!.tokens[from];
  return !!w?.arabic && /^(و|ف)?(بال|لل)/.test(w.f);
}

/** "تقديم 500 مليون دولار لدعم خطة ...": a verbal noun with the purpose "ل" says what an action
 *  is for; it states no support. */
function purposeNoun(fs: FrameSentence, t: TriggerEntry, from: number): boolean {
  const w = fs.ctx.doc.sentences[fs.sent]!.tokens[from]!;
  return w.arabic && /^(و|ف)?ل/.test(w.f) && !t.ar.some((cue) => cue.startsWith('ل'));
}

export function applyTrigger(fs: FrameSentence, t: TriggerEntry, from: number, to: number): void {
  const rel = t.rel as RelationType;
  const rule = `trigger.${t.rel}.${t.frame}`;
  if ((t.frame === 'svo' && governedNoun(fs, from)) || !needsMet(fs, t, from, to)) return;
  if (t.frame === 'passive') {
    const target = [...fs.refs].reverse().find((r) => r.from < from && t.targets.includes(r.type) && from - r.to < 20) ?? talksAgreement(fs, t, from);
    const actors = groupAfter(fs, to, t.actors, rel, 'target', 6);
    if (target && actors.length) link(fs, actors, rel, [target], ...span([target, ...actors], from, to), rule, 0.7);
    return;
  }
  if (t.frame === 'subject' || t.frame === 'withdraw') return subjectFrames(fs, t, rel, rule, from, to);
  if (rel === 'supports' && (withSupport(fs, from, to) || purposeNoun(fs, t, from))) return;
  if (rel === 'supports' && fs.funding) return;
  if (rel === 'funds') fs.funding = true;
  if (afterTemporal(fs, from) && t.frame !== 'mutual') return;
  const first = svoSides(fs, t, rel, from, to);
  if (t.frame === 'mutual' && first.actors.length > 1) {
    for (const a of first.actors) link(fs, [a], rel, first.actors.filter((b) => b !== a), ...span(first.actors, from, to), `${rule}-group`, 0.6);
  }
  const { actors, targets } = fallbacks(fs, t, rel, from, to, first);
  if (rel === 'party_to' && targets.length) actors.push(...coSigners(fs, t, targets[targets.length - 1]!.to));
  if (actors.length && targets.length) {
    const attrs = rel === 'funds' ? amount(fs.ctx.doc, fs.sent, from) : undefined;
    link(fs, actors, rel, targets, ...span([...actors, ...targets], from, to), rule, 0.65, attrs);
    // "hosted the meeting with Vucic and Kurti": those met together meet each other.
    if (rel === 'meets') for (let i = 1; i < targets.length; i++) link(fs, [targets[0]!], rel, targets.slice(i, i + 1), ...span(targets, from, to), `${rule}-together`, 0.55);
  } else if (actors.length && rel === 'funds') recipientBefore(fs, t, actors, from, to, rule);
}

// The entity references of a sentence as the relation frames see them: top-level mentions in
// text order, "the two countries" resolved to the two countries the article has named most so
// far, and coordinated groups ("la Bosnie, la Croatie et la Serbie", "السعودية والولايات المتحدة").
import type { EntityType } from '../../../../shared/domain';
import type { Doc, Mention } from '../ner/doc';
import { mentionsIn } from '../ner/doc';
import { tokenKeys } from '../text/words';

export interface Ref {
  from: number;
  to: number;
  type: EntityType;
  /** Local entity ids this reference stands for (two for "the two countries"). */
  ents: string[];
  mention: Mention;
  adjective: boolean;
}

const ACTOR_TYPES = new Set(['country', 'agency', 'organization']);
const DEFINITE = new Set(['the', 'le', 'du', 'au']);
const FR_ARTICLES = new Set(['le', 'la', 'les', 'l']);
const JOINERS = new Set([',', '،', 'and', 'et', 'و', '&']);
const BREAK_PUNCT = new Set(['.', ';', ':', '«', '»', '“', '”', '"', '?', '!']);

/** Arabic "منذ", "بعد", "قبل" open a clause only before "أن"/"ما"; before a noun they are
 *  prepositions ("وتشن تركيا منذ سنوات عمليات ..."). So are "since", "after", "before", "depuis",
 *  "après", "avant" before a year or a determiner ("qui finance depuis 2016 une mission"). */
const AR_TIME_PREPS = new Set(['منذ', 'بعد', 'قبل']);
const AR_CLAUSE_OPENERS = new Set(['ان', 'أن', 'ما']);
const TIME_PREPS = new Set(['since', 'after', 'before', 'depuis', 'après', 'apres', 'avant']);

/** "M. Momade", "Gen. Allen": the dot of an abbreviation ends nothing. */
function abbreviationDot(doc: Doc, sent: number, i: number): boolean {
  const toks = doc.sentences[sent]!.tokens;
  const prev = toks[i - 1];
  return toks[i]!.f === '.' && !!prev?.word && prev.end === toks[i]!.start && doc.li.abbreviations.has(prev.f);
}

export function isBreak(doc: Doc, sent: number, i: number): boolean {
  const toks = doc.sentences[sent]!.tokens;
  const t = toks[i];
  if (!t) return false;
  if (BREAK_PUNCT.has(t.f)) return !abbreviationDot(doc, sent, i);
  if (AR_TIME_PREPS.has(t.f) && toks[i + 1]?.word && !AR_CLAUSE_OPENERS.has(toks[i + 1]!.f)) return false;
  const next = toks[i + 1];
  if (TIME_PREPS.has(t.f) && next && (/^\d/.test(next.f) || doc.li.determiners.has(next.f))) return false;
  // "L'UE a versé 20 millions d'euros au fonds, et la Suisse ... y ont contribué": in French a
  // comma, "et" and an article open a new clause with its own subject.
  if (doc.lang === 'fr' && t.f === 'et' && toks[i - 1]?.f === ',' && FR_ARTICLES.has(next?.f ?? '')) return true;
  return doc.li.clauseBreaks.has(t.f);
}

/** Whether a clause break lies in tokens [from, to). */
export function anyBreak(doc: Doc, sent: number, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (isBreak(doc, sent, k)) return true;
  return false;
}

/** An adjective counts as its country next to a leadership or people noun ("Russian leaders"). */
/** "des missiles russes", "Russian strikes": an adjective beside a noun of attack is the attacker. */
export function adjectiveAttacks(doc: Doc, sent: number, m: Mention): boolean {
  const t = doc.sentences[sent]!.tokens;
  return [t[m.to], t[m.from - 1]].some((w) => !!w && tokenKeys(w).some((k) => doc.li.agentNouns.has(k)));
}

export function adjectiveStandsForCountry(doc: Doc, sent: number, m: Mention): boolean {
  const t = doc.sentences[sent]!.tokens;
  // "the Bosnian, Croatian and Serbian leaders": look past the coordinated adjectives.
  let k = m.to;
  while (t[k] && (JOINERS.has(t[k]!.f) || mentionsIn(doc, sent).some((o) => o.kind === 'adjective' && o.from === k))) k++;
  const near = [t[m.to], t[k], t[m.from - 1], t[m.from - 2]].filter((w) => !!w).flatMap((w) => tokenKeys(w!));
  return near.some((w) => doc.li.leaders.has(w) || doc.li.civilians.has(w));
}

/** "M. Momade a accusé le gouvernement", "accused the national government": a government with no
 *  country beside it (a determiner and at most one word before it, no nationality after) and no
 *  other country in its sentence is the article's main country's. */
function governmentRefs(doc: Doc, sent: number, out: Ref[], main: string | undefined): void {
  // Another country in the sentence may own it ("Mozambique's defence minister ... the government").
  if (!main || out.some((r) => r.type === 'country' && !r.ents.includes(main))) return;
  const s = doc.sentences[sent]!;
  const t = s.tokens;
  const covered = (k: number) => out.some((r) => r.from <= k && k < r.to);
  for (const hit of doc.li.government.all(s)) {
    // A definite article, not a possessive ("his government" is his country's).
    const det = [hit.from - 1, hit.from - 2].find((k) => DEFINITE.has(t[k]?.f ?? ''));
    const bare = t[hit.from]!.arabic ? !t[hit.from - 1]?.arabic || !covered(hit.from - 1) : det !== undefined && !covered(hit.from - 1);
    // "the government of X" names its country; one in a title ("porte-parole du gouvernement") is
    // the speaker's post.
    const ofCountry = (t[hit.to]?.f === 'of' || t[hit.to]?.f === 'de') && [hit.to + 1, hit.to + 2].some(covered);
    const titled = inRole(doc, sent, hit.from) || [1, 2, 3].some((d) => hit.from - d >= 0 && doc.li.titles.at(s, hit.from - d));
    if (!bare || covered(hit.from) || covered(hit.to) || ofCountry || titled) continue;
    out.push({ from: hit.from, to: hit.to, type: 'country', ents: [main], mention: { id: -1 } as Mention, adjective: false });
  }
}

/** "Les deux hommes avaient signé l'accord": the last two officials named before the phrase in
 *  its sentence, or else in the sentence before (same paragraph). */
function twoPeopleRefs(doc: Doc, sent: number, entityOf: Map<number, string>, out: Ref[]): void {
  for (const hit of doc.li.twoPeople.all(doc.sentences[sent]!)) {
    const named = (s: number, before: number) => mentionsIn(doc, s).filter((m) => m.type === 'official' && !m.dropped && !m.nested && m.to <= before).sort((a, b) => a.from - b.from);
    const prev = doc.sentences[sent - 1];
    let people = named(sent, hit.from);
    if (people.length < 2 && prev && prev.paragraph === doc.sentences[sent]!.paragraph) people = named(sent - 1, Infinity);
    const ents = [...new Set(people.map((m) => entityOf.get(m.id)).filter((e): e is string => !!e))].slice(-2);
    if (ents.length === 2) out.push({ from: hit.from, to: hit.to, type: 'official', ents, mention: { id: -1 } as Mention, adjective: false });
  }
}

export function sentenceRefs(doc: Doc, sent: number, entityOf: Map<number, string>, counts: Map<string, number>, main?: string): Ref[] {
  const out: Ref[] = [];
  for (const m of mentionsIn(doc, sent)) {
    if (m.nested || m.dropped) continue;
    const e = entityOf.get(m.id);
    if (e) out.push({ from: m.from, to: m.to, type: m.type, ents: [e], mention: m, adjective: m.kind === 'adjective' });
  }
  for (const hit of doc.li.sides.all(doc.sentences[sent]!)) {
    const before = [...out].filter((r) => r.to <= hit.from && ACTOR_TYPES.has(r.type)).flatMap((r) => r.ents);
    const last = [...new Set(before.reverse())].slice(0, 2);
    if (last.length === 2) out.push({ from: hit.from, to: hit.to, type: 'country', ents: last, mention: { id: -1 } as Mention, adjective: false });
  }
  governmentRefs(doc, sent, out, main);
  twoPeopleRefs(doc, sent, entityOf, out);
  for (const hit of doc.li.pairs.all(doc.sentences[sent]!)) {
    const top = [...counts].sort((a, b) => b[1] - a[1]).slice(0, 2).map(([e]) => e);
    if (top.length === 2) out.push({ from: hit.from, to: hit.to, type: 'country', ents: top, mention: { id: -1 } as Mention, adjective: false });
  }
  return out.sort((a, b) => a.from - b.from || b.to - a.to);
}

/** Token k belongs to a person's title phrase ("the Director General of CMAC, NAME"). */
function inRole(doc: Doc, sent: number, k: number): boolean {
  return doc.roles.some((r) => r.sent === sent && r.from <= k && k < r.to);
}

/** Whether only joiners (and at most `maxWords` words after "and") separate token a from token b. */
export function joined(doc: Doc, sent: number, a: number, b: number, maxWords = 2): boolean {
  const t = doc.sentences[sent]!.tokens;
  if (a === b) return !!t[b]?.arabic && t[b]!.f.startsWith('و');
  let sawJoiner = false;
  let words = 0;
  for (let k = a; k < b; k++) {
    const w = t[k]!;
    if ((BREAK_PUNCT.has(w.f) && !abbreviationDot(doc, sent, k)) || doc.li.clauseBreaks.has(w.f)) return false;
    if (inRole(doc, sent, k)) continue;
    // "X, lundi, le président Y": a time adverbial separates two phrases, it does not coordinate.
    if (doc.li.weekdays.has(w.f)) return false;
    if (JOINERS.has(w.f) || (w.arabic && w.f.startsWith('و') && k === a)) sawJoiner = true;
    else if (!doc.li.connectors.has(w.f) && !doc.li.determiners.has(w.f) && w.f !== "'" && w.f !== '(' && w.f !== ')') words++;
  }
  return (words === 0 && (sawJoiner || b - a <= 3)) || (sawJoiner && words <= maxWords);
}

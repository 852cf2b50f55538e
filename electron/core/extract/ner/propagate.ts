// Names found once by a pattern are names everywhere in the article: a surname alone after its
// full name ("Zank", "ميقاتي"), a place found after "منطقة" and later seen bare
// ("نينوى"), a source found after "citant". Also finds news sources by their cue words and
// bylines ("AzerNews (21 September 2021)").
import type { Doc, Mention } from './doc';
import { addMention } from './doc';
import { nameLike } from './arabic-words';
import { PhraseIndex } from '../text/words';
import type { SentenceTags } from './tags';

function unknownName(doc: Doc, sent: number, tags: SentenceTags, j: number): [number, number] | null {
  const s = doc.sentences[sent]!;
  const t = s.tokens;
  let k = j;
  if (doc.lang === 'ar') {
    if (t[j]?.f.startsWith('ال')) return null;
    while (k < t.length && k - j < 2 && !tags.mention[k] && nameLike(doc.li, s, k)) k++;
    return k > j ? [j, Math.min(k, j + 1)] : null;
  }
  while (k < t.length && k - j < 3 && t[k]!.cap && !t[k]!.upper && !tags.mention[k] && !doc.li.stopCaps.has(t[k]!.f)) k++;
  return k > j ? [j, k] : null;
}

/** "citant Interfax", "according to Interfax", "نقل ... عن إنترفاكس": the source is an organization. */
export function findSources(doc: Doc, sent: number, tags: SentenceTags): void {
  const s = doc.sentences[sent]!;
  for (const hit of doc.li.sources.all(s)) {
    if (doc.lang === 'ar' && hit.to - hit.from === 1 && !s.tokens.slice(0, hit.from).some((t) => /^و?نقل/.test(t.f))) continue;
    const span = tags.mention[hit.to] ? null : unknownName(doc, sent, tags, hit.to);
    if (!span) continue;
    const m = addMention(doc, { sent, from: span[0], to: span[1], type: 'organization', kind: 'name', rule: 'organization.source', conf: 0.6 });
    for (let k = span[0]; k < span[1]; k++) tags.mention[k] = m;
  }
  const t = s.tokens;
  if (t.length >= 4 && t[0]!.cap && t[1]?.f === '(' && /\d/.test(t[2]!.f + (t[3]?.f ?? '')) && !tags.mention[0]) {
    const m = addMention(doc, { sent, from: 0, to: 1, type: 'organization', kind: 'name', rule: 'organization.byline', conf: 0.6 });
    tags.mention[0] = m;
  }
}

const BODY_TYPES = new Set(['agency', 'organization']);

/** "Myanmar's military, known as the Tatmadaw", "المعروف باسم": the unknown name after the cue is
 *  another name of the body named right before it. */
export function findKnownAs(doc: Doc, sent: number, tags: SentenceTags): void {
  const s = doc.sentences[sent]!;
  for (const hit of doc.li.knownAs.all(s)) {
    const before = tags.mention[s.tokens[hit.from - 1]?.f === ',' || s.tokens[hit.from - 1]?.f === '،' ? hit.from - 2 : hit.from - 1];
    let j = hit.to;
    while (j < s.tokens.length && (doc.li.determiners.has(s.tokens[j]!.f) || s.tokens[j]!.f === "'")) j++;
    const span = before && BODY_TYPES.has(before.type) && !tags.mention[j] ? unknownName(doc, sent, tags, j) : null;
    if (!before || !span) continue;
    const m = addMention(doc, { sent, from: span[0], to: span[1], type: before.type, kind: 'name', rule: 'alias.known-as', conf: 0.7, sameAs: before.id, ...(before.key ? { key: before.key } : {}) });
    for (let k = span[0]; k < span[1]; k++) tags.mention[k] = m;
  }
}

const PROPAGATED = new Set(['official', 'region', 'organization', 'agency']);

/** Finds every other use of names that pattern rules discovered in this article. */
export function propagateNames(doc: Doc, allTags: SentenceTags[]): void {
  const index = new PhraseIndex<Mention>();
  for (const m of doc.mentions) {
    if (m.dropped || m.kind !== 'name' || !PROPAGATED.has(m.type) || m.rule.startsWith('gazetteer') || m.sameAs !== undefined) continue;
    const toks = doc.sentences[m.sent]!.tokens.slice(m.from, m.to).filter((t) => t.word);
    if (m.type === 'official' && toks.length >= 2) index.add(toks[toks.length - 1]!.f, m);
    const hyphenated = m.type === 'region' && toks.length >= 2 && doc.text[toks[toks.length - 1]!.start - 1] === '-';
    if (hyphenated) index.add(toks[toks.length - 1]!.f, m);
    if (m.type !== 'official' && m.type !== 'region' && toks.length > 2) continue;
    index.add(toks.map((t) => t.f).join(' '), m);
  }
  doc.sentences.forEach((s, si) => {
    const tags = allTags[si]!;
    for (let i = 0; i < s.tokens.length; i++) {
      const hit = index.at(s, i);
      if (!hit || tags.mention[i] || (!s.tokens[i]!.arabic && !s.tokens[i]!.cap)) continue;
      if ([...Array(hit.to - hit.from).keys()].some((k) => tags.mention[i + k])) continue;
      const src = hit.value;
      const m = addMention(doc, { sent: si, from: hit.from, to: hit.to, type: src.type, kind: 'name', rule: 'propagated.name', conf: 0.7, sameAs: src.id });
      for (let k = hit.from; k < hit.to; k++) tags.mention[k] = m;
      i = hit.to - 1;
    }
  });
}

/**
 * A bare definite head noun ("the agency", "le ministère", "الجيش", "الدائرة") refers to the one
 * body of that kind the article names, when there is exactly one; with two ministries, "the
 * ministry" stays unresolved.
 */
/** Bodies by the concept of their head noun: key set and first mention. */
function bodiesByHead(doc: Doc, rule: (r: string) => boolean, byWord?: Map<string, Map<string, Mention>>): { byHead: Map<string, Set<string>>; first: Map<string, Mention> } {
  const byHead = new Map<string, Set<string>>();
  const first = new Map<string, Mention>();
  for (const m of doc.mentions) {
    // A body spelled out before its acronym has no key; its acronym's uses are the same body.
    const key = m.key ?? (m.rule === 'acronym.spelled' ? `mention:${m.id}` : undefined);
    if (m.dropped || m.nested || !rule(m.rule) || !key) continue;
    const at = headIndex(doc, m);
    const head = doc.li.concepts.at(doc.sentences[m.sent]!, at)?.value.id;
    if (!head) continue;
    byHead.set(head, (byHead.get(head) ?? new Set()).add(key));
    if (!first.has(head)) first.set(head, m);
    const word = headWord(doc.sentences[m.sent]!.tokens[at]!.f);
    if (byWord && doc.lang === 'ar') byWord.set(word, (byWord.get(word) ?? new Map()).set(key, byWord.get(word)?.get(key) ?? m));
  }
  return { byHead, first };
}

/** An Arabic head noun without its clitics and article: "والمفوضية" -> "مفوضيه". */
const headWord = (f: string): string => f.replace(/^(و|ف)?(ب|ك|ل)?(ال|لل)?/, '');

export function resolveBareHeads(doc: Doc, allTags: SentenceTags[]): void {
  // "المفوضية" is the one body headed by that very word ("المفوضية السامية ..."), even when
  // another of its concept ("اللجنة الوطنية") is named too.
  const byWord = new Map<string, Map<string, Mention>>();
  const found = bodiesByHead(doc, (r) => r.startsWith('institution.head') || r === 'acronym.spelled', byWord);
  // A known body with that head counts when no body found from its head noun does: "الحركة"
  // after "حركة طالبان", "the mission" after UNSMIL.
  const known = bodiesByHead(doc, (r) => r === 'gazetteer.body', byWord);
  for (const [head, keys] of known.byHead) {
    if (found.byHead.has(head)) continue;
    found.byHead.set(head, keys);
    found.first.set(head, known.first.get(head)!);
  }
  const main = mainByLexiconHead(doc);
  for (const [head, m] of main) {
    if (found.byHead.has(head)) continue;
    found.byHead.set(head, new Set([m.key!]));
    found.first.set(head, m);
  }
  const { byHead, first } = found;
  doc.sentences.forEach((s, si) => {
    const tags = allTags[si]!;
    for (let i = 1; i < s.tokens.length; i++) {
      const hit = doc.li.concepts.at(s, i);
      const head = hit?.value.head ? hit.value.id : undefined;
      if (!hit || !head || tags.mention[i]) continue;
      const same = byWord.size ? byWord.get(headWord(s.tokens[i]!.f)) : undefined;
      const word = same?.size === 1 ? [...same.values()][0] : undefined;
      if ((!word && byHead.get(head)?.size !== 1) || !bare(doc, si, i, hit.to, tags)) continue;
      const src = word ?? first.get(head)!;
      const m = addMention(doc, { sent: si, from: i, to: hit.to, type: src.type, kind: 'name', rule: 'anaphor.head', conf: 0.5, sameAs: src.id, ...(src.key ? { key: src.key } : {}) });
      m.anaphor = true;
      for (let k = i; k < hit.to; k++) tags.mention[k] = m;
    }
  });
}

/** "les rebelles", "the militants", "المسلحون": a lexicon body whose entry names its head concept
 *  (an armed group) is what the bare noun means when the article names it more than any other. */
function mainByLexiconHead(doc: Doc): Map<string, Mention> {
  const heads = new Map(doc.lex.bodies.filter((b) => b.head).map((b) => [`lex:${b.id}`, b.head!]));
  const counts = new Map<string, Map<string, { n: number; first: Mention }>>();
  for (const m of doc.mentions) {
    const head = !m.dropped && m.kind === 'name' && m.key ? heads.get(m.key) : undefined;
    if (!head) continue;
    const byKey = counts.get(head) ?? new Map<string, { n: number; first: Mention }>();
    const c = byKey.get(m.key!) ?? { n: 0, first: m };
    byKey.set(m.key!, { n: c.n + 1, first: c.first });
    counts.set(head, byKey);
  }
  const out = new Map<string, Mention>();
  for (const [head, byKey] of counts) {
    const ranked = [...byKey.values()].sort((a, b) => b.n - a.n);
    if (ranked.length === 1 || ranked[0]!.n > ranked[1]!.n) out.set(head, ranked[0]!.first);
  }
  return out;
}

/** The head noun of a body's name: inside it, or right after its bracketed acronym ("the
 *  Multinational Security Support (MSS) mission"). */
function headIndex(doc: Doc, m: Mention): number {
  const s = doc.sentences[m.sent]!;
  for (let k = m.from; k < m.to; k++) if (doc.li.concepts.at(s, k)?.value.head) return k;
  const t = s.tokens;
  const bracketed = t[m.to]?.f === '(' && t[m.to + 1]?.upper && t[m.to + 2]?.f === ')';
  return bracketed && doc.li.concepts.at(s, m.to + 3)?.value.head ? m.to + 3 : m.from;
}

/** Definite ("the", "le", "l'", "ال") and followed by nothing that would make it a new name. */
function bare(doc: Doc, sent: number, i: number, to: number, tags: SentenceTags): boolean {
  const t = doc.sentences[sent]!.tokens;
  const head = t[i]!;
  const next = t[to];
  const nextFree = !next || !next.word || (!tags.mention[to] && !doc.li.concepts.at(doc.sentences[sent]!, to) && !next.cap);
  if (head.arabic) return /^(و|ف|ب|ل)?(ال|لل)/.test(head.f) && nextFree && !(next && next.arabic && next.f.startsWith('ال'));
  const prev = t[i - 1]!;
  const det = ['the', 'le', 'la', 'les', 'l'].includes(prev.f) || (prev.f === "'" && t[i - 2]?.f === 'l');
  return det && !head.cap && nextFree && !doc.li.connectors.has(next?.f ?? '');
}

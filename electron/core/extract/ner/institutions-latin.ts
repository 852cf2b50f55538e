// Names of bodies the lexicon does not know, in English and French, found from their head noun
// (ministry, agence, forces, party, groupe ...): French names grow to the right of the head
// ("Ministère des situations d'urgence", "ministère angolais de la Défense"), English names
// to the left over capitalised words and nationality adjectives ("Cambodian Mine Action
// Centre", "Japan's Mine Action Agency") and to the right over "of ..." complements.
import type { Doc, Mention } from './doc';
import { addMention, surface } from './doc';
import type { InstitutionParts } from './institution-key';
import { acceptable, addConcept, institutionKey, institutionType, newParts } from './institution-key';
import type { ConceptTag, SentenceTags } from './tags';
import { foldPattern } from '../text/fold-map';

interface Scan {
  doc: Doc;
  sent: number;
  tags: SentenceTags;
  parts: InstitutionParts;
  /** Where a parent body named after "of" starts, to link once it is found. */
  ofBody?: number;
}

const STOP_AND = new Set(['et', 'and', '&']);
/** "Mission in Colombia", "mission au Mali": where a body works, not whose it is. */
const LOCATION = new Set(['in', 'en', 'au', 'aux', 'à'].map(foldPattern));

function tok(sc: Scan, i: number) {
  return sc.doc.sentences[sc.sent]!.tokens[i];
}

function takeMention(sc: Scan, m: Mention, viaConnector: boolean): 'continue' | 'stop' | 'break' {
  if (m.rule === 'gazetteer.capital-metonym' && viaConnector) {
    // "groupe de Contact de Vienne": a capital inside a name is part of the name, not its country.
    sc.parts.names.push(surface(sc.doc, m));
    m.dropped = m.nested = true;
    return 'continue';
  }
  if (m.kind === 'adjective' && m.type === 'country') {
    sc.parts.country ??= m.country;
    sc.parts.inner.push(m.id);
    return 'continue';
  }
  if (!viaConnector) return 'break';
  if (m.type === 'country') sc.parts.country ??= m.country;
  if (m.type === 'country' || m.type === 'region') {
    sc.parts.inner.push(m.id);
    return 'stop';
  }
  // "groupe de Vienne de l'OSCE": the parent body is named after the name, not inside it.
  if (m.type === 'agency' || m.type === 'organization') sc.parts.parents.push(m.id);
  return 'break';
}

/** "Ministry of Labour and Social Welfare", "Office of Weapons Removal and Abatement": inside an
 *  "of" complement, "and" goes on with capitalised words that start no other name or title and
 *  run to the end of the phrase (not "... and Foreign Minister X", not "and Japan"). */
function andContinues(sc: Scan, j: number, end: number): boolean {
  const s = sc.doc.sentences[sc.sent]!;
  const next = s.tokens[j + 1];
  if (j !== end || !sc.parts.names.length && sc.parts.concepts.size < 2) return false;
  if (!next?.cap || next.upper || sc.tags.mention[j + 1] || sc.doc.li.stopCaps.has(next.f) || sc.doc.li.titles.at(s, j + 1)) return false;
  let k = j + 1;
  while (s.tokens[k]?.cap && !sc.tags.mention[k] && !sc.doc.li.titles.at(s, k)) k++;
  const after = s.tokens[k];
  return !after || !after.word || sc.doc.li.clauseBreaks.has(after.f) || !after.cap;
}

/** "Commission mixte de suivi et d'évaluation": in French, "et" before "de"/"d'" and a lower-case
 *  noun coordinates a second complement of the same name. */
function coordinatedComplement(sc: Scan, j: number, end: number): boolean {
  if (sc.doc.lang !== 'fr' || j !== end || !sc.parts.concepts.size) return false;
  const de = tok(sc, j + 1);
  let k = j + 2;
  if (tok(sc, k)?.f === "'") k++;
  const noun = tok(sc, k);
  return !!de && ['de', 'd', 'du', 'des'].includes(de.f) && !!noun?.word && !noun.cap && !sc.tags.mention[k] && !sc.doc.li.determiners.has(noun.f);
}

/** Consumes complements to the right of token j; returns the end of the name. */
/** "Brigade of the Colombian Army": a second body named after "of" is a parent, found on its own.
 *  True when the words from `j` on are nationality adjectives followed by a capitalised head. */
function bodyAhead(sc: Scan, j: number): boolean {
  let k = j;
  while (sc.tags.mention[k]?.kind === 'adjective') k = sc.tags.mention[k]!.to;
  const c = sc.tags.concept[k];
  return k > j && !!c?.concept.head && !!tok(sc, k)?.cap;
}

function scanRight(sc: Scan, j: number, englishOnlyCaps: boolean): number {
  const { doc, tags, parts } = sc;
  const n = doc.sentences[sc.sent]!.tokens.length;
  let end = j;
  let connector = false;
  while (j < n) {
    if (connector && bodyAhead(sc, j)) {
      sc.ofBody = j;
      break;
    }
    const t = tok(sc, j)!;
    if (t.f === "'") { j++; continue; }
    if (STOP_AND.has(t.f) && (andContinues(sc, j, end) || coordinatedComplement(sc, j, end))) { connector = true; j++; continue; }
    if (!t.word || STOP_AND.has(t.f) || doc.li.titles.at(doc.sentences[sc.sent]!, j)) break;
    const m = tags.mention[j];
    if (m) {
      const r = takeMention(sc, m, connector);
      if (r === 'break') break;
      end = j = m.to;
      connector = false;
      if (r === 'stop') break;
      continue;
    }
    const c = tags.concept[j];
    if (c && !(c.concept.head && t.cap && connector && j > end + 1)) {
      if (englishOnlyCaps && !t.cap && !connector) break;
      addConcept(parts, c.concept);
      end = j = c.to;
      connector = false;
      continue;
    }
    if (LOCATION.has(t.f)) break;
    if (doc.li.connectors.has(t.f)) { connector = true; j++; continue; }
    if (t.cap && !doc.li.stopCaps.has(t.f) && !t.upper && !doc.li.months.at(doc.sentences[sc.sent]!, j) && !doc.li.weekdays.has(t.f)) {
      parts.names.push(t.f);
      end = j = j + 1;
      connector = false;
      continue;
    }
    // "l'armée congolaise de collaborer": after a nationality the name has ended; a lower-case
    // word is the sentence going on.
    if (!englishOnlyCaps && connector && !t.cap && parts.unknownLower < 2 && !parts.country && !doc.li.clauseBreaks.has(t.f)) {
      parts.unknownLower++;
      end = j = j + 1;
      connector = false;
      continue;
    }
    break;
  }
  return end;
}

/** English: extends the name left of the head over capitalised words, adjectives and "X's". */
function scanLeft(sc: Scan, from: number): number {
  const { doc, tags, parts } = sc;
  let start = from;
  let k = from - 1;
  while (k >= 0) {
    const t = tok(sc, k)!;
    if (t.f === 's' && tok(sc, k - 1)?.f === "'") {
      const owner = tags.mention[k - 2];
      if (owner?.type === 'country') {
        parts.country ??= owner.country;
        parts.inner.push(owner.id);
        start = owner.from;
      }
      // "the Sri Lanka Army's Humanitarian Demining Unit": a unit of the owning body.
      if (owner?.type === 'agency' && owner.kind === 'name') parts.parents.push(owner.id);
      break;
    }
    const m = tags.mention[k];
    if (m) {
      // "Ukrainian Foreign Ministry", "Bosnia and Herzegovina Mine Action Centre".
      const countryName = m.type === 'country' && m.kind === 'name' && m.rule !== 'gazetteer.capital-metonym' && m.to === start;
      if (m.kind === 'adjective' || countryName) { parts.country ??= m.country; parts.inner.push(m.id); }
      else if (m.type === 'agency') parts.parents.push(m.id);
      else if (m.type === 'organization') { parts.names.unshift(surface(doc, m)); m.dropped = m.nested = true; }
      else break;
      start = m.from;
      k = m.from - 1;
      continue;
    }
    const c = tags.concept[k];
    // "Joint Military Commission", "Army Engineering Brigade": a capitalised head noun before the
    // head is a modifier of this name.
    if (c && t.cap) { addConcept(parts, c.concept); start = c.from; k = c.from - 1; continue; }
    if (t.word && t.cap && !t.upper && !doc.li.stopCaps.has(t.f) && !c) { parts.names.unshift(t.f); start = k; k--; continue; }
    break;
  }
  return start;
}

/** "the Chinese foreign ministry": a ministry named in lower case by its portfolio and a
 *  nationality right before them. */
function lowerCaseMinistry(sc: Scan, tag: ConceptTag): [number, number] | null {
  const { tags, parts } = sc;
  let k = tag.from - 1;
  while (k >= 0 && tags.concept[k] && !tags.concept[k]!.concept.head && !tok(sc, k)!.cap && !tags.mention[k]) {
    addConcept(parts, tags.concept[k]!.concept);
    k = tags.concept[k]!.from - 1;
  }
  const adj = tags.mention[k];
  if (k === tag.from - 1 || !adj || adj.kind !== 'adjective' || adj.type !== 'country' || parts.concepts.size < 2) return null;
  parts.country = adj.country;
  parts.inner.push(adj.id);
  return [adj.from, tag.to];
}

function english(sc: Scan, tag: ConceptTag): [number, number] | null {
  const head = tok(sc, tag.from)!;
  const kind = tag.concept.head;
  const start = scanLeft(sc, tag.from);
  if (!head.cap) {
    if (kind === 'armed') return sc.parts.country ? [start, tag.to] : null;
    if (tag.concept.id === 'MINISTRY') return lowerCaseMinistry(sc, tag);
    if (tag.concept.id === 'MEDIA' && sc.parts.names.length) return [start, tag.from];
    return null;
  }
  const next = tok(sc, tag.to);
  const end = next && sc.doc.li.connectors.has(next.f) ? Math.max(tag.to, scanRight(sc, tag.to, true)) : tag.to;
  return [start, end];
}

function french(sc: Scan, tag: ConceptTag): [number, number] | null {
  const prev = tok(sc, tag.from - 1);
  // "l'opposition Good Party": an English name quoted in French keeps its English order.
  if (prev?.cap && !prev.upper && !sc.doc.li.stopCaps.has(prev.f) && tok(sc, tag.from)!.cap && !sc.tags.mention[tag.from - 1]) return english(sc, tag);
  const end = scanRight(sc, tag.to, false);
  return [tag.from, end === tag.to ? properAdjective(sc, tag) : end];
}

const FRENCH_AUX = new Set(['a', 'ont', 'est', 'sont', 'avait', 'avaient', 'était', 'étaient', 'sera', 'seront', 'doit', 'peut', 'va', 'vont'].map(foldPattern));

/** "l'Armée blanche", "le Front populaire": in French only a name's first word is capitalised, so
 *  a capitalised head inside a sentence and the adjective after it are a proper name. */
function properAdjective(sc: Scan, tag: ConceptTag): number {
  const { doc, parts } = sc;
  const s = doc.sentences[sc.sent]!;
  const head = s.tokens[tag.from]!;
  const w = s.tokens[tag.to];
  const inside = s.tokens.slice(0, tag.from).some((x) => x.word && !doc.li.determiners.has(x.f));
  if (!head.cap || !inside || !w?.word || w.cap || sc.tags.mention[tag.to] || sc.tags.concept[tag.to] || w.f.length < 4) return tag.to;
  if (doc.li.connectors.has(w.f) || doc.li.determiners.has(w.f) || doc.li.clauseBreaks.has(w.f) || FRENCH_AUX.has(w.f) || /ent$/.test(w.f) || doc.li.triggers.at(s, tag.to) || doc.li.speech.at(s, tag.to)) return tag.to;
  parts.names.push(w.f);
  return tag.to + 1;
}

/** "the NATO-led peacekeeping force KFOR", "l'opération navale Irini": a lower-case head noun
 *  followed by one unknown capitalised word (or acronym) names the body by that word. */
function namedByWord(doc: Doc, sent: number, tags: SentenceTags, tag: ConceptTag): Mention | undefined {
  const s = doc.sentences[sent]!;
  let k = tag.to;
  // "l'opération navale Irini": a French adjective may stand between.
  const adj = s.tokens[k];
  if (doc.lang === 'fr' && adj?.word && !adj.cap && !tags.mention[k] && !doc.li.connectors.has(adj.f) && !doc.li.determiners.has(adj.f) && !doc.li.clauseBreaks.has(adj.f)) k++;
  const w = s.tokens[k];
  const next = s.tokens[k + 1];
  const sentenceStart = s.tokens.slice(0, tag.from).every((x) => x.f === "'" || doc.li.determiners.has(x.f));
  if ((s.tokens[tag.from]!.cap && !sentenceStart) || !w?.cap || tags.mention[k] || tags.concept[k] || doc.li.stopCaps.has(w.f) || doc.li.titles.at(s, k)) return undefined;
  // A determiner within three words before the head: "the (NATO-led peacekeeping) force".
  const determined = sentenceStart || [1, 2, 3, 4].some((d) => doc.li.determiners.has(s.tokens[tag.from - d]?.f ?? ''));
  if (doc.li.months.at(s, k) || doc.li.weekdays.has(w.f) || (next?.cap && !next.upper) || !determined) return undefined;
  const parts = newParts(tag.concept, true);
  parts.names.push(w.f);
  const m = addMention(doc, { sent, from: k, to: k + 1, type: institutionType(parts), kind: 'name', key: institutionKey(parts), rule: `institution.named-${doc.lang}`, conf: 0.6 });
  tags.mention[k] = m;
  return m;
}

/** Adds a mention for every institution name headed by a concept noun in the sentence. */
export function findLatinInstitutions(doc: Doc, sent: number, tags: SentenceTags): void {
  const s = doc.sentences[sent]!;
  const pending: Array<[Mention, number]> = [];
  for (let i = 0; i < s.tokens.length; i++) {
    const tag = tags.concept[i];
    if (!tag || tag.from !== i || !tag.concept.head || tags.mention[i]) continue;
    const sc: Scan = { doc, sent, tags, parts: newParts(tag.concept, s.tokens[i]!.cap) };
    const span = doc.lang === 'en' ? english(sc, tag) : french(sc, tag);
    if (!span || !acceptable(sc.parts)) {
      namedByWord(doc, sent, tags, tag);
      continue;
    }
    const [from, to] = span;
    if ([...Array(to - from).keys()].some((k) => tags.mention[from + k] && !sc.parts.inner.includes(tags.mention[from + k]!.id) && !tags.mention[from + k]!.dropped)) continue;
    for (const id of sc.parts.inner) doc.mentions[id]!.nested = true;
    const m = addMention(doc, {
      sent, from, to, type: institutionType(sc.parts), kind: 'name', key: institutionKey(sc.parts),
      rule: `institution.head-${doc.lang}`, conf: 0.75, inner: [...sc.parts.inner, ...sc.parts.parents],
      ...(sc.parts.country ? { country: sc.parts.country } : {}),
    });
    for (let k = from; k < to; k++) tags.mention[k] = m;
    if (sc.ofBody !== undefined) pending.push([m, sc.ofBody]);
    i = Math.max(i, to - 1);
  }
  for (const [m, at] of pending) {
    const parent = tags.mention[at];
    if (parent && parent !== m && parent.type === 'agency') m.inner = [...(m.inner ?? []), parent.id];
  }
}

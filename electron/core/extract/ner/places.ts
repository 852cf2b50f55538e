// Places named with a place noun: "the Kharkiv region", "Kharkiv and Mykolaiv regions",
// "the villages of X and Y", "la région du Tigré", "les provinces angolaises
// de Cuando Cubango et Moxico", "منطقة نينوى". Admin nouns (region, province) name
// the place itself; feature nouns (corridor, height) name a new place that keeps the noun.
// Containment stated on the way ("X region of Y", "ville d'Ukraine, Kharkiv") is kept as a
// place link for part_of.
import type { Doc, Mention } from './doc';
import { addMention } from './doc';
import { nameLike } from './arabic-words';
import type { SentenceTags } from './tags';
import type { Token } from '../text/segment';

export interface PlaceLink {
  inner: number;
  outer: number;
  sent: number;
  rule: string;
}

/** Not a participle with its object ("معترف به"), a pronoun-suffixed word ("بأسرها") or "و...". */
function arabicPlaceWord(w: string, next: string | undefined): boolean {
  return !w.startsWith('و') && !/(ها|هم|هما)$/.test(w) && !['به', 'بها', 'بهم', 'فيها', 'فيه'].includes(next ?? '');
}

/** "بلدة الخيام", "مدينة الفاشر": after a singular indefinite place noun, a word with the article
 *  is the place's name, unless it is an adjective (feminine -ة/-ية: "المقاطعات المحيطة"). */
function definiteName(doc: Doc, sent: number, j: number): boolean {
  const s = doc.sentences[sent]!;
  const w = s.tokens[j];
  if (!w?.arabic || !w.f.startsWith('ال') || /(ه|يه|ي)$/.test(w.f) || w.f.length < 5) return false;
  return !doc.li.particles.has(w.f) && !doc.li.concepts.at(s, j) && !doc.li.titles.at(s, j) && !doc.li.triggers.at(s, j);
}

const SEPARATORS = new Set([',', 'and', 'et', 'و']);
const REPEATED = new Set(['de', 'd', 'du', 'des', 'of']);
const ROMANCE_LINKS = new Set(['da', 'do', 'dos', 'das', 'de', 'del']);
const NAME_PARTICLES = new Set(['al', 'el', 'ad', 'ed', 'as', 'ash', 'ar', 'an', 'az']);

function toks(doc: Doc, sent: number) {
  return doc.sentences[sent]!.tokens;
}

function place(doc: Doc, tags: SentenceTags, sent: number, from: number, to: number, rule: string): Mention {
  const existing = tags.mention[from];
  if (existing && existing.from === from && existing.to === to && existing.type === 'region') return existing;
  const m = addMention(doc, { sent, from, to, type: 'region', kind: 'name', rule, conf: 0.7 });
  for (let k = from; k < to; k++) tags.mention[k] = m;
  return m;
}

/** Token k is a name particle ("al", "el") joined by a hyphen to a capitalised token after it. */
function particleJoin(doc: Doc, t: Token[], k: number): boolean {
  return NAME_PARTICLES.has(t[k]?.f ?? '') && !!t[k + 1]?.cap && /^[-‐]$/.test(doc.text.slice(t[k]!.end, t[k + 1]!.start));
}

/** One capitalised name (or place mention) ending at `end` (exclusive), read leftwards. */
function nameBefore(doc: Doc, sent: number, tags: SentenceTags, end: number): [number, number] | null {
  const m = tags.mention[end - 1];
  if (m) return m.type === 'region' && m.to === end ? [m.from, m.to] : null;
  let k = end;
  const t = toks(doc, sent);
  for (;;) {
    while (k > 0 && t[k - 1]!.cap && !tags.mention[k - 1] && !doc.li.stopCaps.has(t[k - 1]!.f)) k--;
    // "Salah al-Din": a name particle and a hyphen join two capitalised parts.
    if (!(k > 1 && k < end && particleJoin(doc, t, k - 1) && t[k - 2]!.cap && !tags.mention[k - 2])) break;
    k -= 1;
  }
  return k < end ? [k, end] : null;
}

/** "مناطق خفض التصعيد", "منطقة منزوعة السلاح", "مناطق سيطرة «قوات ...»": a word that governs a
 *  definite noun or a body is a common noun in construct, not a place name. */
function governs(doc: Doc, sent: number, tags: SentenceTags, k: number): boolean {
  const t = toks(doc, sent);
  while (t[k] && !t[k]!.word && /["«»“”]/.test(t[k]!.f)) k++;
  const m = tags.mention[k];
  if (m) return m.from === k && (m.type === 'agency' || m.type === 'organization');
  const w = t[k];
  return !!w?.arabic && w.f.startsWith('ال') && !/(ي|يه|ه)$/.test(w.f) && !doc.li.particles.has(w.f);
}

/** One name (capitalised, a place mention, or an Arabic transliteration) starting at j. */
function nameAfter(doc: Doc, sent: number, tags: SentenceTags, j: number): [number, number] | null {
  const m = tags.mention[j];
  if (m) return m.type === 'region' && m.from === j && m.kind === 'name' ? [m.from, m.to] : null;
  const t = toks(doc, sent);
  let k = j;
  if (doc.lang === 'ar') {
    const head = t[j - 1];
    if (head && !head.f.startsWith('ال') && definiteName(doc, sent, j)) return [j, j + 1];
    while (k < t.length && k - j < 2 && nameLike(doc.li, doc.sentences[sent]!, k) && arabicPlaceWord(t[k]!.f, t[k + 1]?.f)) k++;
    if (k === j + 1 && governs(doc, sent, tags, k)) return null;
  } else {
    for (;;) {
      while (k < t.length && t[k]!.cap && !t[k]!.upper && !tags.mention[k] && !doc.li.stopCaps.has(t[k]!.f)) k++;
      // "Mocímboa da Praia", "Rio de Janeiro": in English text a Romance particle between two
      // capitalised words joins one name (a place found in its second part is a word of it).
      if (k > j && doc.lang === 'en' && ROMANCE_LINKS.has(t[k]?.f ?? '') && t[k + 1]?.cap && !t[k + 1]!.upper) {
        const inner = tags.mention[k + 1];
        if (inner && (inner.type !== 'region' && inner.type !== 'country')) break;
        if (inner) {
          inner.dropped = inner.nested = true;
          for (let x = inner.from; x < inner.to; x++) tags.mention[x] = undefined;
        }
        k += 1;
        continue;
      }
      // "Salah al-Din": a name particle joined by a hyphen to the next capitalised part.
      if (k === j || !particleJoin(doc, t, k)) break;
      k++;
    }
  }
  return k > j ? [j, k] : null;
}

/** "Kharkiv and Mykolaiv regions": names left of a plural or singular place noun. */
function listBefore(doc: Doc, sent: number, tags: SentenceTags, head: number): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let end = head;
  for (;;) {
    const n = nameBefore(doc, sent, tags, end);
    if (!n) break;
    out.unshift(n);
    const sep = toks(doc, sent)[n[0] - 1];
    if (!sep || !SEPARATORS.has(sep.f)) break;
    end = n[0] - 1;
  }
  return out;
}

/** "de Cuando Cubango et Moxico", "of Brcko and Doboj": names right of a connector. */
function listAfter(doc: Doc, sent: number, tags: SentenceTags, j: number): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let k = j;
  for (;;) {
    // "de Kanyabayonga et de Kirumba": each item may repeat its "de" (not another preposition:
    // "du port d'Odessa, sur la mer Noire").
    const start = k;
    const link = (w: string) => (k === j ? doc.li.connectors.has(w) : REPEATED.has(w)) || w === "'";
    while (toks(doc, sent)[k] && link(toks(doc, sent)[k]!.f) && k - start < 3) k++;
    const n = nameAfter(doc, sent, tags, k);
    if (!n) break;
    out.push(n);
    const sep = toks(doc, sent)[n[1]];
    if (sep && !SEPARATORS.has(sep.f) && coordinatedName(doc, sent, tags, n[1])) {
      out.push([n[1], n[1] + 1]);
      k = n[1] + 1;
      if (!SEPARATORS.has(toks(doc, sent)[k]?.f ?? '') && !coordinatedName(doc, sent, tags, k)) break;
      if (SEPARATORS.has(toks(doc, sent)[k]?.f ?? '')) k++;
      continue;
    }
    if (!sep || !SEPARATORS.has(sep.f)) break;
    k = n[1] + 1;
  }
  return out;
}

/** "مخيمات أدري وفرشانا وإيريدمي": in Arabic "و" joins the next name of a list as a prefix. The
 *  word after it is a name when it would be one without it. */
function coordinatedName(doc: Doc, sent: number, tags: SentenceTags, k: number): boolean {
  const s = doc.sentences[sent]!;
  const w = s.tokens[k];
  if (doc.lang !== 'ar' || !w?.arabic || tags.mention[k] || !w.f.startsWith('و') || w.f.length < 4 || w.f.startsWith('وال') || /(ها|هم|هما)$/.test(w.f)) return false;
  if (doc.li.particles.has(w.f.slice(1)) || doc.li.concepts.at(s, k) || doc.li.titles.at(s, k) || doc.li.triggers.at(s, k) || doc.li.speech.at(s, k)) return false;
  const next = s.tokens[k + 1];
  // One word, ending the list or the clause ("وإيريدمي الذي").
  return !next?.word || !nameLike(doc.li, s, k + 1);
}

/** Letters of the coordinating "و" in front of a listed name, to leave out of the mention. */
export function coordinatingLetters(doc: Doc, sent: number, from: number): number {
  const w = doc.sentences[sent]!.tokens[from]!;
  return doc.lang === 'ar' && w.f.startsWith('و') && w.f.length >= 4 && !w.f.startsWith('وال') ? 1 : 0;
}

export { listAfter, listBefore, nameAfter, place };

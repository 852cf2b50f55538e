// Turns gazetteer hits into mentions: the longest hit wins, a name with several readings takes
// the reading that fits the article (a region of a country the article names), datelines
// ("JAKARTA -") are dropped, and a capital is read as its country ("Kiev a lancé") unless the
// text puts an event in it ("réunions à Moscou"), where it is the city.
import type { GazEntry } from '../lexicon/gazetteer-data';
import type { GazHit } from '../gazetteer';
import type { Sentence } from '../text/segment';
import type { Doc, Mention } from './doc';
import { addMention, skipLetters } from './doc';
import { cliticLetters } from './arabic-words';
import { foldedIndex } from '../text/segment';
import { tokenKeys } from '../text/words';

const KIND_RANK: Record<GazEntry['kind'], number> = { body: 6, country: 5, capital: 4, place: 3, region: 2, adjective: 1 };

function tokenRange(s: Sentence, start: number, end: number): [number, number] | null {
  const t = s.tokens;
  let lo = 0;
  let hi = t.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (t[mid]!.end <= start) lo = mid + 1;
    else hi = mid;
  }
  let to = lo;
  while (to < t.length && t[to]!.start < end) to++;
  return to > lo ? [lo, to] : null;
}

function pick(entries: GazEntry[], countries: Set<string>): GazEntry {
  return [...entries].sort((a, b) => {
    const rank = KIND_RANK[b.kind] - KIND_RANK[a.kind];
    if (rank) return rank;
    return Number(countries.has(b.country ?? '')) - Number(countries.has(a.country ?? ''));
  })[0]!;
}

function isDateline(doc: Doc, s: Sentence, from: number, to: number, firstInParagraph: boolean): boolean {
  const end = s.tokens[to - 1]!.end;
  return firstInParagraph && from === 0 && /^\s*[-–—]\s/.test(doc.text.slice(end, end + 3));
}

/** "réunions à Moscou", "in southern Tripoli", "في بيروت", "العاصمة القطرية الدوحة", "the
 *  Tripoli-based government": after a preposition of place (and a direction), after the word
 *  "capital" (and an adjective) or before "based", a capital is the city, not its state. */
function capitalIsCity(doc: Doc, s: Sentence, from: number, to: number): boolean {
  const at = (k: number) => s.tokens[k]?.f ?? '';
  let k = from - 1;
  // "north of Baghdad", "au nord de Bagdad": a direction from a capital points at the city.
  if (['of', 'de', 'd', 'du'].includes(at(k)) && doc.li.directions.has(at(k - 1))) return true;
  if (doc.li.directions.has(at(k))) k--;
  // "وفي مقديشو": the locative may carry a conjunction.
  if (s.tokens[k] && tokenKeys(s.tokens[k]!).some((w) => doc.li.locatives.has(w))) return true;
  // "بتوقيت بغداد": the cue may carry a clitic.
  const cue = (k: number) => !!s.tokens[k] && tokenKeys(s.tokens[k]!).some((w) => doc.li.cityBefore.has(w));
  return cue(from - 1) || cue(from - 2) || doc.li.cityAfter.has(at(to)) || datelineCity(doc, s, from, to) || travelledTo(doc, s, from);
}

/** "Colombo, Thursday 4 April 2024", "(Juba, correspondance)": a capital that opens a dateline or
 *  a byline's brackets, before a comma, is where the story was written. */
function datelineCity(doc: Doc, s: Sentence, from: number, to: number): boolean {
  if (s.tokens[to]?.f !== ',' && s.tokens[to]?.f !== '،') return false;
  if (s.tokens[from - 1]?.f === '(') return true;
  const next = s.tokens[to + 1];
  return from === 0 && !!next && (/^\d/.test(next.f) || doc.li.weekdays.has(next.f) || !!doc.li.months.at(s, to + 1));
}

/** "the official visit Erdogan is making to Baghdad": a travel word shortly before "to X". */
function travelledTo(doc: Doc, s: Sentence, from: number): boolean {
  if (!doc.li.travelTo.has(s.tokens[from - 1]?.f ?? '')) return false;
  // Ten words back at most, within the clause: "الزيارة الرسمية التي يجريها الرئيس ... إلى بغداد".
  for (let k = from - 2; k >= Math.max(0, from - 11) && s.tokens[k]!.word; k--) {
    if (tokenKeys(s.tokens[k]!).some((w) => doc.li.travelWords.has(w))) return true;
  }
  return false;
}

/** A region of a country the article never names that is only part of a longer capitalised
 *  name ("Téte António"). */
function implausibleRegion(doc: Doc, s: Sentence, from: number, to: number, e: GazEntry, countries: Set<string>): boolean {
  if (e.kind !== 'region' || countries.has(e.country ?? '')) return false;
  if (s.tokens[from]!.arabic) return false;
  const near = [s.tokens[from - 1], s.tokens[to]].filter((t) => t?.word);
  return near.some((t) => t!.cap && !t!.upper && !doc.li.stopCaps.has(t!.f));
}

/** "الساحل الشمالي الغربي" is the north-west coast, not the Sahel: an Arabic place name followed by
 *  a definite compass adjective describes another place. */
function compassed(doc: Doc, s: Sentence, to: number, e: GazEntry): boolean {
  const next = s.tokens[to];
  if ((e.kind !== 'place' && e.kind !== 'region') || !next?.arabic || !next.f.startsWith('ال')) return false;
  return doc.li.directions.has(next.f.slice(2).replace(/(ه|ة)$/, ''));
}

/** "3.9 million US dollars", "مليون دولار أمريكي": the country names the currency. */
function ofCurrency(doc: Doc, s: Sentence, from: number, to: number, e: GazEntry): boolean {
  if (e.kind !== 'country' && e.kind !== 'adjective') return false;
  return [s.tokens[to], s.tokens[from - 1]].some((t) => !!t && doc.li.currencies.has(t.f));
}

function selectHits(hits: GazHit[]): GazHit[] {
  const out: GazHit[] = [];
  let end = -1;
  for (const h of [...hits].sort((a, b) => a.start - b.start || b.end - a.end)) {
    if (h.start >= end) {
      out.push(h);
      end = h.end;
    }
  }
  return out;
}

/** Adds one mention per selected gazetteer hit. */
export function addGazetteerMentions(doc: Doc, hits: GazHit[]): void {
  const countries = new Set(hits.flatMap((h) => h.entries.filter((e) => e.kind === 'country').map((e) => e.country ?? '')));
  let si = 0;
  for (const h of selectHits(hits)) {
    while (si < doc.sentences.length && doc.sentences[si]!.end <= h.start) si++;
    const s = doc.sentences[si];
    if (!s || s.start > h.start) continue;
    const range = tokenRange(s, h.start, h.end);
    if (!range) continue;
    const [from, to] = range;
    const firstInParagraph = si === 0 || doc.sentences[si - 1]!.paragraph !== s.paragraph;
    const e = pick(h.entries, countries);
    if ((e.kind === 'capital' || e.kind === 'region') && isDateline(doc, s, from, to, firstInParagraph)) continue;
    if (implausibleRegion(doc, s, from, to, e, countries) || ofCurrency(doc, s, from, to, e) || compassed(doc, s, to, e)) continue;
    // "ولاية هلمند", "province of X": the place is named by its name, not its administrative noun.
    const admin = e.kind === 'region' && to - from > 1 && doc.li.placeAfter.at(s, from);
    const m = addEntry(doc, si, admin ? admin.to : from, to, e, e.kind === 'capital' && besideRegion(doc.text, hits, h));
    if (h.fs >= 0 && s.tokens[from]!.arabic && !admin) skipLetters(doc, m, cliticLetters(doc.folded.text.slice(foldedIndex(doc.folded)(m.start), h.fs)));
    if (e.parent) addParentInside(doc, si, m, h, hits, e.parent);
    if (e.kind === 'body' && !e.parent) addCountryInside(doc, si, m, h, hits);
  }
}

/** "Japan International Cooperation Agency" names its country: a nested mention for part_of. */
function addCountryInside(doc: Doc, sent: number, m: Mention, h: GazHit, hits: GazHit[]): void {
  for (const o of hits) {
    const e = o !== h && o.start >= h.start && o.end <= h.end ? o.entries.find((x) => x.kind === 'country' || x.kind === 'adjective') : undefined;
    const range = e && tokenRange(doc.sentences[sent]!, o.start, o.end);
    if (!e || !range) continue;
    const c = addMention(doc, { sent, from: range[0], to: range[1], type: 'country', kind: e.kind === 'adjective' ? 'adjective' : 'name', key: e.key, label: e.label, country: e.country!, rule: 'gazetteer.body-country', conf: 0.9, nested: true });
    m.inner = [...(m.inner ?? []), c.id];
  }
}

/** "Conseil de sécurité des Nations unies" also names the UN: a nested mention for part_of. */
function addParentInside(doc: Doc, sent: number, m: Mention, h: GazHit, hits: GazHit[], parent: string): void {
  const inner = hits.find((o) => o !== h && o.start >= h.start && o.end <= h.end && o.entries.some((x) => x.key === parent));
  const range = inner && tokenRange(doc.sentences[sent]!, inner.start, inner.end);
  if (!inner || !range) return;
  const e = inner.entries.find((x) => x.key === parent)!;
  const p = addMention(doc, { sent, from: range[0], to: range[1], type: e.type, kind: 'name', key: e.key, label: e.label, rule: 'gazetteer.body-parent', conf: 0.9, nested: true });
  m.inner = [...(m.inner ?? []), p.id];
}

const RULES: Record<GazEntry['kind'], string> = {
  body: 'gazetteer.body', country: 'gazetteer.country', capital: 'gazetteer.capital-metonym',
  place: 'gazetteer.place', region: 'gazetteer.region', adjective: 'gazetteer.adjective',
};

const COORDINATION = /^\s*(,|and|et|و|،)\s*$/;

/** "linking Tripoli and Misrata": a capital coordinated with a region or city is a place too. */
function besideRegion(text: string, hits: GazHit[], h: GazHit): boolean {
  return hits.some((o) => {
    if (o === h || Math.abs(o.start - h.start) > 64 || !o.entries.every((e) => e.kind === 'region')) return false;
    const gap = o.start >= h.end ? text.slice(h.end, o.start) : o.end <= h.start ? text.slice(o.end, h.start) : 'x';
    return COORDINATION.test(gap);
  });
}

function addEntry(doc: Doc, sent: number, from: number, to: number, e: GazEntry, coordinated = false): Mention {
  const city = e.kind === 'capital' && (coordinated || capitalIsCity(doc, doc.sentences[sent]!, from, to));
  const adjective = e.kind === 'adjective';
  return addMention(doc, {
    sent, from, to, conf: adjective ? 0.8 : 0.95, country: e.country, parentKey: e.parent,
    type: city ? 'region' : e.type, kind: adjective ? 'adjective' : 'name',
    key: city ? `city:${e.country}` : e.key, label: city ? (e.city ?? e.label) : e.label,
    rule: city ? 'gazetteer.capital-city' : RULES[e.kind],
  });
}

// Places known from their context rather than a place noun: an unknown capitalised name after a
// preposition of place ("à Mekele", "in Izium") or right after a cue of attack, occupation or
// operation ("shelled Kherson", "occupation of Izium"); compass phrases that place one region in
// another ("X, dans le sud-est de l'Angola", "X in northern Ethiopia"); and, in Arabic, a compass
// word before a country names a region ("جنوب لبنان").
import type { Doc, Mention } from './doc';
import { addMention, isPlace, mentionsIn } from './doc';
import type { SentenceTags } from './tags';
import { foldPattern } from '../text/fold-map';

const PLACE_CUES = new Set(['attacks', 'occupies', 'operates_in']);
const IN = new Set(['dans', 'in', 'au', 'à', 'في'].map(foldPattern));
const OF = new Set(['de', 'du', 'd', 'of', "'", 'l', 'la', 'le', 'the']);

/** A run of capitalised words from token j: where it ends, and the gazetteer place inside it that
 *  the run's place would cover ("Palais des Nations"), dropped only if that place is added. */
interface Run {
  end: number;
  covers?: Mention;
}

function capitalisedRun(doc: Doc, sent: number, tags: SentenceTags, j: number): Run {
  const s = doc.sentences[sent]!;
  const t = s.tokens;
  const nameWord = (k: number) => k < t.length && t[k]!.cap && !t[k]!.upper && !tags.mention[k] && !doc.li.stopCaps.has(t[k]!.f) && !doc.li.directions.has(t[k]!.f) && !doc.li.months.at(s, k) && !doc.li.weekdays.has(t[k]!.f) && !doc.li.concepts.at(s, k) && !doc.li.titles.at(s, k);
  let k = j;
  while (k - j < 3 && nameWord(k)) k++;
  // "au Palais des Nations", "at the Palais des Nations": a French "de" joins the capitalised
  // parts of one place's name.
  if (k > j && ['de', 'des', 'du'].includes(t[k]?.f ?? '') && t[k + 1]?.cap) {
    const m = tags.mention[k + 1];
    if (!m) return { end: k + 2 };
    if (m.to === k + 2 && m.type === 'region' && m.rule === 'gazetteer.region') return { end: k + 2, covers: m };
  }
  return { end: k };
}

function addPlace(doc: Doc, tags: SentenceTags, sent: number, from: number, to: number, rule: string, covers?: Mention): void {
  if (covers) covers.dropped = covers.nested = true;
  const m = addMention(doc, { sent, from, to, type: 'region', kind: 'name', rule, conf: 0.5 });
  for (let k = from; k < to; k++) tags.mention[k] = m;
}

function unknownAfterCues(doc: Doc, sent: number, tags: SentenceTags): void {
  if (doc.lang === 'ar') return;
  const s = doc.sentences[sent]!;
  const starts: number[] = [];
  s.tokens.forEach((t, i) => i > 0 && doc.li.locatives.has(t.f) && starts.push(i + 1));
  for (const hit of doc.li.triggers.all(s)) if (PLACE_CUES.has(hit.value.rel)) starts.push(hit.to);
  for (let j of starts) {
    while (s.tokens[j] && (s.tokens[j]!.f === "'" || doc.li.determiners.has(s.tokens[j]!.f))) j++;
    const { end, covers } = capitalisedRun(doc, sent, tags, j);
    if (end > j && !/[-–—]/.test(doc.text.slice(s.tokens[end - 1]!.end, s.tokens[end - 1]!.end + 3))) addPlace(doc, tags, sent, j, end, 'place.context', covers);
  }
}

/** "X, dans le sud-est de Y": the place linked to its container. */
function compass(doc: Doc, sent: number, tags: SentenceTags): void {
  const t = doc.sentences[sent]!.tokens;
  for (let i = 0; i < t.length; i++) {
    if (!doc.li.directions.has(t[i]!.f)) continue;
    let k = i + 1;
    while (t[k] && OF.has(t[k]!.f)) k++;
    const outer = tags.mention[k];
    if (!outer || (outer.type !== 'country' && outer.type !== 'region') || outer.kind !== 'name') continue;
    // "شمال شرقي سوريا" is a direction in a country, not a region named "شرقي سوريا".
    if (doc.lang === 'ar' && k === i + 1 && !tags.mention[i] && !doc.li.directions.has(t[i - 1]?.f ?? '')) {
      arabicRegion(doc, tags, sent, i, outer);
      continue;
    }
    let b = i - 1;
    while (b > 0 && (OF.has(t[b]!.f) || IN.has(t[b]!.f))) b--;
    if (t[b]?.f === ',') b--;
    const inner = tags.mention[b];
    if (inner && inner.type === 'region' && inner.kind === 'name' && IN.has(t[b + 1 + (t[b + 1]?.f === ',' ? 1 : 0)]?.f ?? '')) {
      doc.placeLinks.push({ inner: inner.id, outer: outer.id, sent, rule: 'place.compass' });
    }
  }
}

/** "جنوب لبنان": one region named by a compass word and its country. */
function arabicRegion(doc: Doc, tags: SentenceTags, sent: number, i: number, country: Mention): void {
  country.dropped = country.nested = true;
  for (let k = country.from; k < country.to; k++) tags.mention[k] = undefined;
  const m = addMention(doc, { sent, from: i, to: country.to, type: 'region', kind: 'name', rule: 'place.compass-ar', conf: 0.6, inner: [country.id] });
  for (let k = i; k < country.to; k++) tags.mention[k] = m;
  doc.placeLinks.push({ inner: m.id, outer: country.id, sent, rule: 'place.compass-ar' });
}

const PLACE_IN = new Set(['in', 'dans', 'en', 'au', 'à', 'في'].map(foldPattern));

/** "near Muhamalai in Jaffna district", "Sri Lanka's Northern Province": a place named right
 *  before "in" and another place, or a country's possessive before a region, lies in it. */
function adjacentContainment(doc: Doc, sent: number, tags: SentenceTags): void {
  const t = doc.sentences[sent]!.tokens;
  for (const before of mentionsIn(doc, sent)) {
    const i = before.to;
    if (before.nested || before.dropped || !isPlace(before) || i + 1 >= t.length || tags.mention[i - 1] !== before) continue;
    // "OHRID, North Macedonia - ...": a dateline names the place and its country.
    const country = t[i]!.f === ',' ? tags.mention[i + 1] : undefined;
    if (before.from === 0 && before.type === 'region' && country?.from === i + 1 && country.type === 'country' && /^\s*[-–—]/.test(doc.text.slice(country.end, country.end + 3))) {
      doc.placeLinks.push({ inner: before.id, outer: country.id, sent, rule: 'place.dateline' });
      continue;
    }
    // "إقليم كردستان العراق": in Arabic a region followed by its country in construct lies in it.
    const next = tags.mention[i];
    if (doc.lang === 'ar' && before.type === 'region' && next?.from === i && next.type === 'country' && next.kind === 'name') {
      doc.placeLinks.push({ inner: before.id, outer: next.id, sent, rule: 'place.construct-ar' });
      continue;
    }
    // "la garnison de Nasser, dans l'Etat du Haut-Nil": a comma, then a place noun and its "of".
    const k = t[i]!.f === ',' && PLACE_IN.has(t[i + 1]?.f ?? '') ? i + 1 : i;
    const possessive = doc.lang === 'en' && t[k]!.f === "'" && t[k + 1]?.f === 's';
    let j = possessive ? k + 2 : k + 1;
    const s = doc.sentences[sent]!;
    while (t[j] && j - k < 5 && (doc.li.determiners.has(t[j]!.f) || t[j]!.f === "'" || doc.li.connectors.has(t[j]!.f) || doc.li.placeAfter.at(s, j)) && !tags.mention[j]) j++;
    const after = tags.mention[j];
    if (!isPlace(after) || after.from !== j || after.id === before.id) continue;
    if (before.type === 'region' && PLACE_IN.has(t[k]!.f)) {
      for (const inner of [before, ...coordinatedBefore(doc, sent, tags, before)]) doc.placeLinks.push({ inner: inner.id, outer: after.id, sent, rule: 'place.in' });
    }
    else if (possessive && after.type === 'region') doc.placeLinks.push({ inner: after.id, outer: before.id, sent, rule: 'place.possessive' });
  }
}

const LIST_LINKS = new Set([',', 'and', 'et', 'و', '،', 'de', 'd', "'", 'of']);

/** "les localités de Kanyabayonga et de Kirumba": the places coordinated before a place. */
function coordinatedBefore(doc: Doc, sent: number, tags: SentenceTags, m: Mention): Mention[] {
  const t = doc.sentences[sent]!.tokens;
  const out: Mention[] = [];
  let k = m.from - 1;
  for (;;) {
    const gap = k;
    while (k >= 0 && k > gap - 3 && LIST_LINKS.has(t[k]!.f) && !tags.mention[k]) k--;
    const prev = tags.mention[k];
    if (k === gap || !prev || prev.type !== 'region' || prev.kind !== 'name' || !t.slice(k + 1, gap + 1).some((w) => ['and', 'et', 'و', ',', '،'].includes(w.f))) break;
    out.push(prev);
    k = prev.from - 1;
  }
  return out;
}

const LIST_SEP = new Set([',', 'and', 'et']);
const LIST_END = new Set(['and', 'et']);

/** "Odessa, Tchornomorsk et Youjne": unknown capitalised names coordinated with a known place, in a
 *  list that ends with "and"/"et", are places too ("in Kyiv, Zelensky said" is no list). */
function placeLists(doc: Doc, sent: number, tags: SentenceTags): void {
  if (doc.lang === 'ar') return;
  const t = doc.sentences[sent]!.tokens;
  for (const m of mentionsIn(doc, sent)) {
    if (m.nested || m.dropped || m.type !== 'region' || m.kind !== 'name' || !LIST_SEP.has(t[m.to]?.f ?? '')) continue;
    const items: Array<Run & { from: number }> = [];
    let k = m.to;
    let ended = false;
    while (!ended && LIST_SEP.has(t[k]?.f ?? '')) {
      ended = LIST_END.has(t[k]!.f);
      const run = capitalisedRun(doc, sent, tags, k + 1);
      if (run.end === k + 1 || run.end - k > 3) break;
      items.push({ from: k + 1, ...run });
      k = run.end;
    }
    if (ended && items.every((it) => !tags.mention[it.from])) for (const it of items) addPlace(doc, tags, sent, it.from, it.end, 'place.list', it.covers);
  }
}

export function findContextPlaces(doc: Doc, sent: number, tags: SentenceTags): void {
  unknownAfterCues(doc, sent, tags);
  compass(doc, sent, tags);
  placeLists(doc, sent, tags);
  adjacentContainment(doc, sent, tags);
}

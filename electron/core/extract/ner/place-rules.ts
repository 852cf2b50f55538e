// The place-noun rules per language, built on the list readers of ./places.
import type { Doc, Mention } from './doc';
import { skipLetters } from './doc';
import { headClitic } from './arabic-words';
import { coordinatingLetters, listAfter, listBefore, nameAfter, place } from './places';
import type { SentenceTags } from './tags';

const OF = new Set(['of', 'in', 'de', 'du', 'd', 'des']);

function link(doc: Doc, inner: Mention, outer: Mention | undefined, sent: number, rule: string): void {
  if (outer && outer.id !== inner.id && (outer.type === 'region' || outer.type === 'country')) {
    doc.placeLinks.push({ inner: inner.id, outer: outer.id, sent, rule });
  }
}

/** "X region of Y", "X height in the Y region": the container right after a place. */
function containerAfter(doc: Doc, sent: number, tags: SentenceTags, j: number): Mention | undefined {
  const t = doc.sentences[sent]!.tokens;
  if (!t[j] || !OF.has(t[j]!.f)) return undefined;
  let k = j + 1;
  while (t[k] && (t[k]!.f === 'the' || t[k]!.f === "'" || t[k]!.f === 'l' || t[k]!.f === 'la')) k++;
  const m = tags.mention[k];
  if (m && (m.type === 'region' || m.type === 'country') && m.kind !== 'pair') return m;
  if (!t[k]?.cap) return undefined;
  const n = nameAfter(doc, sent, tags, k);
  return n ? place(doc, tags, sent, n[0], n[1], 'place.container') : undefined;
}

function english(doc: Doc, sent: number, tags: SentenceTags): void {
  const s = doc.sentences[sent]!;
  for (let i = 1; i < s.tokens.length; i++) {
    const feature = doc.li.features.at(s, i);
    const admin = doc.li.placeBefore.at(s, i);
    const head = feature ?? admin;
    if (!head || tags.mention[i]) continue;
    const names = listBefore(doc, sent, tags, i);
    let last: Mention | undefined;
    for (const [from, to] of names) {
      last = feature && names.length === 1
        ? replace(doc, tags, sent, from, head.to, 'place.feature-en')
        : place(doc, tags, sent, from, to, 'place.head-en');
    }
    if (last) link(doc, last, containerAfter(doc, sent, tags, head.to), sent, 'place.of');
    const owner = names.length && !feature ? possessor(doc, sent, tags, names[0]![0]) : undefined;
    for (const [from] of names) if (owner && tags.mention[from]) link(doc, tags.mention[from]!, owner, sent, 'place.possessive');
  }
  afterHeads(doc, sent, tags, 'place.after-en');
}

/** "the southern Chinese city of Kunming", "Mozambique's northern province of Cabo Delgado": in
 *  English the country of a place noun comes before it, past compass words. */
function ownerBefore(doc: Doc, sent: number, tags: SentenceTags, i: number): Mention | undefined {
  const t = doc.sentences[sent]!.tokens;
  let k = i - 1;
  while (k > 0 && doc.li.directions.has(t[k]!.f) && !tags.mention[k]) k--;
  const m = tags.mention[k];
  if (m?.kind === 'adjective') return m;
  const owner = t[k]?.f === 's' && t[k - 1]?.f === "'" ? tags.mention[k - 2] : undefined;
  return owner?.type === 'country' && owner.kind === 'name' ? owner : undefined;
}

/** "Ukraine's Russian-occupied Kherson and Zaporizhzhia regions": the owner of a list. */
function possessor(doc: Doc, sent: number, tags: SentenceTags, first: number): Mention | undefined {
  const t = doc.sentences[sent]!.tokens;
  let k = first - 1;
  // Skip a compound modifier such as "Russian-occupied" or "formerly-occupied".
  while (k > 0 && t[k]!.word && !t[k]!.cap && doc.text[t[k]!.start - 1] === '-') k -= tags.mention[k - 1] ? tags.mention[k - 1]!.to - tags.mention[k - 1]!.from + 1 : 2;
  if (t[k]?.f !== 's' || t[k - 1]?.f !== "'") return undefined;
  const owner = tags.mention[k - 2];
  return owner && owner.type === 'country' && owner.kind === 'name' ? owner : undefined;
}

function replace(doc: Doc, tags: SentenceTags, sent: number, from: number, to: number, rule: string): Mention {
  for (let k = from; k < to; k++) {
    const old = tags.mention[k];
    if (old) old.dropped = old.nested = true;
    tags.mention[k] = undefined;
  }
  return place(doc, tags, sent, from, to, rule);
}

/** "وميناء الفاو الكبير", "مطار حلب الدولي": an Arabic feature's name keeps a definite adjective that
 *  ends the phrase, and loses the clitic of its noun. */
function featurePlace(doc: Doc, tags: SentenceTags, sent: number, from: number, to: number, rule: string): Mention {
  const s = doc.sentences[sent]!;
  const w = s.tokens[to];
  const next = s.tokens[to + 1];
  const ends = !next?.word || doc.li.particles.has(next.f) || /^و.{3,}/.test(next.f);
  const adjective = doc.lang === 'ar' && !!w?.arabic && /^ال.{3,}/.test(w.f) && !tags.mention[to] && !doc.li.concepts.at(s, to)?.value.head && !doc.li.particles.has(w.f) && ends;
  const m = replace(doc, tags, sent, from, adjective ? to + 1 : to, rule);
  if (s.tokens[from]!.arabic) skipLetters(doc, m, headClitic(s.tokens[from]!.f, (x) => doc.li.features.hasFirst(x)));
  return m;
}

/** "visite d'État", "coup d'État", "chef d'État": a noun after a bare "d'" is a complement, no place
 *  noun ("la visite d'Etat d'Emmanuel Macron" names no place). */
function elidedDe(doc: Doc, sent: number, i: number): boolean {
  const t = doc.sentences[sent]!.tokens;
  return doc.lang === 'fr' && t[i - 1]?.f === "'" && t[i - 2]?.f === 'd';
}

/** "villages of X and Y", "province de X", "منطقة X": names after the place noun. */
function afterHeads(doc: Doc, sent: number, tags: SentenceTags, rule: string): void {
  const s = doc.sentences[sent]!;
  for (let i = 0; i < s.tokens.length; i++) {
    const head = doc.lang === 'en' ? doc.li.placeAfter.at(s, i) : (doc.li.placeAfter.at(s, i) ?? doc.li.features.at(s, i));
    if (!head || tags.mention[i] || elidedDe(doc, sent, i)) continue;
    let j = head.to;
    const before = doc.lang === 'en' ? ownerBefore(doc, sent, tags, i) : undefined;
    const adj = tags.mention[j]?.kind === 'adjective' ? tags.mention[j] : before;
    if (adj && adj !== before) j = adj.to;
    if (doc.lang === 'fr' && !doc.li.connectors.has(s.tokens[j]?.f ?? '')) continue;
    // A country named after the place ("province de X, Angola"); an adjective there qualifies a
    // later noun ("محافظة البصرة بالحدود التركية").
    const isCountry = (m: Mention | undefined) => m?.type === 'country' && m.kind === 'name';
    const country = isCountry(tags.mention[j + 1]) ? tags.mention[j + 1] : isCountry(tags.mention[j + 2]) ? tags.mention[j + 2] : undefined;
    if (doc.lang !== 'ar' && country && s.tokens[country.to]?.f === ',') j = country.to + 1;
    for (const [from, to] of listAfter(doc, sent, tags, j)) {
      const feature = doc.lang !== 'en' && doc.li.features.at(s, i);
      // "le port d'Odessa": a place the gazetteer knows stays itself; "bande de Gaza" is named
      // by its feature.
      const known = tags.mention[from]?.key?.startsWith('iso:') && tags.mention[from]!.type === 'region' ? tags.mention[from] : undefined;
      const coordinated = from > j && !known ? coordinatingLetters(doc, sent, from) : 0;
      // "مخيم أدري وفرشانا": a feature names one thing; the next name is no part of it.
      if (feature && coordinated) break;
      const m = known ?? (feature ? featurePlace(doc, tags, sent, i, to, `${rule}-feature`) : place(doc, tags, sent, from, to, rule));
      skipLetters(doc, m, coordinated);
      link(doc, m, country ?? adj, sent, 'place.apposition');
    }
  }
}

/** "four municipalities including North Mitrovica and Zvecan", "plusieurs localités de la région,
 *  dont Ulang", "مناطق عدة منها X": names after a members cue that follows a place noun. */
function members(doc: Doc, sent: number, tags: SentenceTags): void {
  const s = doc.sentences[sent]!;
  for (const cue of doc.li.members.all(s)) {
    // The place noun comes at most eight words before the cue, in the same clause.
    let k = cue.from - 1;
    while (k >= 0 && cue.from - k <= 8 && !doc.li.placeAfter.at(s, k) && !doc.li.placeBefore.at(s, k) && !doc.li.clauseBreaks.has(s.tokens[k]!.f) && !['.', ';', ':'].includes(s.tokens[k]!.f)) k--;
    if (k < 0 || (!doc.li.placeAfter.at(s, k) && !doc.li.placeBefore.at(s, k))) continue;
    for (const [from, to] of listAfter(doc, sent, tags, cue.to)) if (!tags.mention[from]) place(doc, tags, sent, from, to, 'place.members');
  }
}

export function findPlaces(doc: Doc, sent: number, tags: SentenceTags): void {
  if (doc.lang === 'en') english(doc, sent, tags);
  else afterHeads(doc, sent, tags, `place.after-${doc.lang}`);
  members(doc, sent, tags);
}

// Acronyms defined in the text link a short and a long form: "Long Form (ACR)" and "ACR [Long
// Form]". Every later (or earlier) standalone use of a defined acronym becomes a mention of the
// same entity, so "CMAC" in a caption or after a title resolves to the agency.
import type { Doc, Mention } from './doc';
import { addMention, isPlace } from './doc';
import type { SentenceTags } from './tags';
import type { Sentence } from '../text/segment';

const OPEN = new Set(['(', '[']);
const CLOSE = new Set([')', ']']);

function longFormBefore(tags: SentenceTags, i: number): Mention | undefined {
  const m = tags.mention[i - 1];
  return m && m.kind === 'name' && m.type !== 'official' && m.type !== 'country' && m.type !== 'region' && m.to === i ? m : undefined;
}

/** Initials of the content words in [from, to): capitalised words, and lower-case words that are
 *  not connectors or determiners ("Alliance fleuve Congo" AFC, "Government of National Accord" GNA). */
function initials(doc: Doc, sent: number, from: number, to: number): string {
  let out = '';
  for (let k = from; k < to; k++) {
    const t = doc.sentences[sent]!.tokens[k]!;
    if (!t.word) continue;
    if (!t.cap && (doc.li.connectors.has(t.f) || doc.li.determiners.has(t.f))) continue;
    out += t.f[0]!.toUpperCase();
  }
  return out;
}

/** "Government of National Accord (GNA)": a name the other rules missed, found because the words
 *  before the brackets spell the acronym and the first of them is capitalised. Typed by its head
 *  noun when it has one, else an organisation. */
function spelledLongForm(doc: Doc, sent: number, tags: SentenceTags, i: number, acr: string): Mention | undefined {
  const toks = doc.sentences[sent]!.tokens;
  for (let from = i - 1; from >= Math.max(0, i - acr.length * 2 - 1); from--) {
    // "Unité pour la paix en Centrafrique (UPC)": a place inside the name is one of its words.
    const place = tags.mention[from];
    if ((place && !isPlace(place)) || !toks[from]!.word) return undefined;
    if (place || !toks[from]!.cap || initials(doc, sent, from, i) !== acr) continue;
    // "Comprehensive Agreement on the Bangsamoro (CAB)" is an agreement, left to its own rule; in
    // "Government of National Accord (GNA)" the agreement noun is only a complement.
    const noun = toks.slice(from, i).findIndex((_, k) => doc.li.agreements.at(doc.sentences[sent]!, from + k));
    if (noun >= 0 && !toks.slice(from, from + noun).some((t) => doc.li.connectors.has(t.f))) return undefined;
    let type: Mention['type'] = 'organization';
    // "the Multinational Security Support (MSS) mission": a head noun after the brackets heads it.
    const after = tags.concept[i + 3]?.concept.head;
    if (after) type = after === 'organization' ? 'organization' : 'agency';
    for (let k = from; k < i; k++) {
      const head = tags.concept[k]?.concept.head;
      if (head) type = head === 'organization' ? 'organization' : 'agency';
    }
    for (let k = from; k < i; k++) if (tags.mention[k]) tags.mention[k]!.dropped = tags.mention[k]!.nested = true;
    const m = addMention(doc, { sent, from, to: i, type, kind: 'name', rule: 'acronym.spelled', conf: 0.7 });
    for (let k = from; k < i; k++) tags.mention[k] = m;
    return m;
  }
  return undefined;
}

/** An acronym at token i: one upper-case token, or two joined by a hyphen ("SPLM-IO"). */
function acronymAt(doc: Doc, s: Sentence, i: number): { key: string; to: number } | undefined {
  const a = s.tokens[i];
  if (!a?.upper) return undefined;
  const b = s.tokens[i + 1];
  if (b?.upper && /^[-‐]$/.test(doc.text.slice(a.end, b.start))) return { key: `${a.f}-${b.f}`, to: i + 2 };
  return { key: a.f, to: i + 1 };
}

/** "Commission mixte de suivi et d'évaluation reconstituée (RJMEC)", "Mouvement ... du Soudan dans
 *  l'opposition (SPLM-IO)": a body named up to four lower-case words before the brackets, which
 *  the name rules left out, is the long form; its name is stretched to the brackets. */
function stretchedLongForm(doc: Doc, sent: number, tags: SentenceTags, i: number): Mention | undefined {
  const toks = doc.sentences[sent]!.tokens;
  const places: Mention[] = [];
  for (let k = i - 1; k >= Math.max(1, i - 5); k--) {
    const t = toks[k]!;
    // "Centre national d'action antimines au Sénégal (CNAMS)": the country it serves is in the name.
    const place = tags.mention[k];
    if (place && isPlace(place) && place.to <= i) {
      places.push(place);
      k = place.from;
    } else if (t.cap || (!t.word && t.f !== "'") || doc.li.clauseBreaks.has(t.f)) return undefined;
    const m = tags.mention[k - 1];
    if (!m || m.to !== k) continue;
    if (m.kind !== 'name' || (m.type !== 'agency' && m.type !== 'organization')) return undefined;
    for (const p of places) {
      p.dropped = p.nested = true;
      // The country named in the name is the institution's: it keys it apart from namesakes.
      if (p.type === 'country' && p.country && !m.country) {
        m.country = p.country;
        if (m.key?.startsWith('inst:?:')) m.key = `inst:${p.country}:${m.key.slice('inst:?:'.length)}`;
      }
    }
    m.to = i;
    m.end = toks[i - 1]!.end;
    for (let j = k; j < i; j++) tags.mention[j] = m;
    return m;
  }
  return undefined;
}

/** "un centre de coordination conjoint (JCC)", "a joint coordination centre (JCC)": a lower-case
 *  phrase with a head noun of a body, right before a bracketed acronym, names that body. */
function describedBody(doc: Doc, sent: number, tags: SentenceTags, i: number): Mention | undefined {
  const toks = doc.sentences[sent]!.tokens;
  let from = i;
  while (from > 0 && i - from < 6 && toks[from - 1]!.word && !toks[from - 1]!.cap && !tags.mention[from - 1] && (!doc.li.determiners.has(toks[from - 1]!.f) || doc.li.connectors.has(toks[from - 1]!.f)) && !doc.li.clauseBreaks.has(toks[from - 1]!.f)) from--;
  while (from < i && doc.li.connectors.has(toks[from]!.f)) from++;
  let head: string | undefined;
  for (let k = from; k < i; k++) head ??= tags.concept[k]?.concept.head;
  if (!head || i - from < 2) return undefined;
  const m = addMention(doc, { sent, from, to: i, type: head === 'organization' ? 'organization' : 'agency', kind: 'name', rule: 'acronym.described', conf: 0.6 });
  for (let k = from; k < i; k++) tags.mention[k] = m;
  return m;
}

/** "withdrew its own force, SAMIM,", "une mission de formation militaire, l'EUTM RCA": an unknown
 *  acronym in apposition to a phrase headed by a body noun names that body. A second capitalised
 *  acronym right after the first is part of it ("EUTM RCA"). */
function appositiveAcronym(doc: Doc, sent: number, tags: SentenceTags, comma: number): { key: string; m: Mention } | undefined {
  const toks = doc.sentences[sent]!.tokens;
  let i = comma + 1;
  if (doc.li.determiners.has(toks[i]?.f ?? '')) i += toks[i + 1]?.f === "'" ? 2 : 1;
  const acr = acronymAt(doc, doc.sentences[sent]!, i);
  if (!acr || acr.to - i !== 1 || toks[i]!.f.length < 3 || tags.mention[i]) return undefined;
  const second = tags.mention[acr.to];
  const to = toks[acr.to]?.upper && (!second || (second.to === acr.to + 1 && isPlace(second))) ? acr.to + 1 : acr.to;
  if (toks[to] && toks[to]!.word) return undefined;
  let head: string | undefined;
  for (let k = comma - 1; k >= Math.max(0, comma - 5) && !head; k--) {
    if (tags.mention[k] || !toks[k]!.word || doc.li.clauseBreaks.has(toks[k]!.f)) break;
    head = tags.concept[k]?.concept.head;
  }
  if (!head) return undefined;
  if (to > acr.to && second) second.dropped = second.nested = true;
  const m = addMention(doc, { sent, from: i, to, type: head === 'organization' ? 'organization' : 'agency', kind: 'name', rule: 'acronym.apposition', conf: 0.6 });
  for (let k = i; k < to; k++) tags.mention[k] = m;
  return { key: toks.slice(i, to).map((x) => x.f).join(' '), m };
}

/** Finds "X (ACR)" and "ACR [X]" definitions; returns acronym -> long-form mention. */
export function findAcronymDefinitions(doc: Doc, allTags: SentenceTags[]): Map<string, Mention> {
  const defs = new Map<string, Mention>();
  doc.sentences.forEach((s, si) => {
    const tags = allTags[si]!;
    for (let i = 1; i + 2 < s.tokens.length; i++) {
      const acr = acronymAt(doc, s, i + 1);
      if (!OPEN.has(s.tokens[i]!.f) || !acr || !CLOSE.has(s.tokens[acr.to]?.f ?? '') || defs.has(acr.key)) continue;
      // Each finder adds the mention it finds, so one runs only when those before it found none.
      const spelled = (): Mention | undefined => (acr.to === i + 2 ? spelledLongForm(doc, si, tags, i, acr.key.toUpperCase()) : undefined);
      const long = longFormBefore(tags, i) ?? (doc.lang === 'ar' ? undefined : spelled() ?? stretchedLongForm(doc, si, tags, i) ?? describedBody(doc, si, tags, i));
      if (long) defs.set(acr.key, long);
    }
    for (let i = 1; i + 1 < s.tokens.length; i++) {
      const found = s.tokens[i]!.f === ',' ? appositiveAcronym(doc, si, tags, i) : undefined;
      if (found && !defs.has(found.key)) defs.set(found.key, found.m);
    }
    for (let i = 0; i + 2 < s.tokens.length; i++) {
      const acr = s.tokens[i]!;
      const inner = tags.mention[i + 2];
      if (!acr.upper || s.tokens[i + 1]!.f !== '[' || !inner || inner.from !== i + 2) continue;
      if (s.tokens[inner.to]?.f === ']' && !defs.has(acr.f)) defs.set(acr.f, inner);
    }
  });
  return defs;
}

/** Adds a mention for each standalone use of a defined acronym, linked to its long form. */
export function propagateAcronyms(doc: Doc, allTags: SentenceTags[], defs: Map<string, Mention>): void {
  doc.sentences.forEach((s, si) => {
    const tags = allTags[si]!;
    s.tokens.forEach((_, i) => {
      const acr = acronymAt(doc, s, i);
      const long = acr && defs.get(acr.key);
      if (!acr || !long) return;
      // "Armed Forces of the Philippines (AFP)": the article's own definition wins over a lexicon
      // body of the same acronym (Agence France-Presse).
      const known = tags.mention[i];
      if (known && known.rule === 'gazetteer.body' && known.from === i && known.to === acr.to && known.key !== long.key && long.rule !== 'gazetteer.body') {
        known.dropped = known.nested = true;
        for (let k = i; k < acr.to; k++) tags.mention[k] = undefined;
      }
      if (tags.mention[i] || tags.mention[acr.to - 1]) return;
      const m = addMention(doc, {
        sent: si, from: i, to: acr.to, type: long.type, kind: 'name', rule: 'acronym.defined', conf: 0.9, sameAs: long.id,
        ...(long.key ? { key: long.key } : {}), ...(long.country ? { country: long.country } : {}),
      });
      for (let k = i; k < acr.to; k++) tags.mention[k] = m;
    });
  });
}

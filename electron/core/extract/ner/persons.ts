// People named with a title of office, in English and French: "President Ilham Aliyev",
// "French ambassador Zacharie Gross", "Le directeur du LMAC, Jihad al-Bechelany",
// "Martin Schuepp, directeur régional du CICR", and speakers of quotes ("a déclaré Martin
// Schuepp"). The title's role and the body or country it names become a Role (heads/represents).
import type { Doc, Mention } from './doc';
import { addMention, mentionsIn } from './doc';
import type { SentenceTags } from './tags';
import { foldPattern } from '../text/fold-map';

const PARTICLES = new Set(['de', 'van', 'von', 'bin', 'ben', 'al', 'el', 'da', 'dos', 'der', 'la', 'le', 'ibn', 'abu']);
const TARGETS = new Set(['agency', 'organization', 'country']);
const COMMA = new Set([',']);

/** A capitalised personal name starting at j: [j, end), or null. */
export function readName(doc: Doc, sent: number, tags: SentenceTags, j: number): [number, number] | null {
  const toks = doc.sentences[sent]!.tokens;
  let end = j;
  let words = 0;
  for (let k = j; k < toks.length && words < 4; k++) {
    const t = toks[k]!;
    if (t.f === "'" && toks[k + 1]?.cap && words > 0) continue;
    const m = tags.mention[k];
    // "Thérèse Kayikwamba Wagner": after two name words, a one-word body name is the surname.
    if (m && words >= 2 && m.to === k + 1 && m.kind === 'name' && (m.type === 'organization' || m.type === 'agency') && !t.upper && !toks[k + 1]?.cap) {
      m.dropped = m.nested = true;
      end = k + 1;
      break;
    }
    if (m && words === 0 && placeAsFirstName(doc, sent, tags, k)) {
      end = k + 1;
      words++;
      continue;
    }
    if (!t.word || m || tags.concept[k] || doc.li.titles.at(doc.sentences[sent]!, k)) break;
    if (t.cap && !t.upper && !doc.li.stopCaps.has(t.f) && !doc.li.months.at(doc.sentences[sent]!, k) && !doc.li.weekdays.has(t.f)) {
      end = k + 1;
      words++;
    } else if (!(PARTICLES.has(t.f) && words > 0 && toks[k + 1]?.cap)) break;
  }
  return end > j ? [j, end] : null;
}

/** "Haiti's foreign minister, Dominique Dupuy": where a name is due, a one-word place followed by
 *  an unknown capitalised word is a first name, and the place mention is dropped. */
function placeAsFirstName(doc: Doc, sent: number, tags: SentenceTags, k: number): boolean {
  const toks = doc.sentences[sent]!.tokens;
  const m = tags.mention[k]!;
  const next = toks[k + 1];
  if (m.kind !== 'name' || (m.type !== 'country' && m.type !== 'region') || m.from !== k || m.to !== k + 1) return false;
  if (!next?.cap || next.upper || tags.mention[k + 1] || tags.concept[k + 1] || doc.li.stopCaps.has(next.f)) return false;
  m.dropped = m.nested = true;
  tags.mention[k] = undefined;
  return true;
}

function addPerson(doc: Doc, sent: number, span: [number, number], rule: string, tags: SentenceTags): Mention {
  const m = addMention(doc, { sent, from: span[0], to: span[1], type: 'official', kind: 'name', rule, conf: 0.85 });
  for (let k = span[0]; k < span[1]; k++) tags.mention[k] = m;
  return m;
}

/** The first body or country named in [from, to) (the complement of a title). */
function targetIn(tags: SentenceTags, from: number, to: number, doc?: Doc, sent?: number): Mention | undefined {
  const toks = doc && sent !== undefined ? doc.sentences[sent]!.tokens : undefined;
  for (let k = from; k < to; k++) {
    const m = tags.mention[k];
    if (!m || !TARGETS.has(m.type)) continue;
    // "chairman of the GNA's Presidential Council": the owner's body, when one follows, is the post.
    const owned = toks?.[m.to]?.f === "'" && toks[m.to + 1]?.f === 's' ? tags.mention[m.to + 2] : undefined;
    return owned && TARGETS.has(owned.type) && owned.type !== 'country' ? owned : m;
  }
  return undefined;
}

const DESTINATION = new Set(['to', 'in', 'à', 'auprès', 'en', 'pour', 'في', 'لدى'].map(foldPattern));

const TOPIC = new Set(['for', 'on', 'sur', 'chargé', 'chargée'].map(foldPattern));

/** "the EU Ambassador to Ukraine, NAME": the posting is skipped to reach the name, and so is a
 *  brief remit before an apposition ("China's special envoy for Asian affairs, NAME", "ASEAN's
 *  special envoy on Myanmar, NAME"). */
function skipDestination(doc: Doc, sent: number, tags: SentenceTags, k: number): number {
  const toks = doc.sentences[sent]!.tokens;
  const t = toks[k];
  const m = tags.mention[k + 1];
  if (t && DESTINATION.has(t.f) && m && m.from === k + 1) return m.to;
  if (!t || (!DESTINATION.has(t.f) && !TOPIC.has(t.f))) return k;
  for (let j = k + 1; j < Math.min(toks.length, k + 6); j++) {
    if (toks[j]!.f === ',') return j > k + 1 && toks[j + 1]?.cap ? j : k;
    if (!toks[j]!.word && toks[j]!.f !== "'") return k;
  }
  return k;
}

function isFormer(doc: Doc, sent: number, from: number): boolean {
  const t = doc.sentences[sent]!.tokens;
  return [t[from - 1]?.f, t[from - 2]?.f].some((w) => !!w && doc.li.former.has(w));
}

/** A title with a body and a country ("directeur de HALO Trust en Angola") is a country post, and
 *  only a head of state or government heads a country (a minister represents it). */
export function postRole(doc: Doc, sent: number, target: Mention | undefined, role: 'heads' | 'represents', titleFrom: number): 'heads' | 'represents' {
  if (role !== 'heads' || !target) return role;
  if (target.type === 'country') return doc.li.stateTitles.at(doc.sentences[sent]!, titleFrom) ? role : 'represents';
  const t = doc.sentences[sent]!.tokens;
  const after = t[target.to];
  return after && DESTINATION.has(after.f) && t[target.to + 1] && mentionsIn(doc, sent).some((m) => m.from === target.to + 1 && m.type === 'country') ? 'represents' : role;
}

/** Skips a comma and a second title after it ("Le directeur du LMAC, le général NAME"). */
function skipComma(doc: Doc, sent: number, k: number): number {
  const s = doc.sentences[sent]!;
  let j = s.tokens[k] && COMMA.has(s.tokens[k]!.f) ? k + 1 : k;
  const det = s.tokens[j] && doc.li.determiners.has(s.tokens[j]!.f) ? j + 1 : j;
  const title = doc.li.titles.at(s, det);
  if (title && j > k) j = title.to;
  // "l'émir du Qatar, le cheikh Tamim ben Hamad Al-Thani": a form of address before the name.
  else if (j > k && doc.li.honorifics.has(s.tokens[det]?.f ?? '')) j = det + 1;
  return j;
}

/** A portfolio after a title ("ministre russe de la Défense", "des Infrastructures"): the
 *  connectors and portfolio words are skipped; returns k when there is none. */
function skipPortfolio(doc: Doc, sent: number, tags: SentenceTags, k: number): number {
  const toks = doc.sentences[sent]!.tokens;
  let j = k;
  let found = false;
  while (j < toks.length) {
    const t = toks[j]!;
    const c = tags.concept[j];
    if (doc.li.connectors.has(t.f) || doc.li.determiners.has(t.f) || t.f === "'") j++;
    else if (c && !c.concept.head && !tags.mention[j]) { found = true; j = c.to; }
    else break;
  }
  return found ? j : k;
}

/** Where a title's phrase starts once an English possessive ("the LNA's spokesman") or a body
 *  before a portfolio ("the GNA interior minister") is taken in. A nationality before a portfolio
 *  ("Ukrainian Economy Minister") stays out: the portfolio names the ministry he heads. */
function ownerStart(doc: Doc, sent: number, tags: SentenceTags, from: number): number {
  const toks = doc.sentences[sent]!.tokens;
  let b = from;
  while (b > 0 && tags.concept[b - 1] && !tags.concept[b - 1]!.concept.head && !tags.mention[b - 1]) b = tags.concept[b - 1]!.from;
  if (toks[b - 1]?.f === 's' && toks[b - 2]?.f === "'" && tags.mention[b - 3]) b -= 2;
  const owner = tags.mention[b - 1];
  return b < from && (!owner || owner.kind === 'adjective') ? from : b;
}

/** "La MONUSCO a salué l'accord. Sa cheffe, Bintou Keita, ...": a possessive opening a sentence
 *  names the body that opens the sentence before, in the same paragraph, or else the one body
 *  that sentence names; one after a comma names the body that opens its own sentence. */
function possessed(doc: Doc, sent: number, from: number): Mention | undefined {
  const s = doc.sentences[sent]!;
  if (!doc.li.bodyPossessives.has(s.tokens[from - 1]?.f ?? '')) return undefined;
  // "The European Union has committed ..., its ambassador to the Philippines, Luc Véron, said":
  // after a comma, the body that opens the same sentence.
  if (from - 1 > 1) {
    const opener = s.tokens[from - 2]?.f === ',' ? mentionsIn(doc, sent).find((m) => !m.nested && !m.dropped && m.kind === 'name' && m.from <= 1) : undefined;
    return opener && (opener.type === 'agency' || opener.type === 'organization') ? opener : undefined;
  }
  const prev = doc.sentences[sent - 1];
  if (!prev || prev.paragraph !== s.paragraph) return undefined;
  const named = mentionsIn(doc, sent - 1).filter((m) => !m.nested && !m.dropped && m.kind === 'name').sort((a, b) => a.from - b.from);
  const first = named[0];
  if (first && (first.type === 'agency' || first.type === 'organization')) return first;
  // "..., the Chinese foreign ministry said. Its spokesperson": the one body of that sentence.
  const bodies = named.filter((m) => m.type === 'agency' || m.type === 'organization');
  return bodies.length === 1 ? bodies[0] : undefined;
}

/** "Riek Machar a été placé ... Son parti, le Mouvement ... (SPLM-IO), estime ...": the person
 *  who opens the sentence before leads the party named after "son parti,". */
function possessiveParty(doc: Doc, sent: number, tags: SentenceTags): void {
  const s = doc.sentences[sent]!;
  const head = tags.concept[1];
  if (!doc.li.bodyPossessives.has(s.tokens[0]?.f ?? '') || !head || head.from !== 1 || (head.concept.id !== 'PARTY' && head.concept.id !== 'MOVEMENT')) return;
  let k = head.to;
  if (s.tokens[k]?.f !== ',') return;
  k++;
  while (s.tokens[k] && (doc.li.determiners.has(s.tokens[k]!.f) || s.tokens[k]!.f === "'")) k++;
  const body = tags.mention[k];
  const prev = doc.sentences[sent - 1];
  if (!body || body.from !== k || (body.type !== 'organization' && body.type !== 'agency') || !prev || prev.paragraph !== s.paragraph) return;
  const leader = mentionsIn(doc, sent - 1).filter((m) => !m.nested && !m.dropped && m.type === 'official').sort((a, b) => a.from - b.from)[0];
  if (leader) doc.roles.push({ person: leader.id, role: 'heads', target: body.id, sent, from: 0, to: body.to, rule: 'role.possessive-party' });
}

/** TITLE [ADJ] NAME, ADJ TITLE NAME and TITLE of ORG[,] NAME. */
function titleFirst(doc: Doc, sent: number, tags: SentenceTags, from: number, to: number, role: 'heads' | 'represents'): number {
  const s = doc.sentences[sent]!;
  const owner = ownerStart(doc, sent, tags, from);
  // "U.S. envoy": the acronym's final dot is a token of its own.
  const dotted = s.tokens[owner - 1]?.f === '.' && tags.mention[owner - 2]?.end === s.tokens[owner - 1]!.start;
  const before = tags.mention[dotted ? owner - 2 : owner - 1];
  const adjBefore = before && (before.kind === 'adjective' || TARGETS.has(before.type)) && before.type !== 'official' ? before : undefined;
  const former = isFormer(doc, sent, adjBefore ? adjBefore.from : from);
  let k = to;
  const adjAfter = tags.mention[k]?.kind === 'adjective' ? tags.mention[k] : undefined;
  if (adjAfter) k = adjAfter.to;
  k = skipPortfolio(doc, sent, tags, k);
  let target: Mention | undefined = adjBefore ?? adjAfter;
  if (!target && s.tokens[k] && doc.li.connectors.has(s.tokens[k]!.f)) {
    for (let e = k + 1; e < Math.min(s.tokens.length, k + 16); e++) {
      const close = s.tokens[e]!.f === ')' ? e + 1 : e;
      const n = skipComma(doc, sent, close);
      const m = tags.mention[e - 1];
      if (!m || m.to !== e || !readName(doc, sent, tags, n)) continue;
      target = targetIn(tags, k, e);
      k = n;
      break;
    }
    if (!target) return to;
  }
  k = skipDestination(doc, sent, tags, k);
  const name = readName(doc, sent, tags, skipComma(doc, sent, k));
  if (!name) return to;
  const person = addPerson(doc, sent, name, 'person.title', tags);
  if (former) return name[1];
  target ??= possessed(doc, sent, from);
  // "the GNA interior minister": he heads the portfolio's ministry and acts for the body.
  const portfolio = owner < from && !!tags.concept[from - 1];
  // "Its foreign minister, NAME" (a government's, not a ministry's): a portfolio title acts for
  // the body; he heads only the portfolio's ministry.
  const ownPortfolio = target && target.type !== 'country' && !target.key?.includes('MINISTRY') && tags.concept.slice(from, to).some((c) => !!c && !c.concept.head && !c.concept.weak);
  const r = portfolio || ownPortfolio ? 'represents' : postRole(doc, sent, target, role, from);
  doc.roles.push({ person: person.id, role: r, ...(target ? { target: target.id } : {}), sent, from: adjBefore ? adjBefore.from : from, to: name[1], rule: `role.title-${r}` });
  return name[1];
}

/** Where "NAME, [the] [OWNER] TITLE" has its comma, and the owner body named before the title
 *  ("Miroslav Lajcak, the EU special representative"). */
function appositionStart(doc: Doc, sent: number, tags: SentenceTags, from: number): { comma: number; owner?: Mention } {
  const s = doc.sentences[sent]!;
  let k = from - 1;
  while (k > 0 && tags.concept[k] && !tags.concept[k]!.concept.head && !tags.mention[k]) k = tags.concept[k]!.from - 1;
  const m = tags.mention[k];
  const owner = m && m.to === k + 1 && m.kind === 'name' && TARGETS.has(m.type) ? m : undefined;
  if (owner) k = owner.from - 1;
  if (doc.li.determiners.has(s.tokens[k]?.f ?? '')) k--;
  return { comma: k, ...(owner ? { owner } : {}) };
}

/** NAME, TITLE of ORG. */
function nameFirst(doc: Doc, sent: number, tags: SentenceTags, from: number, to: number, role: 'heads' | 'represents'): void {
  const s = doc.sentences[sent]!;
  const { comma, owner } = appositionStart(doc, sent, tags, from);
  if (comma < 1 || s.tokens[comma]!.f !== ',') return;
  let start = comma - 1;
  // "Fayez al-Sarraj": a particle between capitalised words is part of the name.
  const back = (k: number) => !tags.mention[k] && (s.tokens[k]!.cap || (PARTICLES.has(s.tokens[k]!.f) && k > 0 && s.tokens[k - 1]!.cap));
  while (start > 0 && back(start - 1)) start--;
  const name = readName(doc, sent, tags, start);
  if (!name || name[1] !== comma || name[1] - name[0] < 2) return;
  const target = owner ?? targetIn(tags, to, Math.min(s.tokens.length, to + 8), doc, sent);
  if (!target) return;
  const person = addPerson(doc, sent, name, 'person.apposition', tags);
  doc.roles.push({ person: person.id, role, target: target.id, sent, from: name[0], to: Math.max(target.to, to), rule: `role.apposition-${role}` });
}

/** Speakers: "a déclaré Martin Schuepp", "said John Smith", "John Smith said". */
function speakers(doc: Doc, sent: number, tags: SentenceTags): void {
  const s = doc.sentences[sent]!;
  for (const hit of doc.li.speech.all(s)) {
    const after = readName(doc, sent, tags, hit.to);
    if (after && after[1] - after[0] >= 2) addPerson(doc, sent, after, 'person.speaker', tags);
  }
}

const OF = new Set(['of', 'de', 'd']);

/** "the Libyan National Army (LNA) of Khalifa Haftar", "l'AFC de Corneille Nangaa": a body
 *  followed by "of" and a personal name is that person's; he heads it. */
function bodyOfPerson(doc: Doc, sent: number, tags: SentenceTags): void {
  const toks = doc.sentences[sent]!.tokens;
  for (const m of mentionsIn(doc, sent)) {
    if (m.nested || m.dropped || (m.type !== 'agency' && m.type !== 'organization')) continue;
    let k = m.to;
    if (toks[k]?.f === '(' && toks[k + 2]?.f === ')') k += 3;
    if (!OF.has(toks[k]?.f ?? '')) continue;
    if (toks[k + 1]?.f === "'") k++;
    const name = readName(doc, sent, tags, k + 1);
    if (!name || name[1] - name[0] < 2 || tags.mention[name[0]]) continue;
    const person = addPerson(doc, sent, name, 'person.body-of', tags);
    doc.roles.push({ person: person.id, role: 'heads', target: m.id, sent, from: m.from, to: name[1], rule: 'role.body-of-heads' });
  }
}

export function findLatinPersons(doc: Doc, sent: number, tags: SentenceTags): void {
  const s = doc.sentences[sent]!;
  for (let i = 0; i < s.tokens.length; i++) {
    const hit = doc.li.titles.at(s, i);
    if (!hit || tags.mention[i]) continue;
    const end = titleFirst(doc, sent, tags, hit.from, hit.to, hit.value);
    nameFirst(doc, sent, tags, hit.from, hit.to, hit.value);
    i = Math.max(i, end - 1);
  }
  speakers(doc, sent, tags);
  bodyOfPerson(doc, sent, tags);
  possessiveParty(doc, sent, tags);
}

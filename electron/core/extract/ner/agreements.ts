// Agreements, told apart by what the text says about them: the noun ("accord", "ceasefire",
// "اتفاقية"), its modifiers ("trilateral peace deal", "cessez-le-feu humanitaire"), an issuer or
// a name ("résolutions du Conseil de sécurité", "Conventions de Genève"), a mediator ("négocié
// par la Russie", "بوساطة روسية"), a purpose ("pacte pour développer ...") and a date. Generic
// uses ("a statement", "un nouveau cessez-le-feu", "plusieurs accords") are not agreements.
import type { DateMention } from '../dates';
import { isoDate } from '../dates';
import type { Doc, Mention } from './doc';
import type { Token } from '../text/segment';
import { addMention, skipLetters, surface } from './doc';
import type { SentenceTags } from './tags';
import { headClitic, nameLike } from './arabic-words';
import { skeleton } from '../../../../shared/text/skeleton';

export interface AgreementInfo {
  kind: string;
  date?: string;
  /** Key of an issuer or named place in the agreement's name. */
  nameKey?: string;
  /** The mention's words say more than the bare noun, so they may serve as an alias. */
  distinctive: boolean;
  /** Content words besides the noun ("mine", "clearance"): an agreement about something else. */
  topic: string[];
  /** Introduced by a definite determiner ("the peace agreement", "le cessez-le-feu"). */
  definite: boolean;
}

/** Words of the mention that say what the agreement is about (not its noun, not "signed"). */
function topicWords(doc: Doc, sent: number, from: number, to: number, nounFrom: number, nounTo: number): string[] {
  const out: string[] = [];
  const s = doc.sentences[sent]!;
  for (let k = from; k < to; k++) {
    const t = s.tokens[k]!;
    if (k >= nounFrom && k < nounTo) continue;
    if (!t.word || /ed$|\d/.test(t.f) || doc.li.connectors.has(t.f) || doc.li.determiners.has(t.f) || doc.li.qualifiers.at(s, k) || doc.li.agreements.at(s, k)) continue;
    out.push(t.f);
  }
  return out;
}

const AGENT = new Set(['par', 'by', 'بوساطة', 'برعاية']);
const PURPOSE = new Set(['pour', 'to', 'visant']);
/** Prepositions that introduce an agreement's name or issuer ("in Bogota" is where, not which). */
const NAMING = new Set(['of', 'de', 'du', 'des', 'd']);
/** "Convention on Cluster Munitions": a capitalised topic after "on" names the agreement. */
const TOPIC = new Set(['on', 'sur']);
const FIELDS = new Set(['مجال', 'مجالات', 'ميدان', 'قطاع']);
const NAME_LINKS = new Set(['of', 'to', 'on', 'for', 'and', 'the', 'de', 'du', 'des', 'd', "'", 'la', 'le', 'l', 'et', 'sur', 'pour']);
const NUMBER_SIGNS = new Set(['no', 'n', 'n°', 'رقم', 'number']);
const COORDINATORS = new Set(['and', 'et']);
const COMPLEMENT = new Set(['de', 'du', 'des', 'd', 'of', 'on', 'sur', 'about', 'concernant', "'"]);

/** "Anti-Personnel": a hyphen with no space on either side joins two words of one modifier. */
function innerHyphen(t: Token[], k: number): boolean {
  return t[k]?.f === '-' && !!t[k - 1]?.word && !!t[k + 1]?.word && t[k - 1]!.end === t[k]!.start && t[k]!.end === t[k + 1]!.start;
}

function premodifiers(doc: Doc, sent: number, tags: SentenceTags, i: number): number {
  const t = doc.sentences[sent]!.tokens;
  let k = i;
  // A capitalised name may be longer ("Anti-Personnel Mine Ban Convention").
  while (k > 0 && (i - k < 3 || (t[k]!.cap && i - k < 6))) {
    const p = t[k - 1]!;
    if (innerHyphen(t, k - 1)) { k--; continue; }
    // "Black Sea Grain Initiative": a capitalised place inside a capitalised name is part of it.
    const inner = tags.mention[k - 1];
    if (inner && inner.to === k && inner.type === 'region' && p.cap && t[i]!.cap && t[k]!.cap) {
      inner.dropped = inner.nested = true;
      k = inner.from;
      continue;
    }
    // A participle before the noun is the clause's verb ("the council adopted resolution 2756").
    if (!p.word || tags.mention[k - 1] || doc.li.determiners.has(p.f) || doc.li.connectors.has(p.f) || /ing$|\d/.test(p.f) || (!p.cap && /ed$/.test(p.f))) break;
    if (doc.li.stopCaps.has(p.f) || doc.li.clauseBreaks.has(p.f) || doc.li.triggers.at(doc.sentences[sent]!, k - 1)?.value.rel === 'party_to') break;
    k--;
  }
  return k;
}

interface Extent {
  to: number;
  nameKey?: string;
  qualified: boolean;
}

function postmodifiers(doc: Doc, sent: number, tags: SentenceTags, to: number, weak: boolean): Extent {
  const s = doc.sentences[sent]!;
  const t = s.tokens;
  const ext: Extent = { to, qualified: false };
  for (let guard = 0; guard < 4 && ext.to < t.length; guard++) {
    const q = doc.li.qualifiers.at(s, ext.to);
    if (q) { ext.to = q.to; ext.qualified = true; continue; }
    if (frenchAdjective(doc, sent, tags, ext.to)) { ext.to++; ext.qualified = true; continue; }
    // "accord de paix et de réconciliation de Maputo": a coordinated complement goes on.
    const coordinated = ext.qualified && COORDINATORS.has(t[ext.to]!.f) && NAMING.has(t[ext.to + 1]?.f ?? '') ? nounComplement(doc, sent, tags, ext.to + 2) : 0;
    if (coordinated > ext.to + 2) { ext.to = coordinated; continue; }
    const num = numberName(doc, sent, ext.to);
    if (num) { ext.to = num.to; ext.nameKey = num.key; ext.qualified = true; continue; }
    if (arabicAdjective(doc, sent, tags, ext.to)) { ext.to++; continue; }
    if (ext.to === to && arabicConstruct(doc, sent, tags, ext.to)) { ext.to++; ext.qualified = true; continue; }
    let j = ext.to;
    const det = doc.li.determiners.has(t[j + 1]?.f ?? '') ? 1 : 0;
    if (NAMING.has(t[j]!.f) || t[j]!.f === "'" || (TOPIC.has(t[j]!.f) && t[j + 1 + det]?.cap)) j++;
    while (t[j] && (t[j]!.f === "'" || t[j]!.f === 'la' || t[j]!.f === 'l' || t[j]!.f === 'the')) j++;
    const m = tags.mention[j];
    // "قرار مجلس الأمن الوطني العراقي": a national body's decision or statement is no agreement;
    // an international body's resolution is.
    if (weak && m && (m.type === 'agency' || m.type === 'organization') && !m.key?.startsWith('lex:')) break;
    if ((j > ext.to || doc.lang === 'ar') && m && m.kind === 'name' && m.type !== 'official') {
      ext.to = m.to;
      ext.nameKey = cityKey(doc, m) ?? m.key ?? m.label;
      // "Conventions de Genève": the place is part of the agreement's name, not a mention of it.
      if (m.type === 'region') m.dropped = m.nested = true;
      ext.qualified = true;
      continue;
    }
    const named = properName(doc, sent, tags, ext.to, j, weak);
    if (named) { ext.to = named.to; ext.nameKey = named.key; ext.qualified = true; continue; }
    const phrase = j > ext.to && COMPLEMENT.has(t[ext.to]!.f) ? nounComplement(doc, sent, tags, j) : ext.to;
    if (phrase > j) { ext.to = phrase; ext.qualified = true; continue; }
    break;
  }
  return ext;
}

/** "the Ottawa Convention", "the Sochi agreement": a place right before the noun names the agreement
 *  (the capital is the city there, not its state). */
function placeBefore(doc: Doc, sent: number, tags: SentenceTags, i: number): { from: number; key: string } | undefined {
  const m = tags.mention[i - 1];
  if (!m || m.to !== i || m.kind !== 'name' || (m.type !== 'region' && m.rule !== 'gazetteer.capital-metonym')) return undefined;
  const key = cityKey(doc, m) ?? m.key ?? m.label ?? surface(doc, m);
  m.dropped = m.nested = true;
  return { from: m.from, key };
}

/** "l'Initiative céréalière de la mer Noire": in French a capitalised agreement noun names the text,
 *  and the lower-case adjective after it is part of that name. */
function frenchAdjective(doc: Doc, sent: number, tags: SentenceTags, k: number): boolean {
  const t = doc.sentences[sent]!.tokens;
  const w = t[k];
  if (doc.lang !== 'fr' || !w?.word || w.cap || !t[k - 1]?.cap || tags.mention[k] || !doc.li.agreements.at(doc.sentences[sent]!, k - 1)) return false;
  return !doc.li.connectors.has(w.f) && !doc.li.determiners.has(w.f) && !doc.li.clauseBreaks.has(w.f) && !doc.li.triggers.at(doc.sentences[sent]!, k) && !/^\d/.test(w.f);
}

/** "resolution 2756", "القرار رقم 2254": a number (not a year) names the text. */
function numberName(doc: Doc, sent: number, k: number): { to: number; key: string } | undefined {
  const t = doc.sentences[sent]!.tokens;
  const j = NUMBER_SIGNS.has(t[k]?.f ?? '') ? k + 1 : k;
  const n = t[j]?.f ?? '';
  if (!/^\d{2,4}$/.test(n) || (Number(n) >= 1900 && Number(n) <= 2035 && j === k)) return undefined;
  return { to: j + 1, key: `no:${n}` };
}

/** "اتفاقية إطارية", "مذكرة تفاهم رباعية": an indefinite feminine adjective of relation (-ية)
 *  agrees with the noun and is part of its name. */
function arabicAdjective(doc: Doc, sent: number, tags: SentenceTags, k: number): boolean {
  const w = doc.sentences[sent]!.tokens[k];
  if (!w?.arabic || tags.mention[k] || doc.li.particles.has(w.f) || doc.li.notNew.has(w.f)) return false;
  return !w.f.startsWith('ال') && /.{2,}يه$/.test(w.f) && !doc.li.agreements.at(doc.sentences[sent]!, k);
}

/** "اتفاق منحة", "اتفاقية قرض": an indefinite noun right after the agreement noun, in construct
 *  state, says what kind of agreement it is. A word with a prefix (article, "و", "ل", "ب") or a
 *  cue starts something else. */
function arabicConstruct(doc: Doc, sent: number, tags: SentenceTags, k: number): boolean {
  const s = doc.sentences[sent]!;
  const noun = s.tokens[k - 1]!.f;
  const w = s.tokens[k];
  // Only an indefinite noun without the accusative ending heads a construct ("اتفاقا تاريخيا" is
  // noun and adjective); a nisba ("ثنائي") or an accusative word is an adjective, "ي..." a verb.
  if (!w?.arabic || /^(و|ف|ب|ل)?ال/.test(noun) || /ا$/.test(noun) || /(ي|يه|ا)$/.test(w.f) || /^(ال|لل|و|ب|ل|ف|ك|ي)/.test(w.f)) return false;
  if (tags.mention[k] || doc.li.particles.has(w.f) || doc.li.notNew.has(w.f)) return false;
  return !doc.li.agreements.at(s, k) && !doc.li.months.at(s, k) && !doc.li.weekdays.has(w.f) && !doc.li.titles.at(s, k);
}

/** A capital named in an agreement's name is the city ("accord de Pretoria", "Convention d'Ottawa"). */
function cityKey(doc: Doc, m: Mention): string | undefined {
  if (m.rule !== 'gazetteer.capital-metonym') return undefined;
  m.type = 'region';
  m.key = `city:${m.country}`;
  m.label = doc.lex.capitals[m.country ?? '']?.[0] ?? surface(doc, m);
  m.rule = 'gazetteer.capital-city';
  return m.key;
}

/** "déclaration de Djeddah", "إعلان جدة": a proper name the gazetteer does not know. */
function properName(doc: Doc, sent: number, tags: SentenceTags, to: number, j: number, weak: boolean): { to: number; key: string } | undefined {
  const t = doc.sentences[sent]!.tokens;
  // Arabic has no capitals: only "إعلان X", "بيان X" (weak nouns) are read as named by X.
  const w = doc.lang === 'ar' ? (weak ? t[to] : undefined) : j > to ? t[j] : undefined;
  const at = doc.lang === 'ar' ? to : j;
  if (!w || tags.mention[at]) return undefined;
  const s = doc.sentences[sent]!;
  const capName = (k: number) => !!t[k]?.cap && !t[k]!.upper && !tags.mention[k] && !doc.li.stopCaps.has(t[k]!.f) && !doc.li.months.at(s, k);
  const ok = doc.lang === 'ar' ? nameLike(doc.li, s, at) : capName(at);
  if (!ok) return undefined;
  // "Convention on Cluster Munitions": a capitalised name may run over several words.
  let end = at + 1;
  // "Path to Normalisation", "Prohibition of the Use": lower-case links between capitalised words.
  for (let k = end; doc.lang !== 'ar' && k - at < 8; ) {
    let n = k;
    while (n - k < 2 && t[n] && NAME_LINKS.has(t[n]!.f) && !t[n]!.cap) n++;
    if (!capName(n)) break;
    end = k = n + 1;
  }
  return { to: end, key: `name:${t.slice(at, end).map((x) => skeleton(x.f).replace(/ /g, '')).join('')}` };
}

/** "accord de cessation des hostilités", "memorandum of understanding on humanitarian demining". */
function nounComplement(doc: Doc, sent: number, tags: SentenceTags, j: number): number {
  const t = doc.sentences[sent]!.tokens;
  let k = j;
  let end = j;
  while (k < t.length && k - j < 5) {
    const w = t[k]!;
    if (!w.word || w.cap || tags.mention[k] || /\d/.test(w.f) || doc.li.clauseBreaks.has(w.f) || doc.li.triggers.at(doc.sentences[sent]!, k)) break;
    if (doc.li.months.at(doc.sentences[sent]!, k)) break;
    if (!doc.li.connectors.has(w.f) && !doc.li.determiners.has(w.f)) end = k + 1;
    k++;
  }
  return end;
}

/** "négocié par la Russie", "بوساطة روسية", "pour développer ... (until qui/que/punctuation)". */
function tail(doc: Doc, sent: number, tags: SentenceTags, to: number): number {
  const t = doc.sentences[sent]!.tokens;
  let j = to;
  const participle = t[j] && /(e|ee|es|ees|ed)$/.test(t[j]!.f) && AGENT.has(t[j + 1]?.f ?? '');
  if (participle) j++;
  if (t[j] && AGENT.has(t[j]!.f) && (participle || doc.lang === 'ar')) {
    let k = j + 1;
    while (t[k] && (doc.li.determiners.has(t[k]!.f) || t[k]!.f === "'")) k++;
    const m = tags.mention[k];
    return m ? m.to : to;
  }
  const first = t[to];
  // "an annex to the Agreement": "to" before a determiner leads to a noun, not a purpose.
  if (first?.f === 'to' && doc.li.determiners.has(t[to + 1]?.f ?? '')) return to;
  // "لن يعني" is a negation, not a purpose; "لعام 1949" still names the year.
  const arPurpose = doc.lang === 'ar' && first?.f.startsWith('ل') && !tags.mention[to] && (!doc.li.particles.has(first.f) || doc.li.yearWords.has(first.f));
  if (!first || !(PURPOSE.has(first.f) || arPurpose)) return to;
  // "اتفاقية إطارية للمياه و26 مذكرة": one definite word after "لل" is a purpose of its own, and
  // a coordinated phrase starts something else.
  const coordinated = (k: number) => !!t[k]?.arabic && /^و(\d|.{3,})/.test(t[k]!.f);
  if (arPurpose && /^لل.{2,}/.test(first.f) && (!t[to + 1]?.word || coordinated(to + 1))) return to + 1;
  let k = to + 1;
  // "للتعاون في مجال المياه": "in the field of" goes on with the purpose.
  const field = (k: number) => t[k]!.f === 'في' && FIELDS.has(t[k + 1]?.f ?? '');
  while (k < t.length && k - to < 10 && (t[k]!.word || t[k]!.f === "'") && !doc.li.clauseBreaks.has(t[k]!.f) && (!doc.li.particles.has(t[k]!.f) || field(k)) && !coordinated(k)) k++;
  // "لإحلال السلام في أفغانستان": a place the purpose is about ends the tail.
  const place = tags.mention[k + 1];
  if (k - to >= 2 && doc.li.locatives.has(t[k]?.f ?? '') && place?.from === k + 1 && (place.type === 'country' || place.type === 'region')) k = place.to;
  return k - to >= 2 ? k : to;
}

export function findAgreements(doc: Doc, sent: number, tags: SentenceTags, dates: DateMention[]): void {
  const s = doc.sentences[sent]!;
  const hits = doc.li.agreements.all(s);
  for (let h = 0; h < hits.length; h++) {
    let hit = hits[h]!;
    const next = hits[h + 1];
    const adjacent = next && (next.from === hit.to || (next.from === hit.to + 1 && doc.li.connectors.has(s.tokens[hit.to]?.f ?? '')));
    if (next && adjacent) { hit = { ...next, from: hit.from }; h++; }
    const named = doc.lang === 'en' ? placeBefore(doc, sent, tags, hit.from) : undefined;
    const from = named ? named.from : doc.lang === 'en' ? premodifiers(doc, sent, tags, hit.from) : hit.from;
    const before = s.tokens.slice(Math.max(0, from - 2), from).map((t) => t.f);
    const post = postmodifiers(doc, sent, tags, hit.to, !hit.value.strong);
    const to = tail(doc, sent, tags, post.to);
    if (before.some((w) => doc.li.notNew.has(w)) || doc.li.notNew.has(s.tokens[hit.to]?.f ?? '')) continue;
    const inside = dates.find((d) => d.start >= s.tokens[from]!.start && d.end <= (s.tokens[to]?.start ?? s.end) + 20 && d.start >= s.tokens[hit.from]!.start);
    const nounStart = s.tokens[hit.from]!.start;
    const near = (d: DateMention) => d.end <= nounStart || d.start - (s.tokens[to - 1]?.end ?? nounStart) < 40;
    const own = inside ?? [...dates].reverse().find((d) => (d.day || d.year) && d.end <= nounStart) ?? dates.find((d) => (d.day || d.year) && near(d));
    // "a televised statement": before a weak noun only a qualifier ("joint statement") qualifies.
    // A weak noun qualifies by a qualifier before it, or as the head of a capitalised name.
    const properWeak = s.tokens[hit.from]!.cap && from < hit.from && s.tokens.slice(from, hit.from).every((x) => x.cap || !x.word);
    const pre = hit.value.strong ? from < hit.from : properWeak || s.tokens.slice(from, hit.from).some((_, k) => !!doc.li.qualifiers.at(s, from + k));
    const qualified = post.qualified || pre || to > post.to;
    if (!hit.value.strong && !qualified) continue;
    if (before.some((w) => doc.li.quantifiers.has(w)) && !post.nameKey && !inside) continue;
    const date = own ? isoDate(own, doc.refDate) : undefined;
    const m = addMention(doc, {
      sent, from, to, type: 'agreement', kind: 'name', rule: `agreement.${hit.value.strong ? 'noun' : 'qualified'}`, conf: 0.7,
      agr: {
        kind: hit.value.kind, distinctive: from < hit.from || to > hit.to || hit.from < hits[h]!.from, topic: topicWords(doc, sent, from, to, hit.from, hit.to),
        definite: doc.li.determiners.has(s.tokens[from - 1]?.f ?? '') && !doc.li.quantifiers.has(s.tokens[from - 1]?.f ?? '') && !['a', 'an', 'un', 'une'].includes(s.tokens[from - 1]?.f ?? ''),
        ...(date ? { date } : {}), ...(post.nameKey || named ? { nameKey: post.nameKey ?? named!.key } : {}),
      },
    } as Omit<Mention, 'id' | 'start' | 'end'>);
    if (s.tokens[from]!.arabic) skipLetters(doc, m, headClitic(s.tokens[from]!.f, (w) => doc.li.agreements.hasFirst(w)));
  }
}

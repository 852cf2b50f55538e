// Arabic names of bodies, found from their head noun (وزارة، وكالة، قيادة، القوات المسلحة، حزب،
// فريق ...) and grown to the left-to-right idafa chain and its adjectives: "وزارة البيئة
// العراقية", "القوات المسلحة اللبنانية", "دائرة الأمم المتحدة للإجراءات المتعلقة بالألغام".
// A name ends at punctuation, a particle, a known verb or a new coordinated phrase ("والوحدات").
import type { Doc, Mention } from './doc';
import { addMention, mentionsIn, skipLetters } from './doc';
import type { InstitutionParts } from './institution-key';
import { acceptable, addConcept, institutionKey, institutionType, newParts } from './institution-key';
import { endsName, headClitic } from './arabic-words';
import type { SentenceTags } from './tags';

/** Whether token j opens a new phrase: a coordinated word ("وقوات", "والشرطة") or, after a
 *  definite head ("الحركة", "the movement"), a word without the article, which a definite noun
 *  cannot govern in an idafa chain ("الحركة نقاط تفتيش"). */
function newPhrase(doc: Doc, sent: number, j: number, definite: boolean): boolean {
  const t = doc.sentences[sent]!.tokens[j]!;
  if (/^(و|ف)/.test(t.f) && headClitic(t.f, (w) => doc.li.concepts.hasFirst(w)) > 0) return true;
  return definite && !/^(و|ف)?(ب|ك|ل)?ال/.test(t.f);
}

function scan(doc: Doc, sent: number, tags: SentenceTags, parts: InstitutionParts, j: number, definite: boolean): number {
  const s = doc.sentences[sent]!;
  let end = j;
  let unknown = 0;
  while (j < s.tokens.length) {
    const t = s.tokens[j]!;
    const m = tags.mention[j];
    // "وزارة الخارجية اللبنانية إسرائيل": after an adjective, a country is the verb's object.
    const afterAdjective = parts.inner.some((id) => doc.mentions[id]!.kind === 'adjective');
    if (m && (m.kind === 'adjective' || (m.type === 'country' && !afterAdjective))) {
      if (m.type === 'country') parts.country ??= m.country;
      parts.inner.push(m.id);
      end = j = m.to;
      // "قوات سوريا الديمقراطية": a word of the name after the country goes on with it, as
      // "Syrian Democratic Forces" does in English.
      if (m.kind !== 'adjective' && !nameWordAfter(tags, m.to)) break;
      continue;
    }
    // A nationality adjective closes the idafa chain ("قوات إثيوبية خارج إطار البعثة"); a title
    // starts a person's phrase ("رئيس البعثة الممثل الخاص ...").
    if (m || afterAdjective || doc.li.titles.at(s, j) || newPhrase(doc, sent, j, definite)) break;
    const c = tags.concept[j];
    if (c) {
      addConcept(parts, c.concept);
      end = j = c.to;
      continue;
    }
    if (t.f === 'في' && tags.mention[j + 1]?.type === 'country') { j++; continue; }
    if (endsName(doc.li, s, j) || unknown >= 2) break;
    unknown++;
    parts.unknownLower++;
    j++;
  }
  return end;
}

/** A word of an institution's name that says something ("الديمقراطية"), not a weak one ("الوطنية"). */
function nameWordAfter(tags: SentenceTags, k: number): boolean {
  const c = tags.concept[k];
  return !!c && c.from === k && !c.concept.head && !c.concept.weak && !tags.mention[k];
}

/** A known body right after the name with the clitic "ل" ("لطالبان", "لحركة حماس"): its owner. */
function ownedBy(doc: Doc, sent: number, tags: SentenceTags, from: number): Mention | undefined {
  const t = doc.sentences[sent]!.tokens;
  let k = from;
  // At most two definite words of the office's own name first ("السياسي").
  while (k - from < 2 && t[k]?.arabic && /^ال.{3,}/.test(t[k]!.f) && !tags.mention[k] && !doc.li.particles.has(t[k]!.f)) k++;
  const m = tags.mention[k];
  return m && m.from === k && (m.type === 'organization' || m.type === 'agency') && /^(ل|لل)/.test(t[k]!.f) ? m : undefined;
}

/** "جماعة الحوثي", "مشروع مسام": an organisation named by one word right after its head. */
function orgName(doc: Doc, sent: number, tags: SentenceTags, j: number): number {
  const s = doc.sentences[sent]!;
  const t = s.tokens[j];
  if (!t?.arabic || tags.mention[j] || tags.concept[j] || endsName(doc.li, s, j) || doc.li.titles.at(s, j)) return 0;
  return /(ه|يه|ية)$/.test(t.f) && t.f.startsWith('ال') ? 0 : 1;
}

/** "مجلس الأمن الوطني العراقي": a known body's name (مجلس الأمن) that goes on with a word of its
 *  kind and a nationality is a national body of that kind; the known one is dropped. */
function releaseNationalBodies(doc: Doc, sent: number, tags: SentenceTags): void {
  for (const m of mentionsIn(doc, sent)) {
    if (m.nested || m.dropped || !m.key?.startsWith('lex:') || !tags.concept[m.from]?.concept.head) continue;
    let k = m.to;
    while (tags.concept[k] && !tags.mention[k] && k - m.to < 2) k = tags.concept[k]!.to;
    const adj = tags.mention[k];
    if (k === m.to || !adj || adj.kind !== 'adjective' || adj.from !== k) continue;
    m.dropped = m.nested = true;
    for (let i = m.from; i < m.to; i++) tags.mention[i] = undefined;
  }
}

/** Adds a mention for every Arabic institution name headed by a concept noun. */
export function findArabicInstitutions(doc: Doc, sent: number, tags: SentenceTags): void {
  const s = doc.sentences[sent]!;
  releaseNationalBodies(doc, sent, tags);
  for (let i = 0; i < s.tokens.length; i++) {
    const tag = tags.concept[i];
    if (!tag || tag.from !== i || !tag.concept.head || tags.mention[i]) continue;
    const parts = newParts(tag.concept, false);
    const definiteHead = s.tokens[i]!.f.replace(/^(و|ف|ب|ل)/, '').startsWith('ال');
    const named = tag.concept.head === 'organization' && !definiteHead ? orgName(doc, sent, tags, tag.to) : 0;
    if (named) parts.names.push(s.tokens[tag.to]!.f);
    let to = named ? tag.to + 1 : scan(doc, sent, tags, parts, tag.to, definiteHead);
    parts.unknownLower = 0;
    // "وزارة البيئة العراقية": an unknown word with a country is the body's own name.
    if (parts.country && parts.concepts.size === 1) {
      for (let k = tag.to; k < to; k++) if (!tags.concept[k] && !tags.mention[k] && s.tokens[k]!.f !== 'في') parts.names.push(s.tokens[k]!.f);
    }
    const owner = acceptable(parts) ? undefined : ownedBy(doc, sent, tags, to);
    if (owner) {
      // "المكتب السياسي لطالبان": a body's office, named by its words and its owner.
      for (let k = tag.to; k < owner.from; k++) if (!tags.mention[k]) parts.names.push(s.tokens[k]!.f);
      parts.inner.push(owner.id);
      to = owner.from;
    }
    if (!acceptable(parts)) continue;
    for (const id of parts.inner) if (id !== owner?.id) doc.mentions[id]!.nested = true;
    const m = addMention(doc, {
      sent, from: i, to, type: institutionType(parts), kind: 'name', key: institutionKey(parts),
      rule: 'institution.head-ar', conf: 0.75, inner: parts.inner, ...(parts.country ? { country: parts.country } : {}),
    });
    skipLetters(doc, m, headClitic(s.tokens[i]!.f, (w) => doc.li.concepts.hasFirst(w)));
    for (let k = i; k < to; k++) tags.mention[k] = m;
    i = to - 1;
  }
}

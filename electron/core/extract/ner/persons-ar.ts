// Arabic people named with a title: "الرئيس التركي رجب طيب أردوغان" (a definite title, then an
// optional nationality adjective, then the name) and "رئيس لمكا نبراس فاخر" (a title in
// construct state names its body first: a known body, or a single unknown word followed by a
// name of two or more words, taken as the body's name).
import type { Doc, Mention } from './doc';
import { addMention, mentionsIn } from './doc';
import { nameLike } from './arabic-words';
import { postRole } from './persons';
import { tokenKeys } from '../text/words';
import type { SentenceTags } from './tags';

/** Links inside a name ("محمد بن عبد الرحمن آل ثاني"), not counted as its words. */
const NAME_LINKS = new Set(['بن', 'بنت', 'ابن', 'ابو', 'ال']);

function nameRun(doc: Doc, sent: number, j: number, max: number): number {
  const s = doc.sentences[sent]!;
  let k = j;
  let words = 0;
  while (k < s.tokens.length && words < max) {
    const link = k > j && NAME_LINKS.has(s.tokens[k]!.f) && nameLike(doc.li, s, k + 1);
    if (!link && !nameLike(doc.li, s, k) && !(k > j && familyName(doc, sent, k))) break;
    if (!link) words++;
    k++;
  }
  return k;
}

/** After a first name, an article word is a family name ("القصيبي", "البرهان"), not an adjective
 *  of a body or a known word. */
function familyName(doc: Doc, sent: number, k: number): boolean {
  const s = doc.sentences[sent]!;
  const t = s.tokens[k]!;
  if (!t.arabic || !t.f.startsWith('ال') || /ه$/.test(t.f) || doc.li.particles.has(t.f)) return false;
  if (tokenKeys(t).some((k) => doc.li.leaders.has(k) || doc.li.civilians.has(k))) return false;
  return !doc.li.concepts.at(s, k) && !doc.li.titles.at(s, k) && !doc.li.triggers.at(s, k) && !doc.li.speech.at(s, k) && !mentionsIn(doc, sent).some((m) => m.from <= k && k < m.to);
}

function add(doc: Doc, tags: SentenceTags, m: Omit<Mention, 'id' | 'start' | 'end'>): Mention {
  const out = addMention(doc, m);
  for (let k = m.from; k < m.to; k++) tags.mention[k] = out;
  return out;
}

/** The body a construct-state title names at j: a mention, or one unknown word before a name. */
function constructTarget(doc: Doc, sent: number, tags: SentenceTags, j: number): { target?: Mention; next: number } {
  const m = tags.mention[j];
  if (m && m.from === j && m.type !== 'official' && m.type !== 'region') return { target: m, next: m.to };
  const run = nameRun(doc, sent, j, 4);
  if (run - j < 3) return { next: j };
  const org = add(doc, tags, { sent, from: j, to: j + 1, type: 'agency', kind: 'name', rule: 'institution.title-construct-ar', conf: 0.5 });
  return { target: org, next: j + 1 };
}

const POSTING = new Set(['في', 'الي', 'لدي']);

/** "السفير الياباني في العراق NAME", "مدير X في وزارة Y NAME": postings between title and name. */
function skipPostings(doc: Doc, tags: SentenceTags, sent: number, k: number): number {
  const t = doc.sentences[sent]!.tokens;
  while (POSTING.has(t[k]?.f ?? '') && tags.mention[k + 1] && tags.mention[k + 1]!.from === k + 1) k = tags.mention[k + 1]!.to;
  return k;
}

interface Complement {
  next: number;
  target?: Mention;
}

/** The rest of a title before the name: adjectives ("الخاص", "السياسي"), a purpose ("للمصالحة"),
 *  a body it serves ("لطالبان", taken as the target when the title has none), postings and a form
 *  of address ("الملا", "الشيخ"): "المبعوث الأمريكي الخاص للمصالحة في أفغانستان NAME". */
function skipComplement(doc: Doc, tags: SentenceTags, sent: number, k: number, target: Mention | undefined): Complement {
  const t = doc.sentences[sent]!.tokens;
  const out: Complement = { next: k, ...(target ? { target } : {}) };
  for (let steps = 0; steps < 5 && t[out.next]?.arabic; steps++) {
    const j = skipPostings(doc, tags, sent, out.next);
    const w = t[j]?.f ?? '';
    const m = tags.mention[j];
    if (j > out.next) out.next = j;
    else if (doc.li.honorifics.has(w)) out.next = j + 1;
    else if (m && m.from === j && w.startsWith('ل') && (m.type === 'agency' || m.type === 'organization')) {
      out.target ??= m;
      out.next = m.to;
    } else if (!m && /^(ال|لل)/.test(w) && !doc.li.titles.at(doc.sentences[sent]!, j) && !doc.li.particles.has(w)) out.next = j + 1;
    else break;
  }
  return out;
}

export function findArabicPersons(doc: Doc, sent: number, tags: SentenceTags): void {
  const s = doc.sentences[sent]!;
  for (let i = 0; i < s.tokens.length; i++) {
    const hit = doc.li.titles.at(s, i);
    if (!hit || tags.mention[i]) continue;
    const former = doc.li.former.has(s.tokens[hit.to]?.f ?? '');
    const definite = s.tokens[hit.from]!.f.startsWith('ال');
    let k = hit.to;
    let target: Mention | undefined;
    const after = tags.mention[k];
    if (after && after.from === k && (after.kind === 'adjective' || (definite && (after.type === 'agency' || after.type === 'organization')))) {
      target = after;
      k = after.to;
    } else if (!definite) {
      const c = constructTarget(doc, sent, tags, k);
      target = c.target;
      k = c.next;
    }
    let end = nameRun(doc, sent, skipPostings(doc, tags, sent, k), 4);
    if (end - k < 2) {
      const c = skipComplement(doc, tags, sent, k, target);
      k = c.next;
      target = c.target;
      // Four words: "عبد القادر محمد نور" is one name.
      end = nameRun(doc, sent, k, 4);
    } else k = skipPostings(doc, tags, sent, k);
    if (end - k < 2 || tags.mention[k]) continue;
    const person = add(doc, tags, { sent, from: k, to: end, type: 'official', kind: 'name', rule: 'person.title-ar', conf: 0.8 });
    const role = postRole(doc, sent, target, hit.value, hit.from);
    if (!former) doc.roles.push({ person: person.id, role, ...(target ? { target: target.id } : {}), sent, from: hit.from, to: end, rule: `role.title-${role}` });
    i = end - 1;
  }
}

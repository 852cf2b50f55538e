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

/** Where a name starting at j ends, and the nationality mention it ends with when it takes one as
 *  a family name: trial runs leave that mention alone; it is dropped when the name is added. */
interface NameRun {
  end: number;
  nisba?: Mention;
}

function nameRun(doc: Doc, sent: number, j: number, max: number): NameRun {
  const s = doc.sentences[sent]!;
  let k = j;
  let words = 0;
  while (k < s.tokens.length && words < max) {
    const link = k > j && NAME_LINKS.has(s.tokens[k]!.f) && nameLike(doc.li, s, k + 1);
    // "محمد شياع السوداني": after two name words a nisba is a family name, not a nationality.
    const family = words >= 2 ? nisba(doc, sent, k) : undefined;
    if (family) return { end: k + 1, nisba: family };
    // "معين عبد الملك", "محمد عبد السلام": the word after "عبد" completes the name even when it
    // is also a title or a common word.
    const servant = k > j && s.tokens[k - 1]!.f === 'عبد' && s.tokens[k]!.arabic && !doc.li.particles.has(s.tokens[k]!.f);
    if (!link && !servant && !nameLike(doc.li, s, k) && !(k > j && familyName(doc, sent, k))) break;
    if (!link) words++;
    k++;
  }
  return { end: k };
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

/** A nationality adjective with the article, alone, that may end a name. */
function nisba(doc: Doc, sent: number, k: number): Mention | undefined {
  const m = mentionsIn(doc, sent).find((x) => x.from === k && !x.nested && !x.dropped);
  return m && m.kind === 'adjective' && m.to === k + 1 && doc.sentences[sent]!.tokens[k]!.f.startsWith('ال') ? m : undefined;
}

function add(doc: Doc, tags: SentenceTags, m: Omit<Mention, 'id' | 'start' | 'end'>): Mention {
  const out = addMention(doc, m);
  for (let k = m.from; k < m.to; k++) {
    // "هشام رياض": a place the gazetteer found inside a person's name is a word of the name.
    const inner = tags.mention[k];
    if (m.type === 'official' && inner && inner.from >= m.from && inner.to <= m.to && (inner.type === 'region' || inner.type === 'country')) inner.dropped = inner.nested = true;
    tags.mention[k] = out;
  }
  return out;
}

/** The body a construct-state title names at j: a mention, or one unknown word before a name. */
function constructTarget(doc: Doc, sent: number, tags: SentenceTags, j: number): { target?: Mention; next: number } {
  const m = tags.mention[j];
  if (m && m.from === j && m.type !== 'official' && m.type !== 'region') return { target: m, next: m.to };
  // "رئيس إقليم كردستان NAME": a place in the title is no body the person leads.
  if (m && m.from === j && m.type === 'region') return { next: m.to };
  const s = doc.sentences[sent]!;
  // "رئيس حكومة الإقليم NAME": an unknown head and its definite complement name the body.
  const genitive = !tags.mention[j + 1] && /^ال.{3,}/.test(s.tokens[j + 1]?.f ?? '') && !doc.li.particles.has(s.tokens[j + 1]!.f);
  const width = genitive && nameLike(doc.li, s, j) && nameRun(doc, sent, j + 2, 4).end - (j + 2) >= 2 ? 2 : 1;
  // "وزير خارجيتها NAME": a word with a pronoun suffix refers back; it names no body.
  if ((width === 1 && nameRun(doc, sent, j, 4).end - j < 3) || /(ها|هم|هما)$/.test(s.tokens[j]?.f ?? '')) return { next: j };
  const org = add(doc, tags, { sent, from: j, to: j + width, type: 'agency', kind: 'name', rule: 'institution.title-construct-ar', conf: 0.5 });
  return { target: org, next: j + width };
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
function skipComplement(doc: Doc, tags: SentenceTags, sent: number, k: number, target: Mention | undefined, throughTitles = false): Complement {
  const t = doc.sentences[sent]!.tokens;
  const out: Complement = { next: k, ...(target ? { target } : {}) };
  for (let steps = 0; steps < 6 && t[out.next]?.arabic; steps++) {
    const j = skipPostings(doc, tags, sent, out.next);
    const w = t[j]?.f ?? '';
    const m = tags.mention[j];
    if (j > out.next) out.next = j;
    else if (doc.li.honorifics.has(w)) out.next = j + 1;
    // "المبعوث الخاص للرئيس الروسي", "كبير مساعدي وزير الخارجية الإيراني": in an apposition, the
    // principal's title is a complement.
    else if (throughTitles && doc.li.titles.at(doc.sentences[sent]!, j)) out.next = doc.li.titles.at(doc.sentences[sent]!, j)!.to;
    else if (m && m.from === j && w.startsWith('ل') && (m.type === 'agency' || m.type === 'organization')) {
      out.target ??= m;
      out.next = m.to;
    } else if (m && m.from === j && w.startsWith('ل') && m.type === 'region') {
      // "مبعوثه للشرق الأوسط NAME": a region the post is for is its remit.
      out.next = m.to;
    } else if (m && m.from === j && m.kind === 'adjective') {
      // "وزير النقل العراقي NAME": the nationality after the portfolio names the country.
      out.target ??= m;
      out.next = m.to;
    } else if (!m && (/^(و?ال|لل)/.test(w) || (w.length >= 5 && /(ها|هما|هم)$/.test(w))) && !doc.li.titles.at(doc.sentences[sent]!, j) && !doc.li.particles.has(w)) out.next = j + 1;
    else break;
  }
  return out;
}

/** A word starting with "و" that is no cue, title or body word: a name's, when the context says so. */
function wawName(doc: Doc, sent: number, tags: SentenceTags, k: number): boolean {
  const s = doc.sentences[sent]!;
  const t = s.tokens[k];
  if (!t?.arabic || !t.f.startsWith('و') || t.f.length < 4 || tags.mention[k] || t.f.startsWith('وال')) return false;
  return !doc.li.particles.has(t.f.slice(1)) && !doc.li.concepts.at(s, k) && !doc.li.titles.at(s, k) && !doc.li.triggers.at(s, k) && !doc.li.speech.at(s, k);
}

function surnameWithWaw(doc: Doc, sent: number, tags: SentenceTags, k: number): boolean {
  return wawName(doc, sent, tags, k) && !nameLike(doc.li, doc.sentences[sent]!, k + 1);
}

/** A one-word place the gazetteer found where a titled name starts ("فلاديمير بوتين" after
 *  "للرئيس الروسي") is a first name: the place mention is dropped. */
function placeAsFirstName(tags: SentenceTags, k: number, end: number): boolean {
  const m = tags.mention[k];
  if (!m || m.type !== 'region' || m.to !== k + 1 || end - k < 2 || tags.mention[k + 1]) return false;
  m.dropped = m.nested = true;
  tags.mention[k] = undefined;
  return true;
}

/** What follows a title up to the name: its body or country, and where the name starts. */
function titleComplement(doc: Doc, sent: number, tags: SentenceTags, from: number, to: number): Complement {
  const definite = doc.sentences[sent]!.tokens[from]!.f.startsWith('ال');
  const after = tags.mention[to];
  if (after && after.from === to && (after.kind === 'adjective' || (definite && (after.type === 'agency' || after.type === 'organization')))) {
    return { target: after, next: after.to };
  }
  if (definite) return { next: to };
  // "وزير الخارجية بدر عبد العاطي": a title that ends in its own definite complement names no
  // further body; the name follows.
  if (to - from > 1 && doc.sentences[sent]!.tokens[to - 1]!.f.startsWith('ال')) return { next: to };
  const c = constructTarget(doc, sent, tags, to);
  return { next: c.next, ...(c.target ? { target: c.target } : {}) };
}

function addRole(doc: Doc, sent: number, person: Mention, target: Mention | undefined, title: { from: number; value: 'heads' | 'represents' }, span: [number, number]): void {
  const role = postRole(doc, sent, target, title.value, title.from);
  doc.roles.push({ person: person.id, role, ...(target ? { target: target.id } : {}), sent, from: span[0], to: span[1], rule: `role.title-${role}` });
}

/** "ألكسندر لافرنتييف، المبعوث الخاص للرئيس الروسي": a name of two to four words, a comma, and a
 *  title. */
function apposition(doc: Doc, sent: number, tags: SentenceTags, title: { from: number; to: number; value: 'heads' | 'represents' }): void {
  const s = doc.sentences[sent]!;
  const comma = title.from - 1;
  if (s.tokens[comma]?.f !== '،' && s.tokens[comma]?.f !== ',') return;
  let b = comma;
  while (b > 0 && comma - b < 4 && nameLike(doc.li, s, b - 1) && !tags.mention[b - 1]) b--;
  if (comma - b < 2 || nameRun(doc, sent, b, 4).end < comma) return;
  const person = add(doc, tags, { sent, from: b, to: comma, type: 'official', kind: 'name', rule: 'person.apposition-ar', conf: 0.7 });
  const c = skipComplement(doc, tags, sent, title.to, titleComplement(doc, sent, tags, title.from, title.to).target, true);
  addRole(doc, sent, person, c.target, title, [b, c.next]);
}

export function findArabicPersons(doc: Doc, sent: number, tags: SentenceTags): void {
  const s = doc.sentences[sent]!;
  let previous: { from: number; to: number; value: 'heads' | 'represents' } | undefined;
  for (let i = 0; i < s.tokens.length; i++) {
    const found = doc.li.titles.at(s, i);
    if (!found || tags.mention[i]) continue;
    // "رئيس مجلس الوزراء وزير الخارجية القطري NAME": of two stacked titles, a head of state or
    // government's gives the role, unless it is itself a deputy's ("نائب رئيس مجلس الوزراء").
    const head = previous && previous.to === found.from && doc.li.stateTitles.at(s, previous.from) && !doc.li.titles.at(s, previous.from - 1);
    const stacked = head ? previous : undefined;
    previous = found;
    const former = doc.li.former.has(s.tokens[found.to]?.f ?? '');
    if (!former) apposition(doc, sent, tags, found);
    let { next: k, target } = titleComplement(doc, sent, tags, found.from, found.to);
    // "اللواء أركان حرب هشام رياض", "الدكتورة رانيا المشاط": forms of address before the name.
    while (doc.li.honorifics.has(s.tokens[k]?.f ?? '') && !tags.mention[k]) k++;
    // A body right after the title's complement ("رئيس المكتب السياسي لطالبان") is no name.
    const bodyNext = tags.mention[k] && tags.mention[k]!.type !== 'region';
    let run = bodyNext ? { end: k } : nameRun(doc, sent, skipPostings(doc, tags, sent, k), 4);
    if (run.end - k < 2) {
      const c = skipComplement(doc, tags, sent, k, target);
      k = c.next;
      target = c.target;
      // Four words: "عبد القادر محمد نور" is one name.
      run = nameRun(doc, sent, k, 4);
    } else k = skipPostings(doc, tags, sent, k);
    let { end } = run;
    // "مبعوثه ستيف ويتكوف": after a title, a one-word name goes on with a family name that starts
    // with "و" (read elsewhere as "and ...").
    if (end - k === 1 && surnameWithWaw(doc, sent, tags, end)) end++;
    // "المتحدث باسم المفوضية ويليام سبيندلر": a first name may start with "و" too.
    if (end === k && wawName(doc, sent, tags, k) && nameLike(doc.li, s, k + 1)) end = nameRun(doc, sent, k + 1, 3).end;
    if (end - k < 2 || (tags.mention[k] && !placeAsFirstName(tags, k, end))) continue;
    if (run.nisba) run.nisba.dropped = run.nisba.nested = true;
    const person = add(doc, tags, { sent, from: k, to: end, type: 'official', kind: 'name', rule: 'person.title-ar', conf: 0.8 });
    if (!former) addRole(doc, sent, person, target, stacked ?? found, [(stacked ?? found).from, end]);
    i = end - 1;
  }
}

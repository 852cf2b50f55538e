// The country a title of office acts for when the text names none: "President Daniel Chapo
// said", "le Premier ministre Ousmane Sonko", "قال الرئيس محمد إدريس ديبي". Journalists leave out
// the country of the one the story is about, so a head of state or government heads, and a
// minister, ambassador or government spokesperson represents, the one country the sentence names
// (other than the one a counterpart's title names), or else the country the article names most,
// when one clearly does. And a counterpart ("his Rwandan counterpart, Paul Kagame") holds the same
// office as the one he meets: beside a head of state or government, he heads his country.
import type { Doc, Mention, Role } from '../ner/doc';
import { mentionsIn } from '../ner/doc';
import type { EntityOf } from './structural';

const isCountry = (m: Mention): boolean => m.type === 'country' && !m.dropped && !m.nested && (m.kind === 'name' || m.kind === 'adjective');
const GENITIVES = new Set(['of', 'de', 'du', 'des', 'd']);

/** The country the article names most (as a name or a nationality), if no other comes as close
 *  or, among those named as often, the one named in the headline or the lead's first sentence. */
function mainCountry(doc: Doc, ent: EntityOf): Mention | undefined {
  const counts = new Map<string, { n: number; first: Mention }>();
  for (const m of doc.mentions) {
    const e = isCountry(m) ? ent(m) : undefined;
    if (!e) continue;
    const c = counts.get(e);
    if (c) c.n++;
    else counts.set(e, { n: 1, first: m });
  }
  const [best, second] = [...counts.values()].sort((a, b) => b.n - a.n || a.first.start - b.first.start);
  // On a tie, the country the headline or lead names first is the story's.
  return best && (!second || best.n > second.n || best.first.sent <= 1) ? best.first : undefined;
}

/** The countries of a sentence by entity, outside other titles' complements, that pass `keep`. */
function countriesIn(doc: Doc, sent: number, ent: EntityOf, keep: (m: Mention) => boolean, role?: Role): Mention[] {
  // "German Ambassador X met Foreign Minister Y": another title's country is not this one's.
  const others = doc.roles.filter((r) => r !== role && r.sent === sent);
  const ofOther = (m: Mention): boolean => others.some((r) => r.target === m.id || (r.from <= m.from && m.to <= r.to));
  const found = new Map<string, Mention>();
  for (const m of mentionsIn(doc, sent).filter((x) => isCountry(x) && !ofOther(x) && keep(x)).sort((a, b) => a.from - b.from)) {
    const e = ent(m);
    if (e && !found.has(e)) found.set(e, m);
  }
  return [...found.values()];
}

/** "Turkey ... was cautious. President X said": the country that opens the sentence before, in the
 *  same paragraph. */
function openingCountry(doc: Doc, sent: number, ent: EntityOf): Mention | undefined {
  const prev = doc.sentences[sent - 1];
  if (!prev || prev.paragraph !== doc.sentences[sent]!.paragraph) return undefined;
  const first = countriesIn(doc, sent - 1, ent, () => true)[0];
  return first && first.from <= 1 && first.kind === 'name' ? first : undefined;
}

/** "received the Japanese ambassador", "l'ambassadeur japonais", "السفير الياباني": a nationality
 *  beside a title with no name is that other official's. */
function inUnnamedTitle(doc: Doc, sent: number, m: Mention): boolean {
  const s = doc.sentences[sent]!;
  if (doc.li.titles.at(s, m.to)) return true;
  for (let k = Math.max(0, m.from - 3); k < m.from; k++) if (doc.li.titles.at(s, k)?.to === m.from) return true;
  return false;
}

/** Evidence for the country, nearest first: a possessive's owner, the one country named before the
 *  title, the one nationality named after it (names after it are mostly the objects of what the
 *  official does: "thanked Japan"), the country that opens the sentence before, the article's.
 *  "German Ambassador X met Foreign Minister Y": never the country of another title beside it. */
function impliedCountry(doc: Doc, role: Role, ent: EntityOf, main: () => Mention | undefined): Mention | undefined {
  const s = doc.sentences[role.sent]!;
  const person = doc.mentions[role.person]!;
  const taken = new Set(doc.roles.filter((r) => r !== role && r.sent === role.sent && r.target !== undefined).map((r) => ent(doc.mentions[r.target!])));
  const free = (m: Mention | undefined): Mention | undefined => (m && !taken.has(ent(m)) ? m : undefined);
  // "the American official ... met Prime Minister X": a country before the meeting is his guest's.
  const met = (m: Mention): boolean => s.tokens.slice(m.to, role.from).some((_, k) => doc.li.triggers.at(s, m.to + k)?.value.rel === 'meets');
  const before = countriesIn(doc, role.sent, ent, (m) => m.to <= role.from && !met(m), role);
  const owner = s.tokens[role.from - 1]?.f ?? '';
  if (doc.li.personPossessives.has(owner) || doc.li.bodyPossessives.has(owner)) return free(before[0]);
  // "Kampala, allié de longue date du président Kiir": a title in a complement is another's ally,
  // guest or partner; what comes before it says nothing of his country.
  const complement = GENITIVES.has(s.tokens[role.from - 1]?.f ?? '');
  if (before.length && !complement) return before.length === 1 ? free(before[0]) : undefined;
  const nationalities = countriesIn(doc, role.sent, ent, (m) => m.from >= person.to && m.kind === 'adjective' && !inUnnamedTitle(doc, role.sent, m), role);
  if (nationalities.length) return nationalities.length === 1 ? free(nationalities[0]) : undefined;
  // Countries named after him are what he acts on ("thanked Japan", "a salué le rôle du Tchad").
  for (const m of countriesIn(doc, role.sent, ent, (x) => x.from >= person.to)) taken.add(ent(m));
  return free(openingCountry(doc, role.sent, ent)) ?? free(closeMain(doc, role, ent, main()));
}

/** The article's main country, if it is near this named official: it, or a place in it, is named in
 *  his sentence, the one before it or the one after it in his paragraph, or another of his titles
 *  names it. "President Trump said" in a story about Ukraine does not make Trump head Ukraine. */
function closeMain(doc: Doc, role: Role, ent: EntityOf, main: Mention | undefined): Mention | undefined {
  const e = main && ent(main);
  if (!e) return undefined;
  const code = main.key?.startsWith('iso:') ? main.key.slice(4) : undefined;
  const inMain = (m: Mention): boolean => !m.dropped && (ent(m) === e || (!!code && m.type === 'region' && (m.key === `city:${code}` || !!m.key?.startsWith(`iso:${code}-`))));
  const next = doc.sentences[role.sent + 1]?.paragraph === doc.sentences[role.sent]!.paragraph ? role.sent + 1 : role.sent;
  if ([role.sent - 1, role.sent, next].some((k) => k >= 0 && mentionsIn(doc, k).some(inMain))) return main;
  const person = ent(doc.mentions[role.person]);
  return doc.roles.some((r) => r.target !== undefined && ent(doc.mentions[r.person]) === person && ent(doc.mentions[r.target]) === e) ? main : undefined;
}

/** "ورحب الرئيس الأمريكي جو بايدن ... مبعوثه بريت ماكغورك", "his envoy": a possessive title is
 *  owned by the titled official named last before it (in the sentence, else the one before it in
 *  the paragraph), and acts for his country. */
function ownerCountry(doc: Doc, role: Role): Mention | undefined {
  const s = doc.sentences[role.sent]!;
  const first = s.tokens[role.from]!;
  const suffixed = first.arabic && /(ه|ها)$/.test(doc.text.slice(first.start, first.end));
  // "its spokesperson" belongs to a body, not to an official.
  if (!suffixed && !doc.li.personPossessives.has(s.tokens[role.from - 1]?.f ?? '')) return undefined;
  const prevSent = doc.sentences[role.sent - 1];
  const near = (r: Role): boolean => (r.sent === role.sent && r.to <= role.from) || (r.sent === role.sent - 1 && prevSent?.paragraph === s.paragraph);
  const owner = doc.roles.filter((r) => r !== role && r.target !== undefined && near(r) && doc.mentions[r.target]!.type === 'country').pop();
  return owner ? doc.mentions[owner.target!] : undefined;
}

/** The country an untargeted state or national title acts for, and the role it gives. */
export function titleCountry(doc: Doc, role: Role, ent: EntityOf, main: () => Mention | undefined): { target: Mention; role: Role['role'] } | undefined {
  const s = doc.sentences[role.sent]!;
  const state = !!doc.li.stateTitles.at(s, role.from);
  const owner = ownerCountry(doc, role);
  if (owner) return { target: owner, role: state ? 'heads' : 'represents' };
  if (!state && !doc.li.nationalTitles.at(s, role.from)) return undefined;
  // "the company's president": a possessive owner that is no body or country is not a state.
  if (s.tokens[role.from - 1]?.f === 's' && s.tokens[role.from - 2]?.f === "'") return undefined;
  // "Ukrainian Economy Minister X" heads his ministry; "رئيس إقليم كردستان X" leads a region, "the
  // head of the military government" a body the text does not name.
  const person = doc.mentions[role.person]!;
  const inTitle = mentionsIn(doc, role.sent).some((m) => !m.dropped && m !== person && m.type !== 'agreement' && ((m.from >= role.from && m.to <= person.from) || (m.to <= role.from && m.to >= role.from - 1)));
  if (inTitle) return undefined;
  const ministry = portfolioMinistry(doc, role, ent);
  if (ministry) return { target: ministry, role: 'heads' };
  const target = impliedCountry(doc, role, ent, main);
  return target ? { target, role: state ? 'heads' : 'represents' } : undefined;
}

/** "أعلنت وزارة الخارجية المصرية ... وقال وزير الخارجية X": a minister whose portfolio names the
 *  one ministry of that portfolio named so far in his paragraph or the one before it heads it. */
function portfolioMinistry(doc: Doc, role: Role, ent: EntityOf): Mention | undefined {
  const s = doc.sentences[role.sent]!;
  const person = doc.mentions[role.person]!;
  const portfolio = new Set<string>();
  for (let k = role.from; k < person.from; k++) {
    const c = doc.li.concepts.at(s, k)?.value;
    if (c && !c.head && !c.weak) portfolio.add(c.id);
  }
  if (!portfolio.size) return undefined;
  // This paragraph up to his sentence, and the paragraph before it.
  const sents: number[] = [];
  for (let k = role.sent; k >= 0 && doc.sentences[k]!.paragraph >= s.paragraph - 1; k--) sents.push(k);
  const found = new Map<string, Mention>();
  for (const sent of sents) {
    for (const m of mentionsIn(doc, sent)) {
      const key = m.key ?? '';
      if (m.dropped || m.type !== 'agency' || !key.startsWith('inst:') || (sent === role.sent && m.from >= role.from)) continue;
      const concepts = key.split(':')[2]!.split('+');
      if (concepts.includes('MINISTRY') && [...portfolio].every((c) => concepts.includes(c))) found.set(ent(m) ?? key, m);
    }
  }
  return found.size === 1 ? [...found.values()][0] : undefined;
}

/** A counterpart named beside a head of state or government heads the country his title names. */
export function counterpartRole(doc: Doc, role: Role, target: Mention): Role['role'] {
  if (role.role !== 'represents' || target.type !== 'country') return role.role;
  const s = doc.sentences[role.sent]!;
  let counterpart = false;
  for (let k = role.from; k < role.to && !counterpart; k++) counterpart = !!doc.li.counterpartTitles.at(s, k);
  return counterpart && s.tokens.some((_, k) => !!doc.li.stateTitles.at(s, k)) ? 'heads' : role.role;
}

export function mainCountryOf(doc: Doc, ent: EntityOf): () => Mention | undefined {
  let cached: { m: Mention | undefined } | undefined;
  return () => (cached ??= { m: mainCountry(doc, ent) }).m;
}

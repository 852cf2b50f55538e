// The lexicon compiled for one language: phrase indices for titles, institution words, agreement
// nouns, relation cues and grammar words. Built on first use and cached with the lexicon.
import type { Lang } from '../../../../shared/domain';
import { foldPattern } from '../text/fold-map';
import { FirstWords, PhraseIndex, phraseWord } from '../text/words';
import type { Lexicon, TriggerEntry } from './load';

export interface Concept {
  id: string;
  head?: 'agency' | 'organization' | 'armed';
  weak: boolean;
}

export interface LangIndex {
  lang: Lang;
  titles: PhraseIndex<'heads' | 'represents'>;
  stateTitles: PhraseIndex<true>;
  /** Government titles (ministers, ambassadors) that act for a country when none is named. */
  nationalTitles: PhraseIndex<true>;
  counterpartTitles: PhraseIndex<true>;
  concepts: PhraseIndex<Concept>;
  agreements: PhraseIndex<{ kind: string; strong: boolean }>;
  qualifiers: PhraseIndex<true>;
  notNew: Set<string>;
  quantifiers: Set<string>;
  /** "the talks were facilitated by X": nouns for the talks that produced the article's agreement. */
  talks: Set<string>;
  placeAfter: PhraseIndex<true>;
  placeBefore: PhraseIndex<true>;
  features: PhraseIndex<true>;
  /** "including", "dont", "منها": after a place noun, the names that follow are its members. */
  members: PhraseIndex<true>;
  triggers: PhraseIndex<TriggerEntry>;
  support: PhraseIndex<true>;
  speech: PhraseIndex<true>;
  blame: PhraseIndex<true>;
  /** Nouns of attack whose nationality adjective is the attacker ("Russian strikes", "الغارات الإسرائيلية"). */
  agentNouns: Set<string>;
  months: PhraseIndex<number>;
  pairs: PhraseIndex<true>;
  sides: PhraseIndex<true>;
  relatives: Set<string>;
  connectors: Set<string>;
  determiners: Set<string>;
  clauseBreaks: Set<string>;
  stopCaps: Set<string>;
  weekdays: Set<string>;
  yearWords: Set<string>;
  leaders: Set<string>;
  civilians: Set<string>;
  particles: Set<string>;
  sources: PhraseIndex<true>;
  /** "known as", "connu sous le nom de": another name of the body just named follows. */
  knownAs: PhraseIndex<true>;
  /** Folded abbreviations that end in a dot inside a sentence ("m", "gen"). */
  abbreviations: Set<string>;
  /** "the government" with no country beside it: the article's main country. */
  government: PhraseIndex<true>;
  /** "les deux hommes": the last two officials named. */
  twoPeople: PhraseIndex<true>;
  former: Set<string>;
  /** Forms of address between a title and a name ("الشيخ", "mollah"). */
  honorifics: Set<string>;
  /** Words next to a capital that make it the city, not its state ("the capital X", "X-based"). */
  cityBefore: Set<string>;
  cityAfter: Set<string>;
  locatives: Set<string>;
  directions: Set<string>;
  /** Currency words: a country beside one is the currency's ("US dollars"), not a mention. */
  currencies: Set<string>;
  /** "through X, Y gave": the body after one is the channel, not the actor. */
  channels: Set<string>;
  /** Possessives before a title that name its owner: a person's ("his envoy"), a body's ("its
   *  spokesperson", French "sa cheffe" either). */
  personPossessives: Set<string>;
  bodyPossessives: Set<string>;
  /** Subject pronouns that stand for an actor named in the sentence before ("In January it disbursed"). */
  pronouns: Set<string>;
  /** "a visit to Baghdad", "زيارة ... إلى بغداد": a capital one travels to is the city. */
  travelWords: Set<string>;
  travelTo: Set<string>;
  furniture: string[];
}

const word = (w: string) => phraseWord(foldPattern(w));
const set = (ws: string[]) => new Set(ws.map(word));

/** First words of every phrase index of the language being built (see PhraseIndex). */
let firsts: FirstWords | undefined;

function index<T>(entries: Iterable<[string, T]>): PhraseIndex<T> {
  const p = new PhraseIndex<T>(firsts);
  for (const [phrase, value] of entries) p.add(phrase, value);
  return p;
}

const all = (ws: string[]) => ws.map((w) => [w, true] as [string, true]);

function conceptIndex(lex: Lexicon, lang: Lang): PhraseIndex<Concept> {
  const out: Array<[string, Concept]> = [];
  for (const [id, c] of Object.entries(lex.concepts)) {
    for (const w of c[lang]) out.push([w, { id, ...(c.head ? { head: c.head } : {}), weak: c.weak ?? false }]);
  }
  return index(out);
}

function build(lex: Lexicon, lang: Lang): LangIndex {
  firsts = new FirstWords();
  try {
    return buildIndexes(lex, lang);
  } finally {
    firsts = undefined;
  }
}

function buildIndexes(lex: Lexicon, lang: Lang): LangIndex {
  const g = lex.language;
  const nouns = lex.agreements.nouns[lang];
  const heads = lex.places.heads;
  return {
    lang,
    titles: index([...lex.titles[lang].heads.map((t) => [t, 'heads'] as [string, 'heads']), ...lex.titles[lang].represents.map((t) => [t, 'represents'] as [string, 'represents'])]),
    concepts: conceptIndex(lex, lang),
    stateTitles: index(all(lex.stateTitles[lang])),
    nationalTitles: index(all(lex.nationalTitles[lang])),
    counterpartTitles: index(all(lex.counterpartTitles[lang])),
    agreements: index([
      ...Object.entries(nouns.strong).map(([n, kind]) => [n, { kind, strong: true }] as [string, { kind: string; strong: boolean }]),
      ...Object.entries(nouns.weak).map(([n, kind]) => [n, { kind, strong: false }] as [string, { kind: string; strong: boolean }]),
    ]),
    qualifiers: index(all(lex.agreements.qualifiers[lang])),
    notNew: set(lex.agreements.notNew[lang]),
    quantifiers: set(lex.agreements.quantifiers[lang]),
    talks: set(lex.agreements.talks[lang]),
    placeAfter: index(all(heads[lang].after)),
    placeBefore: index(all(lang === 'en' ? heads.en.before : [])),
    features: index(all(lex.places.features[lang])),
    members: index(all(lex.places.members[lang])),
    triggers: index(lex.triggers.triggers.flatMap((t) => t[lang].map((cue) => [cue, t] as [string, TriggerEntry]))),
    support: index(all(lex.triggers.support[lang])),
    speech: index(all(lex.triggers.speech[lang])),
    blame: index(all(lex.triggers.blame[lang])),
    agentNouns: set(lex.triggers.agentNouns[lang]),
    months: index(Object.entries(g.months[lang])),
    pairs: index(all(g.pairs[lang])),
    sides: index(all(g.sides[lang])),
    relatives: new Set(g.relatives[lang].map((w) => foldPattern(w))),
    connectors: set(g.connectors[lang]),
    determiners: set(g.determiners[lang]),
    clauseBreaks: set(g.clauseBreaks[lang]),
    stopCaps: set(g.stopCaps[lang]),
    weekdays: set(g.weekdays[lang]),
    yearWords: set(g.yearWords[lang]),
    leaders: set(g.leaders[lang]),
    civilians: set(g.civilians[lang]),
    sources: index(all(g.sources[lang])),
    knownAs: index(all(g.knownAs[lang])),
    abbreviations: set(g.abbreviations[lang]),
    government: index(all(g.government[lang])),
    twoPeople: index(all(g.twoPeople[lang])),
    former: set(g.former[lang]),
    honorifics: new Set(g.honorifics[lang].map((w) => foldPattern(w))),
    cityBefore: new Set(g.cityCues[lang].before.map((w) => foldPattern(w))),
    cityAfter: new Set(g.cityCues[lang].after.map((w) => foldPattern(w))),
    directions: new Set(g.directions[lang].map((w) => foldPattern(w))),
    locatives: set(g.locatives[lang].filter((w) => !w.includes(' '))),
    particles: new Set(g.particles[lang].map((w) => foldPattern(w))),
    currencies: set(g.currencies[lang]),
    channels: set(g.channels[lang]),
    personPossessives: set(g.possessives[lang].person),
    bodyPossessives: set(g.possessives[lang].body),
    pronouns: set(g.pronouns[lang]),
    travelWords: new Set(g.travel[lang].words.map((w) => foldPattern(w))),
    travelTo: new Set(g.travel[lang].to.map((w) => foldPattern(w))),
    furniture: g.furniture[lang].map((f) => foldPattern(f)),
  };
}

const CACHE = new WeakMap<Lexicon, Map<Lang, LangIndex>>();

export function langIndex(lex: Lexicon, lang: Lang): LangIndex {
  let m = CACHE.get(lex);
  if (!m) {
    m = new Map();
    CACHE.set(lex, m);
  }
  let li = m.get(lang);
  if (!li) {
    li = build(lex, lang);
    m.set(lang, li);
  }
  return li;
}

// Reads the analyst-editable lexicon (resources/lexicon/*.json) once per directory and checks its
// shape, so that a typo in a data file fails with the file's name and the path of the bad field
// instead of a silent miss. Nothing is read at import time: the first extraction loads it.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';

const byLang = <T extends z.ZodType>(t: T) => z.object({ en: t, fr: t, ar: t });
const words = z.array(z.string());
const names = z.object({ en: words.optional(), fr: words.optional(), ar: words.optional() });

const Bodies = z.object({
  bodies: z.array(z.object({ id: z.string(), type: z.enum(['agency', 'organization']), partOf: z.string().optional(), head: z.string().optional(), names })),
});
const Capitals = z.object({ capitals: z.record(z.string(), z.tuple([z.string(), z.string(), z.string()])) });
const CountryAliases = z.object({
  aliases: z.record(z.string(), z.object({ en: words, fr: words, ar: words })),
  /** Masculine singular adjectives that i18n-nationality lacks; one may name several countries. */
  adjectives: z.record(z.string(), z.object({ en: words, fr: words })),
  ambiguous: words,
});
const NationalityAr = z.object({
  adjectives: z.record(z.string(), z.string()),
  variants: z.record(z.string(), words),
});
const Concepts = z.object({
  concepts: z.record(
    z.string(),
    z.object({ head: z.enum(['agency', 'organization', 'armed']).optional(), weak: z.boolean().optional(), en: words, fr: words, ar: words }),
  ),
});
const Titles = z.object({ titles: byLang(z.object({ heads: words, represents: words })), state: byLang(words), national: byLang(words), counterpart: byLang(words) });
const NounKinds = z.object({ strong: z.record(z.string(), z.string()), weak: z.record(z.string(), z.string()) });
const Agreements = z.object({
  nouns: byLang(NounKinds),
  qualifiers: byLang(words),
  notNew: byLang(words),
  quantifiers: byLang(words),
  talks: byLang(words),
});
const Places = z.object({
  places: z.array(z.object({ id: z.string(), names })),
  heads: z.object({
    en: z.object({ after: words, before: words }),
    fr: z.object({ after: words }),
    ar: z.object({ after: words }),
  }),
  features: byLang(words),
  members: byLang(words),
});
const Trigger = z.object({
  rel: z.string(),
  frame: z.enum(['svo', 'passive', 'mutual', 'obliges', 'subject', 'withdraw']),
  needs: z.enum(['money', 'adjacent']).optional(),
  actors: words,
  targets: words,
  en: words,
  fr: words,
  ar: words,
});
const Triggers = z.object({
  triggers: z.array(Trigger),
  affixes: z.object({ en: z.record(z.string(), z.string()) }),
  support: byLang(words),
  speech: byLang(words),
  blame: byLang(words),
  agentNouns: byLang(words),
});
const Language = z.object({
  connectors: byLang(words),
  determiners: byLang(words),
  clauseBreaks: byLang(words),
  stopCaps: byLang(words),
  months: byLang(z.record(z.string(), z.number())),
  weekdays: byLang(words),
  yearWords: byLang(words),
  furniture: byLang(words),
  pairs: byLang(words),
  leaders: byLang(words),
  civilians: byLang(words),
  particles: byLang(words),
  sources: byLang(words),
  former: byLang(words),
  honorifics: byLang(words),
  cityCues: byLang(z.object({ before: words, after: words })),
  locatives: byLang(words),
  directions: byLang(words),
  sides: byLang(words),
  relatives: byLang(words),
  currencies: byLang(words),
  channels: byLang(words),
  possessives: byLang(z.object({ person: words, body: words })),
  pronouns: byLang(words),
  travel: byLang(z.object({ words, to: words })),
  knownAs: byLang(words),
  abbreviations: byLang(words),
  government: byLang(words),
  twoPeople: byLang(words),
});

export type TriggerEntry = z.infer<typeof Trigger>;

export interface Lexicon {
  bodies: z.infer<typeof Bodies>['bodies'];
  capitals: z.infer<typeof Capitals>['capitals'];
  countryAliases: z.infer<typeof CountryAliases>;
  nationalityAr: z.infer<typeof NationalityAr>;
  concepts: z.infer<typeof Concepts>['concepts'];
  titles: z.infer<typeof Titles>['titles'];
  stateTitles: z.infer<typeof Titles>['state'];
  nationalTitles: z.infer<typeof Titles>['national'];
  counterpartTitles: z.infer<typeof Titles>['counterpart'];
  agreements: z.infer<typeof Agreements>;
  places: z.infer<typeof Places>;
  triggers: z.infer<typeof Triggers>;
  language: z.infer<typeof Language>;
}

/** resources/lexicon of this checkout; the app passes its own resources path instead. */
export const DEFAULT_LEXICON_DIR = fileURLToPath(new URL('../../../../resources/lexicon/', import.meta.url));

function read<T extends z.ZodType>(dir: string, file: string, schema: T): z.infer<T> {
  const path = join(dir, file);
  const parsed = schema.safeParse(JSON.parse(readFileSync(path, 'utf8')));
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`lexicon ${path}: ${issue?.path.join('.') ?? ''}: ${issue?.message ?? 'invalid'}`);
  }
  return parsed.data;
}

function titlesOf(t: z.infer<typeof Titles>): Pick<Lexicon, 'titles' | 'stateTitles' | 'nationalTitles' | 'counterpartTitles'> {
  return { titles: t.titles, stateTitles: t.state, nationalTitles: t.national, counterpartTitles: t.counterpart };
}

const CACHE = new Map<string, Lexicon>();

export function loadLexicon(dir: string = DEFAULT_LEXICON_DIR): Lexicon {
  const hit = CACHE.get(dir);
  if (hit) return hit;
  const lex: Lexicon = {
    bodies: read(dir, 'bodies.json', Bodies).bodies,
    capitals: read(dir, 'capitals.json', Capitals).capitals,
    countryAliases: read(dir, 'country-aliases.json', CountryAliases),
    nationalityAr: read(dir, 'nationality-ar.json', NationalityAr),
    concepts: read(dir, 'concepts.json', Concepts).concepts,
    ...titlesOf(read(dir, 'titles.json', Titles)),
    agreements: read(dir, 'agreements.json', Agreements),
    places: read(dir, 'places.json', Places),
    triggers: read(dir, 'triggers.json', Triggers),
    language: read(dir, 'language.json', Language),
  };
  CACHE.set(dir, lex);
  return lex;
}

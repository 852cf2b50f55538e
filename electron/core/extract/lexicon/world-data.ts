// Names that exist as well-kept data in libraries: countries in en/fr/ar (i18n-iso-countries),
// nationality adjectives (i18n-nationality for en/fr, resources/lexicon for Arabic) and
// first-level subdivisions (iso3166-2-db). Read lazily through createRequire, so that importing
// the engine costs nothing until the first article is extracted.
import { createRequire } from 'node:module';
import type { Lang } from '../../../../shared/domain';

const requireFrom = createRequire(import.meta.url);

interface CountriesLib {
  registerLocale(data: unknown): void;
  getNames(lang: string, opts: { select: 'all' }): Record<string, string[]>;
}
interface NationalityLib {
  getNames(lang: string): Record<string, string>;
}
interface SubdivisionRow {
  iso: string;
  name: string;
  names: Record<string, string | undefined>;
}
type SubdivisionDb = Record<string, { regions: SubdivisionRow[] }>;

export interface WorldData {
  /** ISO alpha-2 -> language -> names. */
  countries: Map<string, Record<Lang, string[]>>;
  /** ISO alpha-2 -> language -> masculine singular adjectives. */
  adjectives: Map<string, Record<'en' | 'fr', string[]>>;
  /** ISO alpha-2 -> subdivisions. */
  subdivisions: Map<string, SubdivisionRow[]>;
}

let cached: WorldData | undefined;

export function worldData(): WorldData {
  if (cached) return cached;
  const lib = requireFrom('i18n-iso-countries/index.js') as CountriesLib;
  for (const l of ['en', 'fr', 'ar']) lib.registerLocale(requireFrom(`i18n-iso-countries/langs/${l}.json`));
  const all = { en: lib.getNames('en', { select: 'all' }), fr: lib.getNames('fr', { select: 'all' }), ar: lib.getNames('ar', { select: 'all' }) };
  const countries = new Map<string, Record<Lang, string[]>>();
  for (const code of Object.keys(all.en)) {
    countries.set(code, { en: all.en[code] ?? [], fr: all.fr[code] ?? [], ar: all.ar[code] ?? [] });
  }
  const nat = requireFrom('i18n-nationality') as NationalityLib;
  const natEn = nat.getNames('en');
  const natFr = nat.getNames('fr');
  const adjectives = new Map<string, Record<'en' | 'fr', string[]>>();
  for (const code of Object.keys(natEn)) {
    adjectives.set(code, { en: splitNames(natEn[code]), fr: splitNames(natFr[code]) });
  }
  const db = requireFrom('iso3166-2-db/data/iso3166-2.json') as SubdivisionDb;
  const subdivisions = new Map<string, SubdivisionRow[]>();
  for (const [code, c] of Object.entries(db)) subdivisions.set(code, c.regions ?? []);
  cached = { countries, adjectives, subdivisions };
  return cached;
}

function splitNames(s: string | undefined): string[] {
  // Entries such as "Territoires Palestiniens, Occupés" or "Congolais (République du Congo)" name
  // territories rather than give an adjective: only single words are kept.
  if (!s || s.includes("(")) return [];
  const first = s.split(",")[0]?.trim() ?? "";
  return first && !/\s/.test(first) ? [first] : [];
}

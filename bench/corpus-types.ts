// The pieces a benchmark article is assembled from: a cast of real countries, places and bodies
// picked once per article, and one language kit per language that turns the cast into
// headlines, sentences, a date line and page furniture.
import type { Country } from './corpus-names';
import type { Rng } from './corpus-rng';

export interface Cast {
  /** The country the news is about, and where its regions lie. */
  host: Country;
  /** The other party: the side accused, met or signed with. */
  rival: Country;
  /** A third country that funds or supports. */
  donor: Country;
  /** Regions of the host, in the article's language. */
  regions: string[];
  agency: string;
  otherAgency: string;
  organization: string;
  news: string;
  minister: string;
  rivalMinister: string;
  envoy: string;
  chief: string;
  spokesperson: string;
  /** Millions, for the funding sentences and headline. */
  amount: number;
}

export type Template = (cast: Cast, rng: Rng) => string;

export interface SimpleDate {
  y: number;
  m: number;
  d: number;
}

export interface LanguageKit {
  headlines: readonly Template[];
  sentences: readonly Template[];
  /** The line under the headline that gives the publication date. */
  dateLine(date: SimpleDate, rng: Rng): string;
  /** The opening of the first paragraph: "BAKU - ". */
  dateline(cast: Cast, rng: Rng): string;
  /** Lines a scraper picks up after an article: a comment form, unrelated headlines. */
  furniture(rng: Rng): string[];
}

/** Digits grouped by three, the way each language prints large numbers. */
export function groupDigits(n: number, separator: string): string {
  const s = String(n);
  let out = '';
  for (let i = 0; i < s.length; i++) {
    if (i > 0 && (s.length - i) % 3 === 0) out += separator;
    out += s[i];
  }
  return out;
}

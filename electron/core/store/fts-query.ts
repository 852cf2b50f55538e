// Rewriting what an analyst types into an FTS5 query over the folded shadow columns, through the
// same foldForIndex the index was built with: "الرياض" looks for رياض and so finds والرياض and
// بالرياض; "ministère" and "ministere" look for the same token. A word ending in * is a prefix;
// "double quotes" make a phrase; everything else is ANDed. Every token is quoted, so user input
// never reaches FTS5's query syntax.
import { foldForIndex } from '../../../shared/text/fold';

export interface QueryTerm {
  word: string;
  prefix: boolean;
}

export interface FtsQuery {
  /** The MATCH expression. */
  match: string;
  /** The folded words searched for, for highlighting matches in the original text. */
  terms: QueryTerm[];
}

/** The folded index tokens of `text`, as unicode61 splits the folded shadow column. */
export function indexTokens(text: string): string[] {
  return foldForIndex(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

export function toFtsQuery(query: string): FtsQuery | null {
  const parts: string[] = [];
  const terms: QueryTerm[] = [];
  for (const m of query.matchAll(/"([^"]*)"?|(\S+)/g)) {
    const phrase = m[1] !== undefined;
    const raw = m[1] ?? m[2] ?? '';
    const prefix = !phrase && raw.endsWith('*');
    const words = indexTokens(raw.replace(/\*+$/, ''));
    if (words.length === 0) continue;
    parts.push(`"${words.join(' ')}"${prefix ? '*' : ''}`);
    words.forEach((word, i) => terms.push({ word, prefix: prefix && i === words.length - 1 }));
  }
  return parts.length === 0 ? null : { match: parts.join(' '), terms };
}

/** Whether one folded token satisfies one of the query's terms. */
export function matchesTerm(token: string, terms: readonly QueryTerm[]): boolean {
  return terms.some((t) => (t.prefix ? token.startsWith(t.word) : token === t.word));
}

// Cutting a search snippet from an article's stored text. The index only holds folded text, so
// matches are found again here, word by word, by folding each word of the original the same way;
// highlights are then real offsets into what the analyst reads, accents and harakat included.
import { indexTokens, matchesTerm, type QueryTerm } from './fts-query';

export interface Snippet {
  /** Offset of the snippet in the article text (UTF-16 code units). */
  start: number;
  text: string;
  /** [start, end) of each matching word, relative to `text`. */
  highlights: [number, number][];
}

const WORD = /[\p{L}\p{N}\p{M}]+/gu;

/** [start, end) in `text` of each word matching `terms`, from `from` on, at most `max`. */
export function findMatches(text: string, terms: readonly QueryTerm[], from = 0, max = 50): [number, number][] {
  const out: [number, number][] = [];
  const re = new RegExp(WORD);
  re.lastIndex = from;
  for (let m = re.exec(text); m && out.length < max; m = re.exec(text)) {
    if (indexTokens(m[0]).some((token) => matchesTerm(token, terms))) out.push([m.index, m.index + m[0].length]);
  }
  return out;
}

function snapBack(text: string, at: number): number {
  if (at <= 0) return 0;
  const space = text.lastIndexOf(' ', at);
  return space < 0 || at - space > 20 ? at : space + 1;
}

function snapForward(text: string, at: number): number {
  if (at >= text.length) return text.length;
  const space = text.indexOf(' ', at);
  return space < 0 || space - at > 20 ? at : space;
}

/** A window of about `width` characters around the first match at or after `from`. */
export function makeSnippet(text: string, terms: readonly QueryTerm[], from = 0, width = 160): Snippet | null {
  const first = findMatches(text, terms, from, 1)[0];
  if (!first) return null;
  const start = snapBack(text, Math.max(0, first[0] - Math.floor(width / 3)));
  const end = snapForward(text, Math.min(text.length, start + width));
  const highlights = findMatches(text.slice(0, end), terms, start).map(([s, e]): [number, number] => [s - start, e - start]);
  return { start, text: text.slice(start, end).replace(/[\r\n\t]/g, ' '), highlights };
}

// Rebuilding an article's text for the store when only a graph file is at hand. The canonical
// JSON carries no article text, only quotes with their offsets, yet the store keeps
// `text.slice(start, end) === quote` for every evidence record and mention. The rebuilt text
// therefore holds each quote at its original offset with blanks in between: the body, so far as
// the file knows it. After the body, outside [bodyStart, bodyEnd), comes a names appendix, one
// line per entity named in the article, which the imported mentions point at: the file records
// that an entity was mentioned in an article, but not where.
import { KgError } from '../../../shared/errors';

export interface Quote {
  start: number;
  end: number;
  text: string;
}

export interface RebuiltText {
  text: string;
  bodyEnd: number;
  /** Where each of `names` sits in the appendix, in the order given. */
  names: { start: number; end: number }[];
}

/** The body: every quote at its offset, spaces elsewhere; overlapping quotes must agree. */
function body(file: string, quotes: readonly Quote[]): string {
  const sorted = [...quotes].sort((a, b) => a.start - b.start || a.end - b.end);
  let text = '';
  for (const q of sorted) {
    if (q.start >= text.length) {
      text += ' '.repeat(q.start - text.length) + q.text;
      continue;
    }
    const overlap = text.slice(q.start, Math.min(text.length, q.end));
    if (overlap !== q.text.slice(0, overlap.length)) {
      throw new KgError('INVALID_INPUT', `${file}: quotes at [${q.start}, ${q.end}) and before it disagree about the article text`);
    }
    if (q.end > text.length) text += q.text.slice(text.length - q.start);
  }
  return text;
}

export function rebuildArticleText(file: string, quotes: readonly Quote[], names: readonly string[]): RebuiltText {
  let text = body(file, quotes);
  const bodyEnd = text.length;
  if (names.length > 0) text += '\n\n';
  const spans = names.map((name) => {
    const start = text.length;
    text += name + '\n';
    return { start, end: start + name.length };
  });
  return { text, bodyEnd, names: spans };
}

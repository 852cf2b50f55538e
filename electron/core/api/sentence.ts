// The sentence around a quote, so the evidence panel can show the quote highlighted in context.
// Sentences come from Intl.Segmenter run over the quote's paragraph only (its cost grows with the
// square of its input on Node 20, and paragraphs are short); a quote spanning several sentences
// gets all of them.
import type { Lang } from '../../../shared/domain';

export interface SentenceSpan {
  text: string;
  start: number;
  end: number;
}

/** Sentences longer than this are cut around the quote, so one run-on paragraph cannot flood the panel. */
const MAX_CONTEXT = 600;

function paragraphAround(text: string, start: number, end: number): [number, number] {
  const from = text.lastIndexOf('\n', Math.max(0, start - 1)) + 1;
  const next = text.indexOf('\n', end);
  return [start === 0 ? 0 : from, next < 0 ? text.length : next];
}

export function sentenceAround(text: string, start: number, end: number, lang: Lang | null): SentenceSpan {
  const [ps, pe] = paragraphAround(text, start, end);
  let s = start;
  let e = end;
  const segmenter = new Intl.Segmenter(lang ?? 'en', { granularity: 'sentence' });
  for (const seg of segmenter.segment(text.slice(ps, pe))) {
    const segStart = ps + seg.index;
    const segEnd = segStart + seg.segment.length;
    if (segEnd > start && segStart < end) {
      s = Math.min(s, segStart);
      e = Math.max(e, segEnd);
    }
  }
  s = Math.max(s, start - MAX_CONTEXT);
  e = Math.min(e, end + MAX_CONTEXT);
  while (s < start && /\s/.test(text[s]!)) s++;
  while (e > end && /\s/.test(text[e - 1]!)) e--;
  return { text: text.slice(s, e), start: s, end: e };
}

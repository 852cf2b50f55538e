// Evidence spans: the words that state a relation, with offsets into the stored text. The quote
// is the sentence when it is short; in a long sentence, the stretch from the first to the last
// word the rule used, so that an analyst reads the clause, not the paragraph.
import type { EvidenceSpan } from './types';
import type { Doc } from './ner/doc';

const MAX_SENTENCE = 280;

export function evidence(doc: Doc, sent: number, from: number, to: number, rule: string, confidence: number): EvidenceSpan {
  const s = doc.sentences[sent]!;
  let start = s.start;
  let end = s.end;
  if (end - start > MAX_SENTENCE) {
    const lo = Math.max(0, Math.min(from, to - 1));
    const hi = Math.min(s.tokens.length - 1, Math.max(from, to - 1));
    start = s.tokens[lo]!.start;
    end = s.tokens[hi]!.end;
  }
  return { start, end, quote: doc.text.slice(start, end), rule, confidence };
}

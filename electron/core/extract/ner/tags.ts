// Per-sentence word tags shared by the name rules: which lexicon concept a token belongs to and
// which top-level mention covers it. Computed once per sentence so that rules scanning left and
// right of a head noun stay linear.
import type { Concept } from '../lexicon/lex-index';
import type { Doc, Mention } from './doc';
import { mentionsIn } from './doc';

export interface ConceptTag {
  concept: Concept;
  from: number;
  to: number;
}

export interface SentenceTags {
  concept: Array<ConceptTag | undefined>;
  mention: Array<Mention | undefined>;
}

export function tagSentence(doc: Doc, sent: number): SentenceTags {
  const s = doc.sentences[sent]!;
  const concept: Array<ConceptTag | undefined> = new Array(s.tokens.length);
  for (const hit of doc.li.concepts.all(s)) {
    const tag = { concept: hit.value, from: hit.from, to: hit.to };
    for (let i = hit.from; i < hit.to; i++) concept[i] = tag;
  }
  const mention: Array<Mention | undefined> = new Array(s.tokens.length);
  for (const m of mentionsIn(doc, sent)) {
    if (m.nested) continue;
    for (let i = m.from; i < m.to; i++) mention[i] = m;
  }
  return { concept, mention };
}

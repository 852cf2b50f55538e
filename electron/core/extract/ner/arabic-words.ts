// Small judgements about Arabic words that the name rules share: whether a word ends a name
// (a particle, a verb the lexicon knows, a coordinated "و..." word) and whether it looks like a
// transliterated foreign name (no article, not a particle).
import type { Token } from '../text/segment';
import type { Sentence } from '../text/segment';
import type { LangIndex } from '../lexicon/lex-index';

export function isParticle(li: LangIndex, t: Token): boolean {
  return li.particles.has(t.f);
}

/** A word that cannot continue a name: particle, known cue, or a new coordinated phrase. */
export function endsName(li: LangIndex, s: Sentence, i: number): boolean {
  const t = s.tokens[i];
  if (!t || !t.word || !t.arabic) return true;
  if (isParticle(li, t)) return true;
  if (li.triggers.at(s, i) || li.speech.at(s, i) || li.support.at(s, i)) return true;
  return t.f.startsWith('و') && t.f.length > 3 && !li.concepts.at(s, i);
}

/** A word that may be part of a transliterated name: no article, not a particle, not a cue. */
export function nameLike(li: LangIndex, s: Sentence, i: number): boolean {
  const t = s.tokens[i];
  if (!t || !t.word || !t.arabic || /\d/.test(t.f)) return false;
  if (endsName(li, s, i) || li.concepts.at(s, i) || li.titles.at(s, i)) return false;
  return !t.f.startsWith('ال') || t.f.startsWith('الل');
}

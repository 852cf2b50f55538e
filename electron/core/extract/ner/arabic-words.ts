// Small judgements about Arabic words that the name rules share: whether a word ends a name
// (a particle, a verb the lexicon knows, a coordinated "و..." word) and whether it looks like a
// transliterated foreign name (no article, not a particle).
import type { Token } from '../text/segment';
import type { Sentence } from '../text/segment';
import type { LangIndex } from '../lexicon/lex-index';

export function isParticle(li: LangIndex, t: Token): boolean {
  return li.particles.has(t.f) && !(t.nameSpelling && t.f === 'علي');
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
  if (!t || !t.word || !t.arabic || t.indefinite || /\d/.test(t.f)) return false;
  if (endsName(li, s, i) || li.concepts.at(s, i) || li.titles.at(s, i)) return false;
  if (/^(و|ف)?(ب|ك|ل)ال|^(و|ف)?لل|^(و|ف)ال/.test(t.f)) return false;
  // A pronoun suffix ("خارجيتها", "its foreign [ministry]") marks a common noun.
  if (t.f.length >= 5 && /(ها|هما|هم)$/.test(t.f)) return false;
  return !t.f.startsWith('ال') || t.f.startsWith('الل') || t.nameSpelling;
}

const CLITICS = ['وب', 'ول', 'وك', 'فب', 'فل', 'و', 'ف', 'ب', 'ل', 'ك'];

/** How many letters of a folded Arabic prefix are a clitic (و ف ب ك ل) before a name that may keep
 *  its article: "و" 1, "وال" 1, "ال" 0; "لل" 0, since its article cannot be split off. */
export function cliticLetters(prefix: string): number {
  const clitic = prefix.endsWith('ال') ? prefix.slice(0, -2) : prefix;
  return CLITICS.includes(clitic) ? clitic.length : 0;
}

/** The clitic letters in front of a word whose rest (with or without its article) is a word that
 *  `starts` knows, unless the whole word is known itself: "وحركة" 1, "والقوات" 1, "وزارة" 0. */
export function headClitic(word: string, starts: (w: string) => boolean): number {
  if (starts(word)) return 0;
  const c = CLITICS.find((x) => word.startsWith(x) && word.length - x.length >= 3 && starts(word.slice(x.length)));
  return c ? cliticLetters(c) : 0;
}

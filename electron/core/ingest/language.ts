// The article's language, one of en/fr/ar. Arabic is told by its script, which is certain and
// cheap; franc, restricted to English and French, tells the Latin-script two apart. Very short
// texts, where trigrams say nothing, fall back to counting a few function words.
import { francAll } from 'franc';
import type { Lang } from '../../../shared/domain';

export interface DetectedLanguage {
  lang: Lang;
  /** From 0 to 1: the Arabic letter share, or how clearly function words back franc's choice. */
  confidence: number;
}

/** Trigram statistics settle long before this; the rest of a long article only costs time. */
const SAMPLE_CHARS = 4000;
/** An article with this share of Arabic letters is Arabic even with Latin names and acronyms in it. */
const ARABIC_SHARE = 0.4;

/** Common words of one language that are rare in the other ("on" and "a" belong to both). */
const FUNCTION_WORDS: Record<'en' | 'fr', RegExp> = {
  en: /\b(?:the|and|of|to|in|is|was|with|for|has|have|that|by)\b/giu,
  fr: /(?<![\p{L}])(?:le|la|les|des|du|et|est|une|un|dans|pour|avec|sur|au|aux)(?![\p{L}])/giu,
};

// Counted by deleting everything else: one new string rather than an array of one-letter matches.
const NOT_LETTER = /\P{L}+/gu;
const NOT_ARABIC = /\P{Script=Arabic}+/gu;

/** Code points, not code units: a letter outside the BMP counts once. */
function codePoints(s: string): number {
  let pairs = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) pairs++;
  }
  return s.length - pairs;
}

export function detectLanguage(text: string): DetectedLanguage {
  const sample = text.slice(0, SAMPLE_CHARS);
  const letters = codePoints(sample.replace(NOT_LETTER, ''));
  const arabic = codePoints(sample.replace(NOT_ARABIC, ''));
  const share = letters === 0 ? 0 : arabic / letters;
  if (share >= ARABIC_SHARE) return { lang: 'ar', confidence: share };
  const [first] = francAll(sample, { only: ['eng', 'fra'] });
  const words = functionWordCounts(sample);
  if (!first || first[0] === 'und') {
    if (words.en === words.fr) return { lang: 'en', confidence: 0 };
    const lang = words.fr > words.en ? 'fr' : 'en';
    return { lang, confidence: margin(words, lang) };
  }
  const lang = first[0] === 'fra' ? 'fr' : 'en';
  // franc's normalised scores crowd near 1 on long texts, so its margin says little; how far the
  // function words agree with its choice makes a more telling confidence.
  return { lang, confidence: 0.5 + margin(words, lang) / 2 };
}

function functionWordCounts(sample: string): Record<'en' | 'fr', number> {
  return {
    en: sample.match(FUNCTION_WORDS.en)?.length ?? 0,
    fr: sample.match(FUNCTION_WORDS.fr)?.length ?? 0,
  };
}

/** From 0 (no evidence, or against) to 1 (only `lang`'s function words). */
function margin(words: Record<'en' | 'fr', number>, lang: 'en' | 'fr'): number {
  const other = lang === 'en' ? words.fr : words.en;
  const total = words[lang] + other;
  return total === 0 ? 0 : Math.max(0, (words[lang] - other) / total);
}

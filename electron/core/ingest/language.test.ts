// Language by script for Arabic, by franc for English and French, by function words when the
// text is too short for trigrams.
import { describe, expect, it } from 'vitest';
import { detectLanguage } from './language';

describe('detectLanguage', () => {
  it.each([
    ['The ministers of the two countries met in Geneva on Tuesday to discuss the ceasefire agreement.', 'en'],
    [
      'Les ministres des deux pays se sont réunis mardi à Genève pour discuter de l’accord de cessez-le-feu.',
      'fr',
    ],
    ['التقى وزيرا خارجية البلدين في جنيف يوم الثلاثاء لبحث اتفاق وقف إطلاق النار مع وكالة ANAMA.', 'ar'],
    [
      'AZERBAIJAN, FRANCE CONSIDER SIGNING MINE CLEARANCE ACCORD. The head of the agency met the ambassador.',
      'en',
    ],
  ])('reads %s as %s', (text, lang) => {
    const detected = detectLanguage(text);
    expect(detected.lang).toBe(lang);
    expect(detected.confidence).toBeGreaterThan(0.5);
  });

  it('falls back on function words for a few words', () => {
    expect(detectLanguage('et la').lang).toBe('fr');
    expect(detectLanguage('of the').lang).toBe('en');
  });

  it('answers English with no confidence when there is nothing to go by', () => {
    expect(detectLanguage('12 345')).toEqual({ lang: 'en', confidence: 0 });
  });
});

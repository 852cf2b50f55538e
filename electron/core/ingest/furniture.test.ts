// Trailing furniture is cut from the body by general cues, in each language, and an article
// that simply ends is left whole.
import { describe, expect, it } from 'vitest';
import { findBodyEnd, isFurnitureCue } from './furniture';

const LAST = 'The talks will resume next month in Vienna, the ministry said in a statement.';
const ARTICLE = `Ministers meet in Vienna\n\nThe foreign ministers of the two countries met on Tuesday to discuss the ceasefire.\n\n${LAST}`;

function body(text: string): string {
  return text.slice(0, findBodyEnd(text));
}

describe('findBodyEnd', () => {
  it('keeps an article without furniture whole', () => {
    expect(findBodyEnd(ARTICLE)).toBe(ARTICLE.length);
    expect(findBodyEnd(`${ARTICLE}\n\n`)).toBe(ARTICLE.length + 2);
  });

  it('cuts an English comment form and share widget', () => {
    const text = `${ARTICLE}\n\nShare this:\nFacebook\nTwitter\n\nLeave a Reply\n\nYour email address will not be published. Required fields are marked *\n`;
    expect(body(text)).toBe(ARTICLE);
  });

  it('cuts a French "lire aussi" list of headlines', () => {
    const article =
      'Accord signé à Moscou\n\nLes deux pays ont signé mardi un accord de cessez-le-feu sous l’égide de la Russie.';
    const text = `${article}\n\nÀ lire aussi\n\nLa Bourse de Paris termine en hausse\n\nLe PSG s’impose face à Lyon`;
    expect(body(text)).toBe(article);
  });

  it('cuts an Arabic related-articles block and copyright line', () => {
    const article =
      'اتفاق لوقف إطلاق النار\n\nوقع البلدان اتفاقا لوقف إطلاق النار يوم الثلاثاء في موسكو، بحسب وزارة الخارجية.';
    const text = `${article}\n\nاقرأ أيضا\n\nارتفاع أسعار النفط في الأسواق العالمية\n\nجميع الحقوق محفوظة © 2021`;
    expect(body(text)).toBe(article);
  });

  it('cuts a run of unrelated headlines even without a cue', () => {
    const text = `${ARTICLE}\n\n    Stocks rally as markets reopen\n\n    Local team wins the cup final`;
    expect(body(text)).toBe(ARTICLE);
  });

  it('keeps a single short closing line that may be the article’s own', () => {
    const text = `${ARTICLE}\n\n(Reporting by Jane Doe)`;
    expect(findBodyEnd(text)).toBe(text.length);
  });

  it('keeps a closing paragraph of short lines, such as an address', () => {
    const text = `${ARTICLE}\n\nEmbassy of France\nRue Rashid Behbudov 7\nBaku`;
    expect(findBodyEnd(text)).toBe(text.length);
  });

  it('keeps a stub made only of short lines', () => {
    const text = 'Breaking news\n\nMore to follow\n\nUpdates soon';
    expect(findBodyEnd(text)).toBe(text.length);
  });
});

describe('isFurnitureCue', () => {
  it.each([
    'Leave a comment',
    'Laisser un commentaire',
    'Partager :',
    'Tags: Azerbaijan, Armenia',
    '12 Comments',
    'اترك تعليقاً',
    'شارك على فيسبوك',
    'Tous droits réservés',
  ])('recognises %s', (line) => {
    expect(isFurnitureCue(line)).toBe(true);
  });

  it.each([
    'Comments made by the minister on Tuesday angered the opposition, which called for his resignation.',
    'Share prices fell.',
    'شارك وزير الخارجية في الاجتماع الذي عقد في جنيف يوم الثلاثاء لبحث وقف إطلاق النار بين البلدين.',
    'France’s share of the funding rose to 400,000 euros this year, the embassy said.',
  ])('does not take prose for a cue: %s', (line) => {
    expect(isFurnitureCue(line)).toBe(false);
  });
});

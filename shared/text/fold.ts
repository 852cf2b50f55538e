// Text folding shared by the extractor (alias keys, resolution) and the store (FTS indexing and
// querying), so that a name folds the same way wherever it is compared.
//
// Arabic needs more than unicode61's diacritic removal: harakat split words, alef/yeh/teh marbuta
// have variant spellings, and clitics (و ف ب ك ل) plus the article ال glue onto the word.

const HARAKAT = /[\u064B-\u065F\u0670]/g;
const TATWEEL = /\u0640/g;
const ARABIC_WORD = /^[\u0600-\u06FF]+$/;
const LEADING_ARTICLES = new Set(['the', 'le', 'la', 'les', 'de', 'du', 'des', 'l', 'd']);

/** Strips harakat and tatweel and unifies alef, yeh and teh marbuta forms. Keeps length otherwise. */
export function foldArabicLetters(s: string): string {
  return s
    .replace(HARAKAT, '')
    .replace(TATWEEL, '')
    .replace(/[\u0622\u0623\u0625\u0671]/g, '\u0627')
    .replace(/\u0649/g, '\u064A')
    .replace(/\u0629/g, '\u0647');
}

/** Removes the conjunction, preposition and article clitics from one Arabic word. */
export function stripArabicClitics(word: string): string {
  if (!ARABIC_WORD.test(word)) return word;
  let w = word.replace(/^(و|ف)?(ب|ك|ل)?(?=ال.{2,})/, '');
  w = w.replace(/^(و|ف)?لل(?=.{2,})/, '');
  w = w.replace(/^ال(?=.{2,})/, '');
  return w;
}

/**
 * Folds case, Latin diacritics, Arabic letter variants and punctuation; words are separated by
 * single spaces. Apostrophes are kept so that the caller can decide on elision.
 */
export function fold(s: string): string {
  let t = s.normalize('NFKC').toLowerCase();
  t = t.replace(/[\u2018\u2019\u02BC`´]/g, "'");
  t = t.normalize('NFD').replace(/\p{M}/gu, '').normalize('NFC');
  t = foldArabicLetters(t);
  return t
    .replace(/[^\p{L}\p{N}' ]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * The key two names are compared by: `fold`, then Arabic clitics and French elisions removed
 * from each word and leading articles dropped. "l’Agence Anadolu" and "Agence Anadolu" share a key;
 * so do "وكالة الاناضول" and "لوكالة الأناضول".
 */
export function foldKey(s: string): string {
  const words = fold(s)
    .split(' ')
    .map((w) => stripArabicClitics(w).replace(/^(l|d|qu)'/, '').replace(/'/g, ''))
    .filter(Boolean);
  while (words.length > 1 && LEADING_ARTICLES.has(words[0]!)) words.shift();
  return words.join(' ');
}

/**
 * Text as the full-text index stores it and as queries are rewritten before they reach it:
 * every word folded and, for Arabic, stripped of clitics. Used for a shadow column, so the
 * stored article text itself is never altered.
 */
export function foldForIndex(text: string): string {
  return fold(text)
    .split(' ')
    .map((w) => stripArabicClitics(w))
    .join(' ');
}

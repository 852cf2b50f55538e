// A cross-script consonant skeleton, so that a name with no code can be matched across scripts:
// جوزيف عون and Joseph Aoun, تيغراي and Tigray, أردوغان and Erdoğan. Each word
// becomes the sequence of its consonant classes, vowels dropped and repeats collapsed.
//
// The classes follow how Arabic writes foreign names and how Latin transliterates Arabic ones:
// g, j, k, q, c and ج ق ك غ خ share a class (Arabic has no "g" and writes it as any of them);
// v and f are ف; w and و are dropped with the vowels (و writes "u" and "o" as often as "w");
// "ph" is f, "dj" is j. This is deliberately coarse: it is only consulted for names that have no
// key and no alias in common, and a match must be unique (see electron/core/extract/resolve.ts).
import { fold, stripArabicClitics } from './fold';

const LATIN_CLASSES: Record<string, string> = {
  b: 'B', p: 'B', f: 'F', v: 'F', m: 'M', n: 'N', l: 'L', r: 'R',
  t: 'T', d: 'T', s: 'S', z: 'S', c: 'K', k: 'K', q: 'K', g: 'K', j: 'K', x: 'K',
};
const ARABIC_CLASSES: Record<string, string> = {
  'ب': 'B', 'ف': 'F', 'م': 'M', 'ن': 'N', 'ل': 'L', 'ر': 'R', 'ت': 'T', 'ط': 'T', 'د': 'T',
  'ض': 'T', 'ث': 'S', 'ذ': 'S', 'س': 'S', 'ص': 'S', 'ز': 'S', 'ظ': 'S', 'ش': 'S', 'ك': 'K', 'ق': 'K',
  'غ': 'K', 'خ': 'K', 'ج': 'K', 'پ': 'B', 'ڤ': 'F', 'گ': 'K', 'چ': 'S',
};
const DIGRAPHS: Array<[RegExp, string]> = [[/ph/g, 'f'], [/dj/g, 'j'], [/dh/g, 'd'], [/th/g, 't']];

function wordSkeleton(word: string): string {
  let w = stripArabicClitics(word);
  for (const [re, to] of DIGRAPHS) w = w.replace(re, to);
  let out = '';
  for (const ch of w) {
    const cls = LATIN_CLASSES[ch] ?? ARABIC_CLASSES[ch] ?? '';
    if (cls && !out.endsWith(cls)) out += cls;
  }
  return out;
}

export function skeleton(name: string): string {
  return fold(name)
    .split(' ')
    .map(wordSkeleton)
    .filter(Boolean)
    .join(' ');
}

// A cross-script consonant skeleton, so that a name with no code can be matched across scripts:
// فوجار سليمانوف and Vugar Suleymanov, كاراباخ and Karabakh. Letters are mapped onto coarse
// consonant classes (vowels and Arabic long-vowel letters dropped), one class per word.
// This first version is deliberately coarse; the extraction engine refines it.
import { fold } from './fold';

const LATIN_CLASSES: Record<string, string> = {
  b: 'B', p: 'B', f: 'F', v: 'F', w: 'F', m: 'M', n: 'N', l: 'L', r: 'R',
  t: 'T', d: 'T', s: 'S', z: 'S', c: 'K', k: 'K', q: 'K', g: 'K', j: 'J', x: 'K', h: '', y: '',
};
const ARABIC_CLASSES: Record<string, string> = {
  'ب': 'B', 'ف': 'F', 'و': 'F', 'م': 'M', 'ن': 'N', 'ل': 'L', 'ر': 'R', 'ت': 'T', 'ط': 'T', 'د': 'T',
  'ض': 'T', 'ث': 'S', 'ذ': 'S', 'س': 'S', 'ص': 'S', 'ز': 'S', 'ظ': 'S', 'ش': 'S', 'ك': 'K', 'ق': 'K',
  'غ': 'K', 'خ': 'K', 'ج': 'J', 'ه': '', 'ح': '', 'ع': '', 'ا': '', 'ي': '', 'ى': '', 'ء': '',
};

export function skeleton(name: string): string {
  return fold(name)
    .split(' ')
    .map((word) => {
      let out = '';
      for (const ch of word) {
        const cls = LATIN_CLASSES[ch] ?? ARABIC_CLASSES[ch] ?? '';
        if (cls && !out.endsWith(cls)) out += cls;
      }
      return out;
    })
    .filter(Boolean)
    .join(' ');
}

// A folded copy of a text that remembers where every folded character came from, so that the
// gazetteer and the pattern rules can match case- and diacritic-insensitively while mentions and
// evidence keep exact offsets into the stored text (UTF-16 code units, as `slice` counts them).
//
// The folding agrees with shared/text/fold.ts character by character (case, Latin diacritics,
// Arabic harakat/tatweel/letter variants, typographic apostrophes), but never merges or drops
// spaces, because offsets must survive the round trip. Hyphens and dashes fold to a space so that
// "Bosnie-Herzégovine" and "Bosnie Herzégovine" match the same pattern.

export interface FoldedText {
  /** The folded text. */
  text: string;
  /** The folded text recoded one character for one into ASCII, for the gazetteer's automaton. */
  ascii: string;
  /** `orig[i]` is the offset in the original text of folded character `i`; one extra entry at the end. */
  orig: Int32Array;
}

const CACHE = new Map<string, string>();
const DROP = /[\p{M}\u0640]/u;

function foldChar(ch: string): string {
  const hit = CACHE.get(ch);
  if (hit !== undefined) return hit;
  let out: string;
  if (DROP.test(ch)) out = '';
  else if (/[\u2018\u2019\u02BC`´]/.test(ch)) out = "'";
  else if (/[-\u2010-\u2015\u2212]/.test(ch)) out = ' ';
  else if (/\s/.test(ch)) out = ch === '\n' ? '\n' : ' ';
  else if (/[\u0622\u0623\u0625\u0671]/.test(ch)) out = '\u0627';
  else if (ch === '\u0649') out = '\u064A';
  else if (ch === '\u0629') out = '\u0647';
  else if (ch === 'ı') out = 'i';
  else out = ch.normalize('NFKD').toLowerCase().replace(/\p{M}/gu, '').normalize('NFC');
  if (ch === 'œ' || ch === 'Œ') out = 'oe';
  CACHE.set(ch, out);
  return out;
}

// Latin, Greek, Cyrillic and Arabic letters fold to at most one character each; a table over the
// first 0x800 code points makes the common case a single array read. DROPPED marks characters
// that fold to nothing (diacritics, harakat), MULTI those that fold to several ("œ", "ß").
const TABLE_SIZE = 0x800;
const DROPPED = 0;
const MULTI = 0xffff;
let table: Uint16Array | undefined;

function foldTable(): Uint16Array {
  if (table) return table;
  table = new Uint16Array(TABLE_SIZE);
  for (let c = 0; c < TABLE_SIZE; c++) {
    const f = foldChar(String.fromCharCode(c));
    table[c] = f.length === 0 ? DROPPED : f.length === 1 ? f.charCodeAt(0) : MULTI;
  }
  return table;
}

/** Folds `text` and records, for each folded character, its original offset. */
export function foldWithMap(text: string): FoldedText {
  const t = foldTable();
  const codes = new Uint16Array(text.length * 2);
  const orig = new Int32Array(text.length * 2 + 1);
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const mapped = code < TABLE_SIZE ? t[code]! : MULTI;
    if (mapped === DROPPED && code !== 0) continue;
    if (mapped !== MULTI) {
      orig[n] = i;
      codes[n++] = mapped;
      continue;
    }
    const wide = code >= 0xd800 && code <= 0xdbff && i + 1 < text.length;
    const f = foldChar(wide ? text.slice(i, i + 2) : text[i]!);
    for (let k = 0; k < f.length; k++) {
      orig[n] = i;
      codes[n++] = f.charCodeAt(k);
    }
    if (wide) i++;
  }
  orig[n] = text.length;
  return { text: fromCodes(codes, n), ascii: fromCodes(asciiCodes(codes, n), n), orig: orig.slice(0, n + 1) };
}

const UTF16 = new TextDecoder('utf-16le');

function fromCodes(codes: Uint16Array, n: number): string {
  return UTF16.decode(codes.subarray(0, n));
}

// The automaton scans ASCII many times faster than other text (no grapheme handling), so the
// folded text and the gazetteer patterns are both recoded one character for one into ASCII: the
// Arabic letters onto upper-case letters and symbols (folded text has no upper case), any other
// non-ASCII character onto a filler that no pattern contains. Offsets are unchanged.
const ARABIC_LETTERS = 'ءآأؤإئابةتثجحخدذرزسشصضطظعغفقكلمنهوىي';
const ASCII_SLOTS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ[]^_{|}~<>=';
export const ASCII_FILLER = '`';
const RECODE = new Uint16Array(0x700);
for (let c = 0x80; c < 0x700; c++) RECODE[c] = ASCII_FILLER.charCodeAt(0);
[...ARABIC_LETTERS].forEach((ch, i) => (RECODE[ch.charCodeAt(0)] = ASCII_SLOTS.charCodeAt(i)));

function asciiCodes(codes: Uint16Array, n: number): Uint16Array {
  const out = new Uint16Array(n);
  for (let i = 0; i < n; i++) {
    const c = codes[i]!;
    out[i] = c < 0x80 ? c : c < 0x700 ? RECODE[c]! : ASCII_FILLER.charCodeAt(0);
  }
  return out;
}

/** A pattern recoded like FoldedText.ascii. */
export function asciiRecode(s: string): string {
  const codes = new Uint16Array(s.length);
  for (let i = 0; i < s.length; i++) codes[i] = s.charCodeAt(i);
  return fromCodes(asciiCodes(codes, s.length), s.length);
}

/** Folds a pattern (lexicon entry) the same way, without keeping the map. */
export function foldPattern(s: string): string {
  let out = '';
  for (const ch of s) out += foldChar(ch);
  return out.replace(/\s+/g, ' ').trim();
}

/** Original [start, end) for the folded range [fs, fe). */
export function toOriginal(f: FoldedText, fs: number, fe: number): [number, number] {
  const start = f.orig[fs]!;
  const last = f.orig[fe - 1]!;
  return [start, fe > fs ? lastCharEnd(last, f, fe) : start];
}

function lastCharEnd(last: number, f: FoldedText, fe: number): number {
  const next = f.orig[fe]!;
  return next > last ? next : last + 1;
}

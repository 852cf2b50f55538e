// Splits an article body into paragraphs, sentences and tokens. Sentences come from
// Intl.Segmenter, run one paragraph at a time: on Node 20 the segmenter's cost grows with the
// square of the string it is given, and news paragraphs are short. Tokens come from the folded
// text (see ./fold-map), so every rule compares folded words and still reports original offsets.
import type { Lang } from '../../../../shared/domain';
import type { FoldedText } from './fold-map';
import { foldPattern } from './fold-map';

export interface Token {
  /** Offsets in the original text. */
  start: number;
  end: number;
  /** The folded form of the token. */
  f: string;
  /** A run of letters/digits (as opposed to one punctuation character). */
  word: boolean;
  /** First letter is upper case in the original (Latin script only). */
  cap: boolean;
  /** Two or more letters, all upper case in the original. */
  upper: boolean;
  arabic: boolean;
  /** Arabic: spelled as a name where folding hides it: أل or إل is no article (ألكسندر, إلياس), and
   *  "علي" with a final ya is the name Ali, not the preposition "على". */
  nameSpelling: boolean;
  /** Arabic: written with tanween fath ("اتصالاً", "يومياً"), an indefinite accusative: a common noun
   *  or adverb, never part of a name. */
  indefinite: boolean;
  /** Folded forms the token is compared by (see ./words), computed on first use. */
  keys?: string[];
  /** Which phrase indices of the article's language have a phrase starting with this token, as
   *  bits (see ./words). */
  cue?: number;
}

export interface Sentence {
  start: number;
  end: number;
  paragraph: number;
  tokens: Token[];
  /** Phrase scans of the sentence by lexicon index (see ./words), computed on first use. */
  scans?: Array<ReadonlyArray<unknown>>;
  /** The tokens that start some lexicon phrase (see ./words), computed on first use. */
  cueStarts?: number[];
}

const SEGMENTERS = new Map<string, Intl.Segmenter>();
const INNER_END = /[.!?؟…]['"»”)\]]*\s+\S/u;

function segmenter(lang: Lang): Intl.Segmenter {
  let s = SEGMENTERS.get(lang);
  if (!s) {
    s = new Intl.Segmenter(lang, { granularity: 'sentence' });
    SEGMENTERS.set(lang, s);
  }
  return s;
}

/** Paragraph ranges in [from, to): runs of text separated by line breaks. */
export function paragraphs(text: string, from: number, to: number): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  const re = /[^\n]+/g;
  re.lastIndex = from;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) && m.index < to) {
    const s = m.index;
    const e = Math.min(s + m[0].length, to);
    if (text.slice(s, e).trim()) out.push(trim(text, s, e));
  }
  return out;
}

export function trim(text: string, s: number, e: number): [number, number] {
  while (s < e && /\s/.test(text[s]!)) s++;
  while (e > s && /\s/.test(text[e - 1]!)) e--;
  return [s, e];
}

/** Tokens of the folded range that maps onto original [start, end). */
// Character classes of the folded text, for the hand-written tokenizer below (the regular
// expression it replaces allocated a match object per token): 1 letter, 2 digit, 0 other.
const CLASS_TABLE_SIZE = 0x800;
let classes: Uint8Array | undefined;

function charClass(code: number): number {
  if (code < CLASS_TABLE_SIZE) {
    if (!classes) {
      classes = new Uint8Array(CLASS_TABLE_SIZE);
      for (let c = 0; c < CLASS_TABLE_SIZE; c++) {
        const ch = String.fromCharCode(c);
        classes[c] = /\p{N}/u.test(ch) ? 2 : /[\p{L}\p{M}]/u.test(ch) ? 1 : 0;
      }
    }
    return classes[code]!;
  }
  const ch = String.fromCharCode(code);
  return /\p{N}/u.test(ch) ? 2 : /[\p{L}\p{M}]/u.test(ch) ? 1 : /\s/.test(ch) ? 3 : 0;
}

/** [end of the token starting at i, whether it is a word] in folded text t. */
function tokenEnd(t: string, i: number, end: number): [number, boolean] {
  const c = charClass(t.charCodeAt(i));
  if (c === 0 || c === 3) return [i + 1, false];
  let j = i + 1;
  if (c === 2) {
    // Digits, with inner decimal or thousands separators ("4.5", "400,000").
    for (;;) {
      while (j < end && charClass(t.charCodeAt(j)) === 2) j++;
      if (j + 1 < end && (t[j] === '.' || t[j] === ',') && charClass(t.charCodeAt(j + 1)) === 2) j++;
      else break;
    }
    if (j < end && charClass(t.charCodeAt(j)) === 1) while (j < end && charClass(t.charCodeAt(j)) !== 0 && charClass(t.charCodeAt(j)) !== 3) j++;
    return [j, true];
  }
  while (j < end && (charClass(t.charCodeAt(j)) === 1 || charClass(t.charCodeAt(j)) === 2)) j++;
  return [j, true];
}

export function tokenize(text: string, folded: FoldedText, fStart: number, fEnd: number): Token[] {
  const out: Token[] = [];
  const t = folded.text;
  let i = fStart;
  while (i < fEnd) {
    const code = t.charCodeAt(i);
    if (code === 32 || code === 10 || code === 9 || code === 13 || charClass(code) === 3) {
      i++;
      continue;
    }
    const [fe, word] = tokenEnd(t, i, fEnd);
    const start = folded.orig[i]!;
    const end = folded.orig[fe]! > folded.orig[fe - 1]! ? folded.orig[fe]! : folded.orig[fe - 1]! + 1;
    const arabic = code >= 0x600 && code <= 0x6ff;
    const first = text[start] ?? '';
    const cap = word && !arabic && first !== first.toLowerCase();
    const f = t.slice(i, fe);
    const nameSpelling = arabic && (((first === '\u0623' || first === '\u0625') && text[start + 1] === '\u0644') || (f === 'علي' && text[end - 1] === '\u064A'));
    const indefinite = arabic && text.slice(start, end).includes('\u064B');
    out.push({ start, end: trimEnd(text, start, end), f, word, cap, upper: cap && isUpper(text, start, end), arabic, nameSpelling, indefinite });
    i = fe;
  }
  return out;
}

function isUpper(text: string, start: number, end: number): boolean {
  const letters = text.slice(start, end).replace(/[^\p{L}]/gu, '');
  return letters.length >= 2 && letters === letters.toUpperCase() && letters !== letters.toLowerCase();
}

function trimEnd(text: string, start: number, end: number): number {
  while (end > start + 1 && /\s/.test(text[end - 1]!)) end--;
  return end;
}

const ABBREVIATION_END = /(?:^|[\s(])(\p{L}{1,4})\.$/u;
const DOTTED_ACRONYM_END = /(?:^|[\s(])(?:\p{Lu}\.){2,}$/u;
const FIRST_WORD = /^[\p{L}'-]+/u;

/** What keeps a dot from ending a sentence: abbreviations ("M.", "Gen."), and titles that a dotted
 *  acronym qualifies ("U.S. Secretary of State"). */
export interface SentenceJoins {
  abbreviations: ReadonlySet<string>;
  titleStart: (word: string) => boolean;
}

/** Whether the segment [s, e) goes on in the one starting at `next`. */
function joinsNext(text: string, s: number, e: number, next: number, joins: SentenceJoins): boolean {
  const tail = text.slice(Math.max(s, e - 12), e);
  const m = ABBREVIATION_END.exec(tail);
  if (m && joins.abbreviations.has(foldPattern(m[1]!))) return true;
  const word = FIRST_WORD.exec(text.slice(next, next + 40))?.[0];
  return DOTTED_ACRONYM_END.test(tail) && !!word && joins.titleStart(foldPattern(word));
}

/** Sentences of the article body, each with its tokens. The segmenter ends a sentence at every
 *  dot before a capital, so one after an abbreviation ("a affirmé M. Nyusi") or a dotted acronym
 *  before a title ("U.S. Secretary of State") joins the next. */
export function sentences(text: string, folded: FoldedText, lang: Lang, from: number, to: number, joins?: SentenceJoins): Sentence[] {
  const out: Sentence[] = [];
  const fIndex = foldedIndex(folded);
  paragraphs(text, from, to).forEach(([ps, pe], p) => {
    const para = text.slice(ps, pe);
    // A paragraph with no sentence end inside it is one sentence: no need to ask the segmenter.
    const segments = INNER_END.test(para) ? segmenter(lang).segment(para) : [{ index: 0, segment: para }];
    let open: [number, number] | undefined;
    const flush = (): void => {
      if (open) out.push({ start: open[0], end: open[1], paragraph: p, tokens: tokenize(text, folded, fIndex(open[0]), fIndex(open[1])) });
      open = undefined;
    };
    const list = [...segments];
    list.forEach((seg, n) => {
      const [s, e] = trim(text, ps + seg.index, ps + seg.index + seg.segment.length);
      if (e <= s) return;
      open = open ? [open[0], e] : [s, e];
      const next = list[n + 1];
      if (!joins || !next || !joinsNext(text, s, e, ps + next.index, joins)) flush();
    });
    flush();
  });
  return out;
}

/** Maps an original offset to the first folded index at or after it (binary search). */
export function foldedIndex(folded: FoldedText): (orig: number) => number {
  return (o: number) => {
    let lo = 0;
    let hi = folded.orig.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (folded.orig[mid]! < o) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
}

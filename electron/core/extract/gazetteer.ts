// Lookup of every known name in an article: one trie over the folded gazetteer patterns, built on
// first use and shared by all extractions with the same lexicon, walked from every position where
// a name may start. Hits are checked for word boundaries (Arabic words may carry the clitics
// و ف ب ك ل and the article ال in front, adjectives an inflection behind) and for case where it
// matters.
import type { GazEntry } from './lexicon/gazetteer-data';
import { buildGazetteerEntries } from './lexicon/gazetteer-data';
import type { Lexicon } from './lexicon/load';
import type { FoldedText } from './text/fold-map';
import { ASCII_FILLER, asciiRecode, toOriginal } from './text/fold-map';
import type { TrieHit } from './text/prefix-trie';
import { PrefixTrie } from './text/prefix-trie';

export interface GazHit {
  start: number;
  end: number;
  /** Folded range. */
  fs: number;
  fe: number;
  entries: GazEntry[];
}

interface Gazetteer {
  matcher: PrefixTrie<GazEntry[]>;
  /** Acronyms match only as written; looked up per capitalised token, they cost the automaton no
   *  short patterns that would hit inside every other word. */
  acronyms: Map<string, GazEntry[]>;
}

const AR_PREFIXES = new Set(['', 'و', 'ف', 'ب', 'ك', 'ل', 'ال', 'وال', 'فال', 'بال', 'كال', 'لل', 'ولل', 'فلل', 'وب', 'ول', 'فب', 'فل', 'وك', 'وبال', 'فبال']);
const AR_ADJ_SUFFIXES = new Set(['', 'ه', 'ين', 'ون', 'ا', 'ات', 'يين', 'يون']);
const WORD_CHAR = /[\p{L}\p{N}]/u;
const ARABIC = /[\u0600-\u06FF]/;

const BUILT = new WeakMap<Lexicon, Gazetteer>();

function gazetteer(lex: Lexicon): Gazetteer {
  let g = BUILT.get(lex);
  if (g) return g;
  const byPattern = new Map<string, GazEntry[]>();
  const acronyms = new Map<string, GazEntry[]>();
  for (const e of buildGazetteerEntries(lex)) {
    const key = e.exactCase ? e.surface.replace(/\./g, '') : e.pattern;
    const table = e.exactCase ? acronyms : byPattern;
    const list = table.get(key);
    if (list) list.push(e);
    else table.set(key, [e]);
  }
  const patterns = [...byPattern].filter(([p]) => !asciiRecode(p).includes(ASCII_FILLER)).map(([pattern, data]) => ({ pattern: asciiRecode(pattern), data }));
  // Two folded patterns may share an ASCII recoding; their entries are told apart by pattern below.
  const matcher = new PrefixTrie(patterns, (a, b) => [...a, ...b]);
  g = { matcher, acronyms };
  BUILT.set(lex, g);
  return g;
}

function arabicPrefixOk(text: string, fs: number): boolean {
  let i = fs;
  while (i > 0 && WORD_CHAR.test(text[i - 1]!)) i--;
  return fs - i <= 4 && AR_PREFIXES.has(text.slice(i, fs));
}

function arabicSuffix(text: string, fe: number): string {
  let j = fe;
  while (j < text.length && WORD_CHAR.test(text[j]!)) j++;
  return text.slice(fe, j);
}

function boundaryOk(f: FoldedText, fs: number, fe: number, entries: GazEntry[]): GazEntry[] {
  const t = f.text;
  if (ARABIC.test(t[fs]!)) {
    if (!arabicPrefixOk(t, fs)) return [];
    const suffix = arabicSuffix(t, fe);
    return entries.filter((e) => (e.kind === 'adjective' ? AR_ADJ_SUFFIXES.has(suffix) : suffix === ''));
  }
  if (fs > 0 && WORD_CHAR.test(t[fs - 1]!)) return [];
  if (fe < t.length && WORD_CHAR.test(t[fe]!)) return [];
  return entries;
}

function caseOk(original: string, e: GazEntry): boolean {
  if (ARABIC.test(original)) return true;
  if (e.exactCase) return original.replace(/[^\p{L}]/gu, '') === e.surface.replace(/[^\p{L}]/gu, '');
  if (e.titleCase) return /^\p{Lu}\p{Ll}+$/u.test(original);
  if (e.kind === 'adjective') return true;
  // "l'Azerbaïdjan" but not "l'est"; a name the lexicon writes in lower case ("mer Noire") may be so.
  const name = original.replace(/^(d|l)['’]/i, '');
  const first = name[0] ?? '';
  return first !== first.toLowerCase() || (e.kind === 'place' && e.surface[0] === e.surface[0]?.toLowerCase());
}

// Word and Arabic letters by code for the first code points, where nearly all text lies.
const CLASS_SIZE = 0x800;
const IS_WORD = 1;
const IS_ARABIC = 2;
const CLASSES = new Uint8Array(CLASS_SIZE);
for (let c = 0; c < CLASS_SIZE; c++) {
  const ch = String.fromCharCode(c);
  CLASSES[c] = (WORD_CHAR.test(ch) ? IS_WORD : 0) | (ARABIC.test(ch) ? IS_ARABIC : 0);
}

function classOf(t: string, i: number): number {
  const c = t.charCodeAt(i);
  if (c < CLASS_SIZE) return CLASSES[c]!;
  return WORD_CHAR.test(t[i]!) ? IS_WORD : 0;
}

// The letters of the Arabic clitics and article (و ف ب ك ل ا): a name starts at most four of them
// into a word, whose exact combination boundaryOk checks.
const CLITIC_LETTERS = new Set([0x648, 0x641, 0x628, 0x643, 0x644, 0x627]);

/** Raw trie hits from the positions where a name may start: a Latin name at a word start, an
 *  Arabic one at a word start or after up to four clitic letters. */
function rawHits(folded: FoldedText, matcher: PrefixTrie<GazEntry[]>): Array<TrieHit<GazEntry[]>> {
  const t = folded.text;
  const out: Array<TrieHit<GazEntry[]>> = [];
  let wordStart = 0;
  let prev = 0;
  for (let i = 0; i < t.length; i++) {
    const cls = classOf(t, i);
    if ((cls & IS_WORD) !== 0 && (prev & IS_WORD) === 0) wordStart = i;
    const start = (cls & IS_ARABIC) !== 0 ? i === wordStart || (i - wordStart <= 4 && CLITIC_LETTERS.has(t.charCodeAt(i - 1)) && cliticsOnly(t, wordStart, i)) : (prev & IS_WORD) === 0;
    if (start) matcher.matchesAt(folded.ascii, i, out);
    prev = cls;
  }
  return out;
}

function cliticsOnly(t: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (!CLITIC_LETTERS.has(t.charCodeAt(k))) return false;
  return true;
}

/** Every gazetteer hit in the folded text, boundary- and case-checked, overlaps included. */
export function findGazetteerHits(text: string, folded: FoldedText, lex: Lexicon, from: number, to: number): GazHit[] {
  const out: GazHit[] = [];
  const t = folded.text;
  for (const m of rawHits(folded, gazetteer(lex).matcher)) {
    if (!ARABIC.test(t[m.start]!) && m.end < t.length && WORD_CHAR.test(t[m.end]!)) continue;
    const [start, end] = toOriginal(folded, m.start, m.end);
    if (start < from || end > to) continue;
    const surface = text.slice(start, end);
    const exact = folded.text.slice(m.start, m.end);
    const entries = boundaryOk(folded, m.start, m.end, m.data.filter((e) => e.pattern === exact)).filter((e) => caseOk(surface, e));
    if (entries.length) out.push({ start, end, fs: m.start, fe: m.end, entries });
  }
  findAcronyms(text, folded, gazetteer(lex).acronyms, from, to, out);
  return out.sort((a, b) => a.start - b.start || b.end - a.end);
}

// Acronyms are Latin capitals, possibly dotted ("UN", "U.S."); a plain ASCII pattern with the word
// boundaries checked by hand is much cheaper than a Unicode regular expression with look-behind.
const ACRONYM = /[A-Z](?:\.?[A-Z])+\.?/g;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

function findAcronyms(text: string, _folded: FoldedText, table: Map<string, GazEntry[]>, from: number, to: number, out: GazHit[]): void {
  ACRONYM.lastIndex = from;
  for (let m = ACRONYM.exec(text); m && m.index < to; m = ACRONYM.exec(text)) {
    const end = m.index + m[0].replace(/\.$/, '').length;
    if ((m.index > 0 && LETTER_OR_DIGIT.test(text[m.index - 1]!)) || (end < text.length && LETTER_OR_DIGIT.test(text[m.index + m[0].length] ?? ''))) continue;
    const entries = table.get(m[0].replace(/\./g, ''));
    if (entries && end <= to) out.push({ start: m.index, end, fs: -1, fe: -1, entries });
  }
}

/** Warms the automaton (used by the benchmark to time building apart from matching). */
export function warmGazetteer(lex: Lexicon): void {
  gazetteer(lex);
}

// Linear-time lookup of every known name in an article: one Aho–Corasick automaton over the
// folded gazetteer patterns, built on first use and shared by all extractions with the same
// lexicon. Hits are checked for word boundaries (Arabic words may carry the clitics و ف ب ك ل
// and the article ال in front, adjectives an inflection behind) and for case where it matters.
import AhoCorasick from 'modern-ahocorasick';
import type { GazEntry } from './lexicon/gazetteer-data';
import { buildGazetteerEntries } from './lexicon/gazetteer-data';
import type { Lexicon } from './lexicon/load';
import type { FoldedText } from './text/fold-map';
import { toOriginal } from './text/fold-map';

export interface GazHit {
  start: number;
  end: number;
  /** Folded range. */
  fs: number;
  fe: number;
  entries: GazEntry[];
}

interface Gazetteer {
  matcher: AhoCorasick<GazEntry[]>;
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
  for (const e of buildGazetteerEntries(lex)) {
    const list = byPattern.get(e.pattern);
    if (list) list.push(e);
    else byPattern.set(e.pattern, [e]);
  }
  const matcher = new AhoCorasick([...byPattern].map(([pattern, data]) => ({ pattern, data })));
  g = { matcher };
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
  if (e.kind === 'adjective') return true;
  const first = original[0] ?? '';
  return first !== first.toLowerCase() || /^(d'|l'|d’|l’)/i.test(original);
}

/** Every gazetteer hit in the folded text, boundary- and case-checked, overlaps included. */
export function findGazetteerHits(text: string, folded: FoldedText, lex: Lexicon, from: number, to: number): GazHit[] {
  const out: GazHit[] = [];
  for (const m of gazetteer(lex).matcher.iterate(folded.text)) {
    const [start, end] = toOriginal(folded, m.start, m.end);
    if (start < from || end > to) continue;
    const surface = text.slice(start, end);
    const entries = boundaryOk(folded, m.start, m.end, m.data ?? []).filter((e) => caseOk(surface, e));
    if (entries.length) out.push({ start, end, fs: m.start, fe: m.end, entries });
  }
  return out.sort((a, b) => a.start - b.start || b.end - a.end);
}

/** Warms the automaton (used by the benchmark to time building apart from matching). */
export function warmGazetteer(lex: Lexicon): void {
  gazetteer(lex);
}

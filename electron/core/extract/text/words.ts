// Word-level views of a sentence: the folded keys a token can be compared by (an Arabic word with
// its clitics peeled off one by one), and a phrase index that finds the longest lexicon phrase
// starting at a word. Phrases never cross punctuation other than an apostrophe.
import type { Sentence, Token } from './segment';
import { foldPattern } from './fold-map';

const AR_CLITIC = /^(و|ف)?(ب|ك|ل)?/;

/** The forms an Arabic word may be compared by: as written, without و/ف, without ب/ك/ل, without ال. */
export function arabicKeys(word: string): string[] {
  const out = new Set<string>([word]);
  const noConj = word.replace(/^(و|ف)(?=.{2,})/, '');
  out.add(noConj);
  const noPrep = word.replace(AR_CLITIC, '');
  if (noPrep.length >= 2) out.add(noPrep);
  for (const w of [...out]) {
    if (w.startsWith('ال') && w.length > 3) out.add(w.slice(2));
    if (w.startsWith('لل') && w.length > 3) out.add(w.slice(2));
  }
  return [...out];
}

/** A phrase word as stored: folded, and for Arabic without its article. */
export function phraseWord(w: string): string {
  return w.startsWith('ال') && w.length > 3 ? w.slice(2) : w;
}

export function tokenKeys(t: Token): string[] {
  return (t.keys ??= t.arabic ? arabicKeys(t.f) : [t.f]);
}

export function splitPhrase(phrase: string): string[] {
  return foldPattern(phrase)
    .split(/[\s']+/)
    .filter(Boolean)
    .map(phraseWord);
}

export interface PhraseHit<T> {
  value: T;
  /** Token indices [from, to) in the sentence. */
  from: number;
  to: number;
}

/** The first words of every phrase index of one language, each with the bits of the indices
 *  that have a phrase starting with it: a token is looked up once, not once per index. */
export class FirstWords {
  private readonly masks = new Map<string, number>();
  private next = 0;

  allocate(): number {
    if (this.next > 30) throw new Error('too many phrase indices for one language');
    return 1 << this.next++;
  }

  add(word: string, bit: number): void {
    this.masks.set(word, (this.masks.get(word) ?? 0) | bit);
  }

  of(t: Token): number {
    return (t.cue ??= tokenKeys(t).reduce((m, k) => m | (this.masks.get(k) ?? 0), 0));
  }

  /** The word tokens of a sentence that start a phrase of some index: a scan visits only these. */
  starts(s: Sentence): number[] {
    if (s.cueStarts) return s.cueStarts;
    const out: number[] = [];
    for (let i = 0; i < s.tokens.length; i++) if (s.tokens[i]!.word && this.of(s.tokens[i]!) !== 0) out.push(i);
    return (s.cueStarts = out);
  }
}

export class PhraseIndex<T> {
  private readonly byFirst = new Map<string, Array<{ words: string[]; value: T }>>();
  private readonly bit: number;
  /** Where this index keeps its scans on a sentence (see `all`), -1 for none. */
  private readonly slot: number;

  constructor(private readonly firsts?: FirstWords) {
    this.bit = firsts ? firsts.allocate() : 0;
    this.slot = firsts ? 31 - Math.clz32(this.bit) : -1;
  }

  add(phrase: string, value: T): void {
    const words = splitPhrase(phrase);
    if (!words.length) return;
    this.firsts?.add(words[0]!, this.bit);
    const list = this.byFirst.get(words[0]!) ?? [];
    list.push({ words, value });
    list.sort((a, b) => b.words.length - a.words.length);
    this.byFirst.set(words[0]!, list);
  }

  /** Whether some phrase starts with the folded word `w` (article-less for Arabic). */
  hasFirst(w: string): boolean {
    return this.byFirst.has(phraseWord(w));
  }

  /** The longest phrase starting at token `i`, if any. */
  at(s: Sentence, i: number): PhraseHit<T> | undefined {
    const t = s.tokens[i];
    if (!t?.word) return undefined;
    if (this.firsts && (this.firsts.of(t) & this.bit) === 0) return undefined;
    for (const k of tokenKeys(t)) {
      for (const cand of this.byFirst.get(k) ?? []) {
        const to = matchRest(s, i, cand.words);
        if (to >= 0) return { value: cand.value, from: i, to };
      }
    }
    return undefined;
  }

  /** Every longest match scanning left to right, without overlaps. Several rules scan a sentence
   *  for the same cues (the trigger index alone three times), so a lexicon index keeps its scan on
   *  the sentence: a sentence's tokens never change, nor does the lexicon once an article is read. */
  all(s: Sentence): ReadonlyArray<PhraseHit<T>> {
    if (!this.firsts) return this.scan(s);
    const known = s.scans?.[this.slot];
    if (known) return known as ReadonlyArray<PhraseHit<T>>;
    const out: Array<PhraseHit<T>> = [];
    let next = 0;
    for (const i of this.firsts.starts(s)) {
      const hit = i >= next && (s.tokens[i]!.cue! & this.bit) !== 0 ? this.at(s, i) : undefined;
      if (hit) {
        out.push(hit);
        next = hit.to;
      }
    }
    (s.scans ??= [])[this.slot] = out;
    return out;
  }

  private scan(s: Sentence): Array<PhraseHit<T>> {
    const out: Array<PhraseHit<T>> = [];
    for (let i = 0; i < s.tokens.length; i++) {
      const hit = this.at(s, i);
      if (hit) {
        out.push(hit);
        i = hit.to - 1;
      }
    }
    return out;
  }
}

/** Index after the last matched token, or -1. Apostrophe tokens between words are skipped. */
function matchRest(s: Sentence, i: number, words: string[]): number {
  let j = i + 1;
  for (let w = 1; w < words.length; w++) {
    while (j < s.tokens.length && s.tokens[j]!.f === "'") j++;
    const t = s.tokens[j];
    if (!t?.word || !tokenKeys(t).includes(words[w]!)) return -1;
    j++;
  }
  return j;
}

/** Next word token index at or after i (skipping apostrophes), or -1. */
export function nextWord(s: Sentence, i: number): number {
  let j = i;
  while (j < s.tokens.length && s.tokens[j]!.f === "'") j++;
  return j < s.tokens.length && s.tokens[j]!.word ? j : -1;
}

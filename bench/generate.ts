// The benchmark corpus: realistic ~4 KB news articles in English, French and Arabic, made by
// recombining sentence patterns over real country, region and agency names. A headline, a date
// line and 8–15 paragraphs, now and then followed by page furniture as scraped pages have.
// Deterministic from the seed, and fast: ten thousand articles take a few seconds, so a
// benchmark can make its corpus rather than ship one.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { LANGS, type Lang } from '../shared/domain';
import { arabic } from './corpus-ar';
import { english } from './corpus-en';
import { french } from './corpus-fr';
import { namesFor, type Names } from './corpus-names';
import { Rng } from './corpus-rng';
import type { Cast, LanguageKit, SimpleDate } from './corpus-types';

export interface CorpusOptions {
  count: number;
  seed: number;
  /** Languages to rotate through, in equal shares; all three unless given. */
  langs?: Lang[];
}

export interface CorpusArticle {
  file: string;
  text: string;
  lang: Lang;
  title: string;
  /** ISO yyyy-mm-dd, as the date line states it. */
  date: string;
}

const KITS: Record<Lang, LanguageKit> = { en: english, fr: french, ar: arabic };
/** Article size in UTF-8 bytes: about 4 KB, spread so that sizes vary. */
const MIN_TARGET_BYTES = 3500;
const MAX_TARGET_BYTES = 4500;
const FURNITURE_SHARE = 0.2;

export function generateCorpus(opts: CorpusOptions): CorpusArticle[] {
  const langs = opts.langs && opts.langs.length > 0 ? opts.langs : [...LANGS];
  const rng = new Rng(opts.seed);
  const width = Math.max(5, String(opts.count).length);
  const articles: CorpusArticle[] = [];
  for (let i = 0; i < opts.count; i++) {
    const lang = langs[i % langs.length]!;
    const article = generateArticle(lang, rng);
    articles.push({ file: `${String(i).padStart(width, '0')}_${lang}.txt`, lang, ...article });
  }
  return articles;
}

/** Writes the corpus as .txt files in `dir` (created if need be) and returns their paths. */
export function writeCorpus(dir: string, opts: CorpusOptions): string[] {
  mkdirSync(dir, { recursive: true });
  return generateCorpus(opts).map((article) => {
    const path = join(dir, article.file);
    writeFileSync(path, article.text);
    return path;
  });
}

function personName(names: Names, rng: Rng): string {
  return `${rng.pick(names.firstNames)} ${rng.pick(names.lastNames)}`;
}

function pickCast(names: Names, rng: Rng): Cast {
  const host = rng.pick(names.hosts);
  const [rival, donor] = rng.sample(
    names.countries.filter((c) => c !== host),
    2,
  );
  const [agency, otherAgency] = rng.sample(names.agencies, 2);
  return {
    host,
    rival: rival!,
    donor: donor!,
    regions: rng.sample(host.regions, 4),
    agency: agency!,
    otherAgency: otherAgency!,
    organization: rng.pick(names.organizations),
    news: rng.pick(names.news),
    minister: personName(names, rng),
    rivalMinister: personName(names, rng),
    envoy: personName(names, rng),
    chief: personName(names, rng),
    spokesperson: personName(names, rng),
    amount: rng.int(2, 250),
  };
}

function pickDate(rng: Rng): SimpleDate {
  // Day 28 at most, so that every month has it.
  return { y: rng.int(2015, 2024), m: rng.int(1, 12), d: rng.int(1, 28) };
}

function isoOf(date: SimpleDate): string {
  return `${date.y}-${String(date.m).padStart(2, '0')}-${String(date.d).padStart(2, '0')}`;
}

function generateArticle(lang: Lang, rng: Rng): Omit<CorpusArticle, 'file' | 'lang'> {
  const kit = KITS[lang];
  const cast = pickCast(namesFor(lang), rng);
  const date = pickDate(rng);
  const title = rng.pick(kit.headlines)(cast, rng);
  const header = `${title}\n\n${kit.dateLine(date, rng)}\n\n`;
  const paragraphs = body(kit, cast, rng, rng.int(MIN_TARGET_BYTES, MAX_TARGET_BYTES) - byteLength(header));
  if (rng.chance(0.6)) paragraphs[0] = kit.dateline(cast, rng) + paragraphs[0]!;
  const tail = rng.chance(FURNITURE_SHARE) ? `\n\n${kit.furniture(rng).join('\n\n')}` : '';
  return { title, date: isoOf(date), text: `${header}${paragraphs.join('\n\n')}${tail}\n` };
}

/**
 * Draws sentence patterns like cards: each is used once before any repeats, so an article does
 * not say the same thing twice in a row.
 */
function deck<T>(items: readonly T[], rng: Rng): () => T {
  let pile: T[] = [];
  return () => {
    if (pile.length === 0) pile = rng.sample(items, items.length);
    return pile.pop()!;
  };
}

/**
 * 8–15 paragraphs of one to a few sentences. Each paragraph's budget is what is left of the
 * target divided by the paragraphs left, so an early long paragraph is made up for later and
 * the total lands near the target.
 */
function body(kit: LanguageKit, cast: Cast, rng: Rng, targetBytes: number): string[] {
  const count = rng.int(8, 15);
  const draw = deck(kit.sentences, rng);
  const paragraphs: string[] = [];
  let used = 0;
  for (let k = 0; k < count; k++) {
    const budget = (targetBytes - used) / (count - k);
    const sentences: string[] = [];
    let bytes = 0;
    do {
      const sentence = draw()(cast, rng);
      const size = byteLength(sentence) + 1;
      // Stop before a sentence that would overshoot the budget by more than half its own size.
      if (sentences.length > 0 && bytes + size / 2 > budget) break;
      sentences.push(sentence);
      bytes += size;
    } while (bytes < budget);
    paragraphs.push(sentences.join(' '));
    used += bytes + 2;
  }
  return paragraphs;
}

function byteLength(s: string): number {
  return Buffer.byteLength(s, 'utf8');
}

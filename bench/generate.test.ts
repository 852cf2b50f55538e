// The benchmark corpus is deterministic, about 4 KB an article, a third in each language, built
// as a headline, a date line and 8–15 paragraphs, and each article reads back through ingestion
// with the language, title and date it was made with.
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseArticle } from '../electron/core/ingest/parse';
import { readArticle } from '../electron/core/ingest/read';
import { generateCorpus, writeCorpus } from './generate';

const corpus = generateCorpus({ count: 300, seed: 7 });
const FURNITURE_CUE = /Leave a comment|Laisser un commentaire|اترك تعليقاً/;

function parsed(article: (typeof corpus)[number]): ReturnType<typeof parseArticle> {
  const { file, text } = article;
  return parseArticle({
    file,
    path: `/corpus/${file}`,
    text,
    kind: 'txt',
    byteLength: Buffer.byteLength(text),
    encoding: 'UTF-8',
  });
}

describe('generateCorpus', () => {
  it('makes the same corpus from the same seed, and another from another seed', () => {
    expect(generateCorpus({ count: 30, seed: 7 })).toEqual(corpus.slice(0, 30));
    const other = generateCorpus({ count: 30, seed: 8 });
    expect(other.map((a) => a.text)).not.toEqual(corpus.slice(0, 30).map((a) => a.text));
  });

  it('makes articles of 3 to 5 KB, about 4 KB on average', () => {
    const sizes = corpus.map((a) => Buffer.byteLength(a.text));
    expect(Math.min(...sizes)).toBeGreaterThanOrEqual(3000);
    expect(Math.max(...sizes)).toBeLessThanOrEqual(5000);
    const mean = sizes.reduce((sum, n) => sum + n, 0) / sizes.length;
    expect(mean).toBeGreaterThan(3700);
    expect(mean).toBeLessThan(4300);
  });

  it('writes a third of the articles in each language', () => {
    const counts = { en: 0, fr: 0, ar: 0 };
    for (const a of corpus) counts[a.lang]++;
    expect(counts).toEqual({ en: 100, fr: 100, ar: 100 });
  });

  it('keeps to the languages asked for', () => {
    const only = generateCorpus({ count: 10, seed: 1, langs: ['fr'] });
    expect(new Set(only.map((a) => a.lang))).toEqual(new Set(['fr']));
  });

  it('names files uniquely, in order, with their language', () => {
    expect(corpus[0]!.file).toBe('00000_en.txt');
    expect(new Set(corpus.map((a) => a.file)).size).toBe(corpus.length);
    for (const a of corpus) expect(a.file.endsWith(`_${a.lang}.txt`)).toBe(true);
  });

  it.each(corpus.filter((_, i) => i % 5 === 0))(
    'reads back $file with its language, title and date',
    (article) => {
      const read = parsed(article);
      expect(read.lang).toBe(article.lang);
      expect(read.title).toBe(article.title);
      expect(read.date).toBe(article.date);
    },
  );

  it('builds a headline, a date line and 8 to 15 paragraphs, furniture kept out of the body', () => {
    let withFurniture = 0;
    for (const article of corpus) {
      const read = parsed(article);
      const blocks = read.text.slice(read.bodyStart, read.bodyEnd).split('\n\n');
      expect(blocks[0]).toBe(article.title);
      expect(blocks.length - 2).toBeGreaterThanOrEqual(8);
      expect(blocks.length - 2).toBeLessThanOrEqual(15);
      const cue = FURNITURE_CUE.exec(article.text);
      if (cue) {
        withFurniture++;
        expect(cue.index).toBeGreaterThan(read.bodyEnd);
      } else expect(read.bodyEnd).toBe(read.text.length);
    }
    expect(withFurniture).toBeGreaterThan(0);
  });

  it('uses real country names in each language', () => {
    const text = corpus.map((a) => a.text).join('\n');
    expect(text).toMatch(/Azerbaijan|Ukraine|Syria|Iraq|Libya/);
    expect(text).toMatch(/l’Azerbaïdjan|la Syrie|l’Irak|la Libye|le Mali/);
    expect(text).toMatch(/أذربيجان|سوريا|العراق|ليبيا|مالي/);
  });
});

describe('writeCorpus', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'kg-bench-corpus-'));
  });
  afterEach(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  it('writes .txt files that ingestion reads as generated', () => {
    const paths = writeCorpus(join(dir, 'corpus'), { count: 6, seed: 3 });
    expect(readdirSync(join(dir, 'corpus')).sort()).toEqual(
      paths.map((p) => p.slice(p.lastIndexOf('/') + 1)).sort(),
    );
    const expected = generateCorpus({ count: 6, seed: 3 });
    paths.forEach((path, i) => {
      const article = readArticle(path);
      expect(article.text).toBe(expected[i]!.text);
      expect(article.lang).toBe(expected[i]!.lang);
    });
  });
});

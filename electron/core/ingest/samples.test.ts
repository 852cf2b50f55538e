// The five sample articles against the gold annotation's title, date and language, and the
// stored-text contract the scorer relies on: a .txt article's text is the file's text.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readArticle } from './read';

const SAMPLES = fileURLToPath(new URL('../../../resources/samples/', import.meta.url));
const GOLD = fileURLToPath(new URL('../../../test/fixtures/seeds.gold.json', import.meta.url));

interface GoldArticle {
  file: string;
  lang: string;
  title: string;
  date: string | null;
}

const gold = (JSON.parse(readFileSync(GOLD, 'utf8')) as { articles: GoldArticle[] }).articles;

describe('sample articles', () => {
  it('has gold for all five samples', () => {
    expect(gold).toHaveLength(5);
  });

  it.each(gold)('reads $file: title, date and language as in the gold', (expected) => {
    const article = readArticle(SAMPLES + expected.file);
    expect(article.title).toBe(expected.title);
    expect(article.date).toBe(expected.date);
    expect(article.lang).toBe(expected.lang);
    expect(article.langConfidence).toBeGreaterThan(0.5);
  });

  it.each(gold)('keeps $file as written: stored text equals the file, body inside it', ({ file }) => {
    const raw = readFileSync(SAMPLES + file, 'utf8');
    const article = readArticle(SAMPLES + file);
    expect(article.text).toBe(raw);
    expect(article.encoding).toBe('UTF-8');
    expect(article.byteLength).toBe(Buffer.byteLength(raw));
    expect(article.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(article.bodyStart).toBeLessThanOrEqual(article.bodyEnd);
    expect(article.bodyEnd).toBeLessThanOrEqual(raw.length);
    // The headline is body: entities named only there (AZERBAIJAN, FRANCE in 004) count.
    expect(article.text.slice(article.bodyStart)).toMatch(new RegExp(`^${escape(article.title ?? '')}`));
  });

  it('ends the body of 002 before its comment form and unrelated headlines', () => {
    const article = readArticle(SAMPLES + '002_ca7bfee700e51c92.txt');
    const body = article.text.slice(article.bodyStart, article.bodyEnd);
    expect(body.endsWith('a exigé le retrait des forces arméniennes d’occupation.')).toBe(true);
    const tail = article.text.slice(article.bodyEnd);
    expect(tail).toMatch(/commentaire/);
    expect(tail).toMatch(/Trump/);
    expect(body).not.toMatch(/Trump|Bolivie|GIPHY/);
  });

  it('ends the body of 004 before its source link, and reads that link as the URL', () => {
    const article = readArticle(SAMPLES + '004_db6be263df77732d.txt');
    expect(article.text.slice(article.bodyEnd).trim()).toBe(
      '<https://www.azernews.az/nation/183519.html>\n\nKaynak/Source:',
    );
    expect(article.url).toBe('https://www.azernews.az/nation/183519.html');
  });

  it.each(['000_ea09c19839c88b9d.txt', '001_e658fe718727ad49.txt', '003_64745efe3c401ed0.txt'])(
    'keeps all of %s as body: it has no furniture',
    (file) => {
      const article = readArticle(SAMPLES + file);
      expect(article.bodyEnd).toBe(article.text.length);
      expect(article.url).toBeNull();
    },
  );

  it('skips the junk line of 002 and the date marker of 003 when starting the body', () => {
    const a002 = readArticle(SAMPLES + '002_ca7bfee700e51c92.txt');
    expect(a002.text.slice(0, a002.bodyStart)).toBe('in\n\n');
    const a003 = readArticle(SAMPLES + '003_64745efe3c401ed0.txt');
    expect(a003.text.slice(0, a003.bodyStart)).toBe(' date 2022-10-25 ');
  });
});

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

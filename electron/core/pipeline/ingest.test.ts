import Database from 'better-sqlite3';
import { copyFileSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Extractor } from '../extract/types';
import {
  aliasesOfEntity,
  entityIdByKey,
  findBadEvidence,
  getArticleSummaryByFile,
  listEntities,
  mentionsInArticle,
  mentionsOfEntity,
  openStore,
  storeEntityIndex,
  type Db,
} from '../store/index';
import { ingestPaths } from './index';
import { fakeExtractor } from './testing/fake-extractor';
import { SAMPLE_NAMES, SAMPLE_OPTIONS } from './testing/sample-names';
import { copySamples, SAMPLES_DIR } from './testing/samples';

const extractor = fakeExtractor(SAMPLE_NAMES, SAMPLE_OPTIONS);
const now = () => new Date('2024-05-01T12:00:00Z');

let db: Db;
let dir: string;
beforeEach(() => {
  db = openStore(':memory:');
  dir = copySamples('kg-ingest-');
});
afterEach(() => {
  db.close();
  rmSync(dir, { recursive: true, force: true });
});

const TABLES = ['articles', 'entities', 'aliases', 'alias_sources', 'mentions', 'relations', 'evidence'];
function counts(): Record<string, number> {
  return Object.fromEntries(TABLES.map((t) => [t, (db.prepare(`SELECT count(*) AS n FROM ${t}`).get() as { n: number }).n]));
}

describe('ingestPaths', () => {
  it('stores every sample article with its extraction', async () => {
    const progress: string[] = [];
    const summary = await ingestPaths(db, [dir], { extractor, now, onProgress: (p) => progress.push(`${p.done}/${p.total} ${p.status}`) });
    expect(summary).toMatchObject({ added: 5, unchanged: 0, replaced: 0, failed: [], warnings: [], cancelled: false });
    expect(progress).toEqual(['1/5 added', '2/5 added', '3/5 added', '4/5 added', '5/5 added']);
    const c = counts();
    expect(c.articles).toBe(5);
    expect(c.mentions).toBeGreaterThan(50);
    expect(c.evidence).toBeGreaterThan(10);
    expect(findBadEvidence(db)).toEqual([]);
    // One entity per key across the three languages.
    const az = entityIdByKey(db, 'iso:AZ')!;
    expect(aliasesOfEntity(db, az).map((a) => `${a.lang}:${a.name}`).sort()).toEqual(['ar:أذربيجان', 'en:Azerbaijan', 'fr:Azerbaïdjan']);
    // Keyless names resolve across articles by folded alias.
    expect(listEntities(db).filter((e) => e.label === 'ANAMA')).toHaveLength(1);
  });

  it('is idempotent: a second run finds everything unchanged and writes nothing', async () => {
    await ingestPaths(db, [dir], { extractor, now });
    const before = counts();
    const dump = db.prepare('SELECT * FROM articles ORDER BY id').all();
    const summary = await ingestPaths(db, [dir], { extractor, now: () => new Date('2030-01-01') });
    expect(summary).toMatchObject({ added: 0, unchanged: 5, replaced: 0, failed: [] });
    expect(counts()).toEqual(before);
    expect(db.prepare('SELECT * FROM articles ORDER BY id').all()).toEqual(dump);
  });

  it('replaces the derived data of a changed file', async () => {
    await ingestPaths(db, [dir], { extractor, now });
    const armenia = entityIdByKey(db, 'iso:AM')!;
    const file = join(dir, '004_db6be263df77732d.txt');
    const article = getArticleSummaryByFile(db, '004_db6be263df77732d.txt')!;
    const inFile = mentionsInArticle(db, article.id).filter((m) => m.entityId === armenia).length;
    const total = mentionsOfEntity(db, armenia).length;
    expect(inFile).toBeGreaterThan(0);
    writeFileSync(file, readFileSync(file, 'utf8').replaceAll('Armenia ', 'Moldova '));
    const summary = await ingestPaths(db, [dir], { extractor, now });
    expect(summary).toMatchObject({ added: 0, unchanged: 4, replaced: 1, failed: [] });
    const replaced = getArticleSummaryByFile(db, '004_db6be263df77732d.txt')!;
    expect(mentionsInArticle(db, replaced.id).filter((m) => m.entityId === armenia).length).toBeLessThan(inFile);
    expect(mentionsOfEntity(db, armenia).length).toBe(total - inFile + mentionsInArticle(db, replaced.id).filter((m) => m.entityId === armenia).length);
    expect(findBadEvidence(db)).toEqual([]);
  });

  it('drops the aliases and entities only a changed file supported', async () => {
    await ingestPaths(db, [dir], { extractor, now });
    expect(entityIdByKey(db, 'iso:RU')).toBeDefined();
    for (const f of ['000_ea09c19839c88b9d.txt', '002_ca7bfee700e51c92.txt']) {
      writeFileSync(join(dir, f), readFileSync(join(dir, f), 'utf8').replaceAll('Russie', 'Moldavie'));
    }
    expect(await ingestPaths(db, [dir], { extractor, now })).toMatchObject({ replaced: 2, unchanged: 3 });
    expect(entityIdByKey(db, 'iso:RU')).toBeUndefined();
    expect(storeEntityIndex(db).byAlias('country', 'russie')).toEqual([]);
  });

  it('ends in the same state as a fresh store after files change back', async () => {
    await ingestPaths(db, [dir], { extractor, now });
    const file = join(dir, '000_ea09c19839c88b9d.txt');
    writeFileSync(file, readFileSync(file, 'utf8').replaceAll('ANAMA', 'AAMN'));
    await ingestPaths(db, [dir], { extractor, now });
    copyFileSync(join(SAMPLES_DIR, '000_ea09c19839c88b9d.txt'), file);
    await ingestPaths(db, [dir], { extractor, now });
    const fresh = openStore(':memory:');
    await ingestPaths(fresh, [dir], { extractor, now });
    const c = (d: Db) => TABLES.map((t) => (d.prepare(`SELECT count(*) AS n FROM ${t}`).get() as { n: number }).n);
    expect(c(db)).toEqual(c(fresh));
    fresh.close();
  });

  it('re-extracts unchanged files when the extractor version changes', async () => {
    await ingestPaths(db, [dir], { extractor, now });
    const before = counts();
    const v2 = fakeExtractor(SAMPLE_NAMES, { ...SAMPLE_OPTIONS, version: '2' });
    expect(await ingestPaths(db, [dir], { extractor: v2, now })).toMatchObject({ replaced: 5, unchanged: 0 });
    expect(counts()).toEqual(before);
  });

  it('reports bad inputs by file name and reason, stores the rest and loses nothing stored', async () => {
    await ingestPaths(db, [join(dir, '000_ea09c19839c88b9d.txt')], { extractor, now });
    const stored = counts();
    writeFileSync(join(dir, 'empty.txt'), '');
    writeFileSync(join(dir, 'image.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 1, 2, 3]));
    writeFileSync(join(dir, 'big.txt'), 'x'.repeat(9000));
    writeFileSync(join(dir, 'notes.pdf'), 'not an article');
    const summary = await ingestPaths(db, [dir, join(dir, 'notes.pdf'), join(dir, 'missing.txt')], { extractor, now, maxFileBytes: 8192 });
    expect(summary.failed.map((f) => [f.file, f.code]).sort()).toEqual([
      ['big.txt', 'FILE_TOO_LARGE'],
      ['empty.txt', 'EMPTY_FILE'],
      ['image.txt', 'BINARY_FILE'],
      ['missing.txt', 'UNREADABLE_FILE'],
      ['notes.pdf', 'UNSUPPORTED_FILE'],
    ]);
    for (const f of summary.failed) expect(f.reason).not.toBe('');
    expect(summary).toMatchObject({ added: 4, unchanged: 1 });
    expect(counts().articles).toBe(stored.articles! + 4);
  });

  it('keeps the stored version of a file whose new version cannot be extracted', async () => {
    await ingestPaths(db, [dir], { extractor, now });
    const before = counts();
    const file = join(dir, '003_64745efe3c401ed0.txt');
    writeFileSync(file, `${readFileSync(file, 'utf8')}\nAn extra line.`);
    const broken: Extractor = {
      ...extractor,
      extract: (a) => {
        if (a.text.includes('An extra line.')) throw new Error('rule engine crashed');
        return extractor.extract(a);
      },
    };
    const summary = await ingestPaths(db, [dir], { extractor: broken, now });
    expect(summary.failed).toEqual([{ file: '003_64745efe3c401ed0.txt', path: file, code: 'INTERNAL', reason: 'rule engine crashed' }]);
    expect(summary.unchanged).toBe(4);
    expect(counts()).toEqual(before);
  });

  it('refuses evidence whose quote is not the text at its offsets, and says so', async () => {
    const lying: Extractor = {
      ...extractor,
      extract: (a) => {
        const x = extractor.extract(a);
        for (const r of x.relations) r.evidence = r.evidence.map((e) => ({ ...e, start: e.start + 1 }));
        return x;
      },
    };
    const summary = await ingestPaths(db, [dir], { extractor: lying, now });
    expect(summary.added).toBe(5);
    expect(summary.warnings.length).toBeGreaterThan(0);
    expect(summary.warnings[0]!.reason).toMatch(/^extractor bug: .* evidence quote/);
    expect(counts().evidence).toBe(0);
    expect(counts().relations).toBe(0);
    expect(counts().mentions).toBeGreaterThan(0);
  });

  it('stops between commit groups when its signal fires', async () => {
    const ctl = new AbortController();
    const onProgress = (p: { done: number }) => p.done === 2 && ctl.abort();
    const summary = await ingestPaths(db, [dir], { extractor, now, signal: ctl.signal, onProgress, groupCommit: { maxArticles: 1 } });
    expect(summary).toMatchObject({ added: 2, cancelled: true });
    expect(counts().articles).toBe(2);
  });

  it('reports an article only once it is committed', async () => {
    const path = join(dir, 'kg.sqlite');
    const fileDb = openStore(path);
    const reader = new Database(path, { readonly: true });
    const seen: number[] = [];
    const onProgress = (p: { done: number }) => seen.push((reader.prepare('SELECT count(*) AS n FROM articles').get() as { n: number }).n - p.done);
    const summary = await ingestPaths(fileDb, [dir], { extractor, now, onProgress, groupCommit: { maxArticles: 2 } });
    expect(summary.added).toBe(5);
    // Another connection already sees every article reported so far (and at most one group more).
    expect(seen.every((d) => d >= 0)).toBe(true);
    reader.close();
    fileDb.close();
  });
});

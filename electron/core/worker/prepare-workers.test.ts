// Ingesting with prepare threads (pipeline/prepare-pool.ts, started from the import worker's
// entry through tsx) must store exactly what ingesting on one thread stores, in the same order,
// and keep the batch's promises: progress per committed article, unchanged files left alone,
// bad files reported, cancellation between groups.
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeCorpus } from '../../../bench/generate';
import { extractor } from '../extract/index';
import { ingestPaths, type IngestOptions } from '../pipeline/index';
import { copySamples } from '../pipeline/testing/samples';
import { openStore, type Db } from '../store/index';
import { prepareWorkers } from './spawn';

const now = () => new Date('2024-05-01T12:00:00Z');
const workers = { spawn: prepareWorkers(), threads: 2, minArticles: 1 };
const TABLES = ['articles', 'entities', 'aliases', 'alias_sources', 'mentions', 'relations', 'evidence'];

function dump(db: Db): Record<string, unknown[]> {
  return Object.fromEntries(TABLES.map((t) => [t, db.prepare(`SELECT * FROM ${t} ORDER BY 1, 2`).all()]));
}

let dir: string;
let db: Db;
beforeEach(() => {
  dir = copySamples('kg-prepare-');
  writeCorpus(dir, { count: 30, seed: 7 });
  db = openStore(':memory:');
});
afterEach(() => {
  db.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('ingesting with prepare threads', () => {
  it('stores what one thread stores, row for row, and reports files in input order', async () => {
    const single = openStore(':memory:');
    await ingestPaths(single, [dir], { extractor, now });
    const progress: string[] = [];
    const opts: IngestOptions = { workers, now, groupCommit: { maxArticles: 4 }, onProgress: (p) => progress.push(p.file) };
    const summary = await ingestPaths(db, [dir], opts);
    expect(summary).toMatchObject({ added: 35, failed: [], cancelled: false });
    expect(dump(db)).toEqual(dump(single));
    expect(progress).toEqual((single.prepare('SELECT file FROM articles ORDER BY id').all() as { file: string }[]).map((r) => r.file));
    single.close();
    expect(await ingestPaths(db, [dir], { workers, now })).toMatchObject({ added: 0, unchanged: 35, replaced: 0 });
  });

  it('reports bad files and replaces changed ones', async () => {
    await ingestPaths(db, [dir], { workers, now });
    writeFileSync(join(dir, 'empty.txt'), '');
    writeFileSync(join(dir, '000_ea09c19839c88b9d.txt'), 'Baku, 2 May 2024. Azerbaijan and Armenia signed an agreement.');
    const summary = await ingestPaths(db, [dir, join(dir, 'missing.txt')], { workers, now });
    expect(summary.failed.map((f) => [f.file, f.code]).sort()).toEqual([
      ['empty.txt', 'EMPTY_FILE'],
      ['missing.txt', 'UNREADABLE_FILE'],
    ]);
    expect(summary).toMatchObject({ added: 0, replaced: 1, unchanged: 34 });
  });

  it('stops between commit groups when its signal fires', async () => {
    const ctl = new AbortController();
    const onProgress = (p: { done: number }) => p.done === 3 && ctl.abort();
    const summary = await ingestPaths(db, [dir], { workers, now, signal: ctl.signal, onProgress, groupCommit: { maxArticles: 1 } });
    expect(summary).toMatchObject({ added: 3, cancelled: true });
  });

  it('takes no extractor of its own', async () => {
    await expect(ingestPaths(db, [dir], { workers, extractor })).rejects.toMatchObject({ code: 'INVALID_INPUT' });
  });
});

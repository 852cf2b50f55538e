// Killing an ingest mid-batch (SIGKILL: no handler runs, no transaction is finished) must leave
// a store that is intact, holds every stored article with all of its derived data and nothing
// half-written, and lets a second ingest complete the batch: on one thread with a stand-in
// extractor, and with the rule engine on prepare threads as the app runs it.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extractor as ruleEngine } from '../../electron/core/extract/index';
import type { Extractor } from '../../electron/core/extract/types';
import { checkExtraction, ingestPaths, type IngestOptions } from '../../electron/core/pipeline/index';
import { prepareWorkers } from '../../electron/core/worker/spawn';
import { findBadEvidence, iterateArticles, mentionsInArticle, openStore, searchArticles, type Db } from '../../electron/core/store/index';
import { writeCorpus } from '../../bench/generate';
import { crashExtractor } from './crash-extractor';

const ROOT = resolve(__dirname, '../..');
const ARTICLES = 1200;
const KILL_AFTER = 200;

let dir: string;
let corpus: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'kg-crash-'));
  corpus = join(dir, 'corpus');
  writeCorpus(corpus, { count: ARTICLES, seed: 11 });
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Runs the child until it reports `KILL_AFTER` articles, then SIGKILLs it; resolves with what it said. */
function ingestAndKill(dbPath: string, mode: string[]): Promise<{ lastProgress: number; finished: boolean; signal: NodeJS.Signals | null }> {
  const child = spawn(process.execPath, ['--import', 'tsx', join(__dirname, 'ingest-child.ts'), dbPath, corpus, ...mode], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let lastProgress = 0;
  let finished = false;
  createInterface({ input: child.stdout }).on('line', (line) => {
    const [word, n] = line.split(' ');
    if (word === 'done') finished = true;
    if (word !== 'progress') return;
    lastProgress = Number(n);
    if (lastProgress >= KILL_AFTER && child.exitCode === null) child.kill('SIGKILL');
  });
  return new Promise((res, rej) => {
    child.on('error', rej);
    child.on('exit', (_code, signal) => res({ lastProgress, finished, signal }));
  });
}

function scalar(db: Db, sql: string): number {
  return (db.prepare(sql).get() as { n: number }).n;
}

const MODES: { name: string; args: string[]; extractor: () => Extractor; engine: () => IngestOptions }[] = [
  { name: 'on one thread', args: [], extractor: crashExtractor, engine: () => ({ extractor: crashExtractor() }) },
  {
    name: 'with prepare threads',
    args: ['workers'],
    extractor: () => ruleEngine,
    engine: () => ({ workers: { spawn: prepareWorkers(), threads: 2 } }),
  },
];

describe.each(MODES)('an ingest killed mid-batch $name', ({ name, args, extractor: expected, engine }) => {
  it('leaves a consistent store that a second ingest completes', async () => {
    const dbPath = join(dir, `kg-${name.replaceAll(' ', '-')}.sqlite`);
    const run = await ingestAndKill(dbPath, args);
    expect(run.signal).toBe('SIGKILL');
    expect(run.finished).toBe(false);

    const db = openStore(dbPath);
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(db.pragma('foreign_key_check')).toEqual([]);
    const stored = scalar(db, 'SELECT count(*) AS n FROM articles');
    // Everything reported was committed; the kill landed before the batch ended.
    expect(stored).toBeGreaterThanOrEqual(run.lastProgress);
    expect(stored).toBeLessThan(ARTICLES);

    const extractor = expected();
    let withMentions = 0;
    for (const a of iterateArticles(db)) {
      const expected = checkExtraction(a.text, extractor.extract(a)).extraction;
      expect(mentionsInArticle(db, a.id).length, a.file).toBe(expected.mentions.length);
      const evidence = scalar(db, `SELECT count(*) AS n FROM evidence WHERE article_id = ${a.id}`);
      expect(evidence > 0, a.file).toBe(expected.relations.length > 0);
      if (expected.mentions.length > 0) withMentions++;
    }
    expect(withMentions).toBeGreaterThan(stored / 2);
    expect(scalar(db, 'SELECT count(*) AS n FROM evidence WHERE article_id NOT IN (SELECT id FROM articles)')).toBe(0);
    expect(scalar(db, 'SELECT count(*) AS n FROM relations r WHERE NOT EXISTS (SELECT 1 FROM evidence e WHERE e.relation_id = r.id)')).toBe(0);
    expect(findBadEvidence(db)).toEqual([]);
    expect(searchArticles(db, 'mine*', { limit: 1 })).toHaveLength(1);

    const summary = await ingestPaths(db, [corpus], engine());
    expect(summary).toMatchObject({ added: ARTICLES - stored, unchanged: stored, replaced: 0, failed: [] });
    expect(scalar(db, 'SELECT count(*) AS n FROM articles')).toBe(ARTICLES);
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    db.close();
  });
});

// Ingesting a batch of articles: read, extract and store each one, reporting progress per
// article. An article that cannot be read or extracted is recorded with its reason and the batch
// goes on; whatever was stored before stays stored. Each group relabels the entities it names
// (store/labels.ts) and replays the curation log, so that analysts' corrections hold over the
// new data; the batch's summary reports the replay after its last group.
//
// Commits are grouped: each article is written in its own transaction (a savepoint inside the
// group's), so a failing article rolls back alone, and the group commits after a few dozen
// articles or a fraction of a second. With synchronous=FULL every commit waits for the disk,
// which alone would cap ingestion near 300 articles/s; `groupCommit: { maxArticles: 1 }` commits
// each article durably on its own. Progress is reported once a group is committed, so an article
// reported as stored is on disk; a crash loses at most the group being written, never part of
// an article. The loop yields to the event loop between groups, so that an AbortSignal (or a
// worker's messages) can be acted on mid-batch.
//
// While a batch writes, the WAL is checkpointed every BATCH_CHECKPOINT_PAGES pages rather than
// SQLite's default 1,000 (see withBatchCheckpoints).
//
// With `workers`, articles are prepared (read, extracted, checked) on worker threads
// (./prepare-pool.ts) a little ahead of the writer, and this thread only writes: it waits for
// the next articles in input order, at most `maxMs` for a group to fill, then writes them as above.
import Database from 'better-sqlite3';
import { errorValue, KgError, type ErrorValue } from '../../../shared/errors';
import { createExtractor, extractor as defaultExtractor } from '../extract/index';
import type { Extractor } from '../extract/types';
import type { DecodedArticle } from '../ingest/index';
import { applyCurationLog, getArticleSummaryByFile, relabelArticles, type Db } from '../store/index';
import { ingestArticle, storePrepared } from './ingest-article';
import type { ArticleSource, PrepareResult } from './prepare';
import { createPreparePool, type PreparePool } from './prepare-pool';
import type { ArticleOutcome, FailedFile, IngestOptions, IngestSummary } from './types';

export interface BatchItem {
  file: string;
  path: string;
  /** Reads and decodes the article; throws a KgError when it cannot. */
  read(): DecodedArticle;
  /** The same read, described for a worker thread; needed when the batch runs with `workers`. */
  source?: ArticleSource;
}

export const DEFAULT_GROUP_COMMIT = { maxArticles: 50, maxMs: 200 };
/** Below this many articles, starting threads (and loading the lexicon in each) costs more than it saves. */
export const DEFAULT_MIN_ARTICLES_FOR_WORKERS = 64;

/**
 * About 40 MB of WAL. A checkpoint copies every page changed since the last one into the database
 * file and waits for the disk; an ingest changes the same index pages over and over, so rarer
 * checkpoints write far less: on 10,000 generated articles, the writer's time outside the
 * articles' own statements (commits, checkpoints) fell from about 16 s to 10 s.
 */
export const BATCH_CHECKPOINT_PAGES = 10_000;

type Outcome = ArticleOutcome | ErrorValue;
type Limits = typeof DEFAULT_GROUP_COMMIT;
/** Waits for the group starting at `from`; returns the function that writes it (in a transaction). */
type NextGroup = (from: number) => Promise<() => Outcome[]>;

const nextTurn = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

export function failure(file: string, path: string, error: ErrorValue): FailedFile {
  // Ingestion names the file at the start of its messages; the summary names it in its own field.
  const reason = error.message.replace(`${path}: `, '').replace(`${file}: `, '');
  return { file, path, code: error.code, reason };
}

/**
 * A database that cannot be written (disk full, I/O error, locked) fails every article that
 * follows, so it ends the batch; a constraint violation concerns one article's data only.
 */
function isBatchFatal(err: unknown): boolean {
  return err instanceof Database.SqliteError && !err.code.startsWith('SQLITE_CONSTRAINT');
}

function attempt(write: () => ArticleOutcome): Outcome {
  try {
    return write();
  } catch (err) {
    if (isBatchFatal(err)) throw new KgError('DB_ERROR', `Cannot write to the database: ${(err as Error).message}`);
    return errorValue(err);
  }
}

/** Reads, extracts and writes on this thread, as the group goes. */
function inProcess(db: Db, items: readonly BatchItem[], extractor: Extractor, limits: Limits, opts: IngestOptions): NextGroup {
  return async (from) => () => {
    const started = performance.now();
    const outcomes: Outcome[] = [];
    for (let i = from; i < items.length && outcomes.length < limits.maxArticles; i++) {
      outcomes.push(attempt(() => ingestArticle(db, items[i]!.read(), extractor, { now: opts.now })));
      if (performance.now() - started >= limits.maxMs) break;
    }
    return outcomes;
  };
}

interface Slot {
  settled: Promise<void>;
  result?: PrepareResult;
  error?: Error;
}

function within(promise: Promise<void>, ms: number): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<void>((resolve) => (timer = setTimeout(resolve, ms)));
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/** Prepares on the pool's threads, a window ahead of the writer, and writes here in input order. */
function pooled(db: Db, items: readonly BatchItem[], pool: PreparePool, extractor: Extractor, limits: Limits, opts: IngestOptions): NextGroup {
  const slots = new Map<number, Slot>();
  const window = Math.max(2 * limits.maxArticles, 16);
  let dispatched = 0;
  const dispatch = (upTo: number) => {
    for (; dispatched < Math.min(upTo, items.length); dispatched++) {
      const item = items[dispatched]!;
      if (!item.source) throw new KgError('INTERNAL', `${item.file}: no source to hand to a worker thread`);
      const stored = getArticleSummaryByFile(db, item.file);
      const slot: Slot = { settled: Promise.resolve() };
      slot.settled = pool.prepare(item.source, stored).then(
        (result) => void (slot.result = result),
        (err: Error) => void (slot.error = err),
      );
      slots.set(dispatched, slot);
    }
  };
  const take = (i: number): PrepareResult => {
    const slot = slots.get(i)!;
    slots.delete(i);
    if (slot.error) throw slot.error;
    return slot.result!;
  };
  return async (from) => {
    dispatch(from + window);
    await slots.get(from)!.settled;
    const started = performance.now();
    const ready = [take(from)];
    for (let i = from + 1; i < items.length && ready.length < limits.maxArticles; i++) {
      const slot = slots.get(i)!;
      const left = limits.maxMs - (performance.now() - started);
      if (!slot.result && !slot.error && left > 0) await within(slot.settled, left);
      if (!slot.result && !slot.error) break;
      ready.push(take(i));
    }
    dispatch(from + ready.length + window);
    return () =>
      ready.map((r) => (r.ok ? attempt(() => storePrepared(db, r.article, extractor, { now: opts.now })) : r.error));
  };
}

/**
 * Writes a group, relabels the entities it named (new names can change their best label) and
 * replays the curation log over them, all in the group's transaction: what a group commits holds
 * the analysts' corrections even if the batch stops before its end.
 */
function writeGroup(db: Db, write: () => Outcome[]): Outcome[] {
  return db.transaction(() => {
    const outcomes = write();
    const changed = outcomes.flatMap((o) => ('status' in o && o.status !== 'unchanged' ? [o.articleId] : []));
    if (changed.length > 0) {
      relabelArticles(db, changed);
      applyCurationLog(db);
    }
    return outcomes;
  })();
}

function record(summary: IngestSummary, item: BatchItem, outcome: Outcome, done: number, total: number, opts: IngestOptions): void {
  if ('status' in outcome) {
    summary[outcome.status]++;
    summary.warnings.push(...outcome.warnings.map((reason) => ({ file: item.file, reason })));
    opts.onProgress?.({ done, total, file: item.file, status: outcome.status });
  } else {
    const failed = failure(item.file, item.path, outcome);
    summary.failed.push(failed);
    opts.onProgress?.({ done, total, file: item.file, status: 'failed', code: failed.code, reason: failed.reason });
  }
}

function startPool(items: readonly BatchItem[], opts: IngestOptions): PreparePool | null {
  const w = opts.workers;
  if (!w || items.length < (w.minArticles ?? DEFAULT_MIN_ARTICLES_FOR_WORKERS)) return null;
  return createPreparePool(w.spawn, w.threads, w.lexiconDir);
}

function batchExtractor(opts: IngestOptions): Extractor {
  if (!opts.workers) return opts.extractor ?? defaultExtractor;
  // The worker threads run the rule engine; this one runs it only for the rare article it must re-extract.
  if (opts.extractor) throw new KgError('INVALID_INPUT', 'ingest: `workers` run the rule engine and take no `extractor`');
  return createExtractor({ lexiconDir: opts.workers.lexiconDir });
}

/**
 * Runs `write` with rarer automatic checkpoints, then checkpoints what is left (PASSIVE: readers
 * are not waited for) and restores the connection's setting. Durability is the WAL's, and
 * synchronous=FULL still makes every commit wait for the disk; only the copying into the
 * database file is batched.
 */
async function withBatchCheckpoints<T>(db: Db, write: () => Promise<T>): Promise<T> {
  const before = db.pragma('wal_autocheckpoint', { simple: true }) as number;
  db.pragma(`wal_autocheckpoint = ${Math.max(before, BATCH_CHECKPOINT_PAGES)}`);
  try {
    return await write();
  } finally {
    db.pragma(`wal_autocheckpoint = ${before}`);
    if (db.pragma('journal_mode', { simple: true }) === 'wal') db.pragma('wal_checkpoint(PASSIVE)');
  }
}

export async function ingestBatch(db: Db, items: readonly BatchItem[], opts: IngestOptions = {}, failed: FailedFile[] = []): Promise<IngestSummary> {
  const summary: IngestSummary = { added: 0, unchanged: 0, replaced: 0, failed: [...failed], warnings: [], cancelled: false, curation: { applied: 0, unresolved: [] } };
  const extractor = batchExtractor(opts);
  const limits = { ...DEFAULT_GROUP_COMMIT, ...opts.groupCommit };
  const pool = startPool(items, opts);
  const nextGroup = pool ? pooled(db, items, pool, extractor, limits, opts) : inProcess(db, items, extractor, limits, opts);
  try {
    await withBatchCheckpoints(db, async () => {
      for (let next = 0; next < items.length; ) {
        if (opts.signal?.aborted) {
          summary.cancelled = true;
          break;
        }
        const outcomes = writeGroup(db, await nextGroup(next));
        for (const outcome of outcomes) {
          record(summary, items[next]!, outcome, next + 1, items.length, opts);
          next++;
        }
        await nextTurn();
      }
      summary.curation = applyCurationLog(db);
    });
  } finally {
    await pool?.close();
  }
  return summary;
}

// Ingesting a batch of articles: read, extract and store each one, reporting progress per
// article. An article that cannot be read or extracted is recorded with its reason and the batch
// goes on; whatever was stored before stays stored. After the batch the curation log is
// replayed, so that analysts' corrections hold over the new data.
//
// Commits are grouped: each article is written in its own transaction (a savepoint inside the
// group's), so a failing article rolls back alone, and the group commits after a few dozen
// articles or a fraction of a second. With synchronous=FULL every commit waits for the disk,
// which alone would cap ingestion near 300 articles/s; `groupCommit: { maxArticles: 1 }` commits
// each article durably on its own. Progress is reported once a group is committed, so an article
// reported as stored is on disk. The loop yields to the event loop between groups, so that an
// AbortSignal (or a worker's messages) can be acted on mid-batch.
import Database from 'better-sqlite3';
import { errorValue, KgError, type ErrorValue } from '../../../shared/errors';
import { extractor as defaultExtractor } from '../extract/index';
import type { DecodedArticle } from '../ingest/index';
import { applyCurationLog, type Db } from '../store/index';
import { ingestArticle } from './ingest-article';
import type { ArticleOutcome, FailedFile, IngestOptions, IngestSummary } from './types';

export interface BatchItem {
  file: string;
  path: string;
  /** Reads and decodes the article; throws a KgError when it cannot. */
  read(): DecodedArticle;
}

export const DEFAULT_GROUP_COMMIT = { maxArticles: 50, maxMs: 200 };

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

function tryIngest(db: Db, item: BatchItem, opts: IngestOptions): ArticleOutcome | ErrorValue {
  try {
    return ingestArticle(db, item.read(), opts.extractor ?? defaultExtractor, { now: opts.now });
  } catch (err) {
    if (isBatchFatal(err)) throw new KgError('DB_ERROR', `Cannot write to the database: ${(err as Error).message}`);
    return errorValue(err);
  }
}

/** Ingests items from `from` on, in one transaction, until the group is full. */
function ingestGroup(db: Db, items: readonly BatchItem[], from: number, opts: IngestOptions): (ArticleOutcome | ErrorValue)[] {
  const limits = { ...DEFAULT_GROUP_COMMIT, ...opts.groupCommit };
  const started = performance.now();
  const outcomes: (ArticleOutcome | ErrorValue)[] = [];
  for (let i = from; i < items.length && outcomes.length < limits.maxArticles; i++) {
    outcomes.push(tryIngest(db, items[i]!, opts));
    if (performance.now() - started >= limits.maxMs) break;
  }
  return outcomes;
}

function record(summary: IngestSummary, item: BatchItem, outcome: ArticleOutcome | ErrorValue, done: number, total: number, opts: IngestOptions): void {
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

export async function ingestBatch(db: Db, items: readonly BatchItem[], opts: IngestOptions = {}, failed: FailedFile[] = []): Promise<IngestSummary> {
  const summary: IngestSummary = { added: 0, unchanged: 0, replaced: 0, failed: [...failed], warnings: [], cancelled: false, curation: { applied: 0, unresolved: [] } };
  for (let next = 0; next < items.length; ) {
    if (opts.signal?.aborted) {
      summary.cancelled = true;
      break;
    }
    const outcomes = db.transaction(() => ingestGroup(db, items, next, opts))();
    for (const outcome of outcomes) {
      record(summary, items[next]!, outcome, next + 1, items.length, opts);
      next++;
    }
    await nextTurn();
  }
  summary.curation = applyCurationLog(db);
  return summary;
}

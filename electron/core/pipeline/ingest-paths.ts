// Ingesting a batch of files or folders: list them, then read, extract and store each article in
// its own transaction, reporting progress per file. A file that cannot be read or extracted is
// recorded with its reason and the batch goes on; whatever was stored before stays stored. After
// the batch the curation log is replayed, so analysts' corrections hold over the new data.
// The loop yields to the event loop between files, so that an AbortSignal (or a worker's
// messages) can be acted on mid-batch.
import { basename } from 'node:path';
import Database from 'better-sqlite3';
import { errorValue, KgError, type ErrorValue } from '../../../shared/errors';
import { extractor as defaultExtractor } from '../extract/index';
import { listInputFiles, readArticle } from '../ingest/index';
import { applyCurationLog, type Db } from '../store/index';
import { ingestArticle } from './ingest-article';
import type { ArticleOutcome, FailedFile, IngestOptions, IngestSummary } from './types';

const nextTurn = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

function failure(path: string, error: ErrorValue): FailedFile {
  const file = basename(path) || path;
  // Ingestion names the file at the start of its messages; the summary names it in its own field.
  const reason = error.message.replace(`${path}: `, '').replace(`${file}: `, '');
  return { file, path, code: error.code, reason };
}

/**
 * A database that cannot be written (disk full, I/O error, locked) fails every file that follows,
 * so it ends the batch; a constraint violation concerns one article's data and fails that file.
 */
function isBatchFatal(err: unknown): boolean {
  return err instanceof Database.SqliteError && !err.code.startsWith('SQLITE_CONSTRAINT');
}

function tryIngest(db: Db, path: string, opts: IngestOptions): ArticleOutcome | ErrorValue {
  try {
    return ingestArticle(db, readArticle(path, { maxBytes: opts.maxFileBytes }), opts.extractor ?? defaultExtractor, { now: opts.now });
  } catch (err) {
    if (isBatchFatal(err)) throw new KgError('DB_ERROR', `Cannot write to the database: ${(err as Error).message}`);
    return errorValue(err);
  }
}

export async function ingestPaths(db: Db, paths: string[], opts: IngestOptions = {}): Promise<IngestSummary> {
  const listing = listInputFiles(paths);
  const summary: IngestSummary = {
    added: 0,
    unchanged: 0,
    replaced: 0,
    failed: listing.errors.map((e) => failure(e.path, e.error)),
    warnings: [],
    cancelled: false,
    curation: { applied: 0, unresolved: [] },
  };
  const total = listing.files.length;
  for (const [i, path] of listing.files.entries()) {
    if (opts.signal?.aborted) {
      summary.cancelled = true;
      break;
    }
    const file = basename(path);
    const outcome = tryIngest(db, path, opts);
    if ('status' in outcome) {
      summary[outcome.status]++;
      summary.warnings.push(...outcome.warnings.map((reason) => ({ file, reason })));
      opts.onProgress?.({ done: i + 1, total, file, status: outcome.status });
    } else {
      summary.failed.push(failure(path, outcome));
      opts.onProgress?.({ done: i + 1, total, file, status: 'failed', code: outcome.code, reason: outcome.message });
    }
    await nextTurn();
  }
  summary.curation = applyCurationLog(db);
  return summary;
}

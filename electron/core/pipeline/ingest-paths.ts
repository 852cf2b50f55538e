// Ingesting the files and folders a user named: list them (folders recursively, see
// ingest/list.ts), then ingest them as one batch. Paths that cannot be listed are reported as
// failed files alongside those that cannot be read.
import { basename } from 'node:path';
import { listInputFiles, readArticle } from '../ingest/index';
import type { Db } from '../store/index';
import { failure, ingestBatch, type BatchItem } from './batch';
import type { IngestOptions, IngestSummary } from './types';

export function ingestPaths(db: Db, paths: string[], opts: IngestOptions = {}): Promise<IngestSummary> {
  const listing = listInputFiles(paths);
  const items: BatchItem[] = listing.files.map((path) => ({
    file: basename(path),
    path,
    read: () => readArticle(path, { maxBytes: opts.maxFileBytes }),
    source: { kind: 'file', path, maxBytes: opts.maxFileBytes },
  }));
  const unlisted = listing.errors.map((e) => failure(basename(e.path) || e.path, e.path, e.error));
  return ingestBatch(db, items, opts, unlisted);
}

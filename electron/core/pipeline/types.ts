// What the ingest pipeline reports: per file as it goes (for a progress bar, the import panel or
// a worker's messages) and for the whole batch at the end. Field names follow the IPC contract's
// ImportSummary and ImportProgress (shared/ipc.ts), so main can forward them as they are.
import type { ErrorCode } from '../../../shared/errors';
import type { CurationReport } from '../store/index';
import type { Extractor } from '../extract/types';
import type { SpawnPrepareWorker } from './prepare-pool';

export type FileStatus = 'added' | 'unchanged' | 'replaced' | 'failed';

export interface FailedFile {
  /** The file name (or, for a path that could not be listed, the path as given). */
  file: string;
  path: string;
  code: ErrorCode;
  reason: string;
}

/** Something wrong in the extractor's output that the pipeline refused to store. */
export interface ExtractionWarning {
  file: string;
  reason: string;
}

export interface IngestSummary {
  added: number;
  unchanged: number;
  replaced: number;
  failed: FailedFile[];
  warnings: ExtractionWarning[];
  /** The batch stopped early because its AbortSignal fired. */
  cancelled: boolean;
  curation: CurationReport;
}

export interface IngestProgress {
  /** Files finished so far, failures included. */
  done: number;
  total: number;
  file: string;
  status: FileStatus;
  code?: ErrorCode;
  reason?: string;
}

export interface IngestOptions {
  /** Defaults to the project's rule engine (electron/core/extract). */
  extractor?: Extractor;
  onProgress?: (progress: IngestProgress) => void;
  signal?: AbortSignal;
  /** Size limit per file; ingestion's MAX_FILE_BYTES unless given. */
  maxFileBytes?: number;
  /**
   * How many articles (at most) and how long (ms, at most, give or take one article) a group of
   * per-article transactions stays open before it commits; see batch.ts. Default 50 / 200 ms.
   */
  groupCommit?: { maxArticles?: number; maxMs?: number };
  /**
   * Prepare articles (read, extract, check) on `threads` worker threads while this thread
   * writes; see batch.ts and prepare-pool.ts. The threads run the rule engine with `lexiconDir`,
   * so `extractor` must be left out. Batches under `minArticles` (default 64) run in-process.
   */
  workers?: { spawn: SpawnPrepareWorker; threads: number; lexiconDir?: string; minArticles?: number };
  /** The clock stamped into ingested_at; tests pin it. */
  now?: () => Date;
}

export interface ArticleOutcome {
  status: Exclude<FileStatus, 'failed'>;
  /** The stored article's id (also when unchanged). */
  articleId: number;
  /** Parts of the extraction that were refused (see check-extraction.ts). */
  warnings: string[];
}

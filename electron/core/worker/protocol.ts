// The messages between the import worker and the thread that started it. The worker owns its own
// database connection (SQLite in WAL mode lets main keep reading meanwhile); nothing but these
// plain, structured-cloneable objects crosses the thread boundary.
import type { ErrorValue } from '../../../shared/errors';
import type { FileStatus, ImportSummary } from '../../../shared/ipc';

/** The script a worker was started from, so that it can start prepare threads from the same one. */
export interface WorkerEntry {
  /** A built .js file, or a TypeScript source run through tsx. */
  kind: 'built' | 'source';
  file: string;
}

export interface ImportWorkerData {
  /** Set by ./spawn.ts; without it the worker prepares articles on its own thread. */
  entry?: WorkerEntry;
  dbPath: string;
  paths: string[];
  /** better_sqlite3.node built for the running runtime, when it is not Node's own build. */
  nativeBinding?: string;
  /** The extractor's lexicon folder (resources/lexicon), which a bundled worker cannot find by itself. */
  lexiconDir?: string;
}

export type ToWorker = { type: 'cancel' };

export type FromWorker =
  | { type: 'listed'; total: number }
  | { type: 'file'; done: number; total: number; file: string; status: FileStatus; code?: string; reason?: string }
  | { type: 'done'; summary: ImportSummary; cancelled: boolean }
  | { type: 'failed'; error: ErrorValue };

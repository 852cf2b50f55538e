// Everything a host (Electron's main process, the e2e bridge, the tests) needs to serve the API:
// the open store, the import jobs, the layout file and the handler table, assembled from a few
// host-specific pieces (how to spawn the worker, how to push events, which dialogs to show).
// Nothing here opens anything until createHost is called.
import { mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Emit, HandlerTable } from '../../../shared/ipc';
import { countArticles, openStore, type Db } from '../store/index';
import { createImportJobs, type ImportJobs } from '../worker/jobs';
import type { SpawnImportWorker } from '../worker/spawn';
import type { ApiContext, Dialogs } from './context';
import { createHandlers } from './handlers';
import { fileLayoutStore } from './layout-file';

export interface HostOptions {
  dataDir: string;
  /** Defaults to `<dataDir>/kg.sqlite`. */
  dbPath?: string;
  /** better_sqlite3.node for the running runtime (Electron); Node's own build when absent. */
  nativeBinding?: string;
  /** The extractor's lexicon folder; the engine's own resources/lexicon when absent. */
  lexiconDir?: string;
  spawnWorker: SpawnImportWorker;
  emit: Emit;
  dialogs: Dialogs;
  versions?: Partial<ApiContext['versions']>;
}

export interface Host {
  handlers: HandlerTable;
  imports: ImportJobs;
  store(): { db: Db; path: string };
  /** Closes the current store and opens (creating if needed) the one at `path`. */
  switchStore(path: string, reason: 'open' | 'new'): void;
  /** Imports the sample corpus when the store has no article yet; returns the job id or null. */
  seedIfEmpty(samplesDir: string): string | null;
  dispose(): Promise<void>;
}

export const DEFAULT_DB_NAME = 'kg.sqlite';

export function createHost(opts: HostOptions): Host {
  mkdirSync(opts.dataDir, { recursive: true });
  const path = opts.dbPath ?? join(opts.dataDir, DEFAULT_DB_NAME);
  let current = { db: openStore(path, { nativeBinding: opts.nativeBinding }), path };
  const imports = createImportJobs({
    spawn: opts.spawnWorker,
    target: () => ({ dbPath: current.path, nativeBinding: opts.nativeBinding, lexiconDir: opts.lexiconDir }),
    emit: opts.emit,
  });
  const ctx: ApiContext = {
    store: () => current,
    dataDir: opts.dataDir,
    versions: { app: opts.versions?.app ?? '0.0.0', electron: opts.versions?.electron ?? null, chrome: opts.versions?.chrome ?? null },
    imports,
    layout: fileLayoutStore(opts.dataDir),
    dialogs: opts.dialogs,
    emit: opts.emit,
  };
  return {
    handlers: createHandlers(ctx),
    imports,
    store: () => current,
    switchStore(path, reason) {
      const db = openStore(path, { nativeBinding: opts.nativeBinding });
      current.db.close();
      current = { db, path };
      opts.emit('store:changed', { reason });
    },
    seedIfEmpty(samplesDir) {
      if (countArticles(current.db) > 0) return null;
      const files = readdirSync(samplesDir).filter((f) => f.endsWith('.txt')).map((f) => join(samplesDir, f));
      return files.length ? imports.start(files) : null;
    },
    async dispose() {
      await imports.dispose();
      current.db.close();
    },
  };
}

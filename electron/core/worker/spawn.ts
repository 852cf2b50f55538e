// How a Worker for the import entry is created. In the Electron app the entry is a built .js file
// (electron-vite's `?modulePath`); under plain Node (tests, the e2e bridge) it is the TypeScript
// source, loaded through tsx's loader from a small bootstrap, since Node cannot run .ts by itself.
// The same entry also serves as a prepare thread (pipeline/prepare-pool.ts) when its workerData
// says so; the import worker starts those from the entry it was itself started from.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { SpawnPrepareWorker } from '../pipeline/index';
import type { ImportWorkerData, WorkerEntry } from './protocol';

export type SpawnImportWorker = (data: ImportWorkerData) => Worker;

/** Workers over a built JavaScript entry. */
export function builtWorker(file: string): SpawnImportWorker {
  const entry: WorkerEntry = { kind: 'built', file };
  return (data) => startWorker(entry, { ...data, entry });
}

/** The TypeScript source of the import worker, for `sourceWorker`. */
export const IMPORT_WORKER_SOURCE = fileURLToPath(new URL('./import-worker.ts', import.meta.url));

/** tsx's ESM API entry, found through its package exports (require.resolve would give the CJS one). */
function tsxEsmApi(): string {
  const pkg = createRequire(import.meta.url).resolve('tsx/package.json');
  const exports = JSON.parse(readFileSync(pkg, 'utf8')).exports as Record<string, { import: { default: string } }>;
  return join(dirname(pkg), exports['./esm/api']!.import.default);
}

/** Workers over a TypeScript entry, run through tsx (a dependency of the project). */
export function sourceWorker(file: string = IMPORT_WORKER_SOURCE): SpawnImportWorker {
  const entry: WorkerEntry = { kind: 'source', file };
  return (data) => startWorker(entry, { ...data, entry });
}

/** Prepare threads over the import worker's entry (pipeline/prepare-pool.ts). */
export function prepareWorkers(entry: WorkerEntry = { kind: 'source', file: IMPORT_WORKER_SOURCE }): SpawnPrepareWorker {
  return (data) => startWorker(entry, data);
}

function startWorker(entry: WorkerEntry, workerData: unknown): Worker {
  if (entry.kind === 'built') return new Worker(entry.file, { workerData });
  const tsxApi = pathToFileURL(tsxEsmApi()).href;
  const url = pathToFileURL(entry.file).href;
  const bootstrap = `import(${JSON.stringify(tsxApi)}).then(({ tsImport }) => tsImport(${JSON.stringify(url)}, ${JSON.stringify(url)}))`;
  return new Worker(bootstrap, { eval: true, workerData });
}

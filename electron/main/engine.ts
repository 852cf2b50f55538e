// Loads the engine (store, graph, exporters, zod schemas) after the window exists: the dynamic
// import keeps better-sqlite3 and graphology out of the start-up path, so the window can paint
// while the store opens. Reports a store that cannot be opened in a dialog that says what to do.
import { dialog } from 'electron';
import type { Host, HostOptions } from '../core/api/host';
import importWorkerPath from '../core/worker/import-worker?modulePath';

export type EngineOptions = Omit<HostOptions, 'spawnWorker'>;

export async function loadEngine(opts: EngineOptions): Promise<Host> {
  const [{ createHost }, { builtWorker }] = await Promise.all([import('../core/api/host'), import('../core/worker/spawn')]);
  try {
    return createHost({ ...opts, spawnWorker: builtWorker(importWorkerPath) });
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    const native = /NODE_MODULE_VERSION|better_sqlite3\.node|was compiled against/.test(message);
    dialog.showErrorBox(
      'KG Explorer cannot open its database',
      native
        ? `${message}\n\nThe SQLite module is not built for this Electron. Run \`node scripts/ensure-native.mjs electron\` (npm start does it), then start again.`
        : message,
    );
    throw err;
  }
}

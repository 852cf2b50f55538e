// What the handler table needs from its host. Electron's main process provides native dialogs and
// the user-data folder; the e2e bridge and the tests provide temp folders and fixed answers. The
// handlers never touch 'electron', so the same table serves both.
import type { Emit } from '../../../shared/ipc';
import type { Db } from '../store/db';
import type { ImportJobs } from '../worker/jobs';
import type { LayoutStore } from './layout-file';

export interface ExportTarget {
  /** A suggested file name, extension included. */
  name: string;
  extension: string;
  label: string;
}

export interface Dialogs {
  /** Files or a folder chosen by the user; null when the dialog was cancelled. */
  chooseImport(source: 'files' | 'folder'): Promise<string[] | null>;
  /** Where to write an export; null when cancelled. */
  chooseExportTarget(target: ExportTarget): Promise<string | null>;
}

export interface ApiContext {
  /** The open store; a function because "Open database…" swaps it. */
  store(): { db: Db; path: string };
  dataDir: string;
  versions: { app: string; electron: string | null; chrome: string | null };
  imports: ImportJobs;
  layout: LayoutStore;
  dialogs: Dialogs;
  /** Pushes an event to the page, as the import jobs do (`store:changed` after relabelling). */
  emit: Emit;
}

// Native dialogs, all in main: the renderer only ever learns a path the user picked here (or
// dropped onto the window). Used by the handler table (imports, exports) and the File menu.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { app, dialog, type BrowserWindow } from 'electron';
import type { Dialogs } from '../core/api/context';

const ARTICLE_FILTER = { name: 'Articles (.txt, .md, .html)', extensions: ['txt', 'md', 'html', 'htm'] };
const DB_FILTER = { name: 'KG Explorer database', extensions: ['sqlite', 'db'] };

export function electronDialogs(window: () => BrowserWindow | null): Dialogs {
  return {
    async chooseImport(source) {
      const options: Electron.OpenDialogOptions =
        source === 'files'
          ? { title: 'Import articles', properties: ['openFile', 'multiSelections'], filters: [ARTICLE_FILTER] }
          : { title: 'Import a folder of articles', properties: ['openDirectory'] };
      const win = window();
      const r = win ? await dialog.showOpenDialog(win, options) : await dialog.showOpenDialog(options);
      return r.canceled || r.filePaths.length === 0 ? null : r.filePaths;
    },
    async chooseExportTarget(target) {
      const options: Electron.SaveDialogOptions = {
        title: 'Export graph',
        defaultPath: join(app.getPath('documents'), target.name),
        filters: [{ name: target.label, extensions: [target.extension] }],
      };
      const win = window();
      const r = win ? await dialog.showSaveDialog(win, options) : await dialog.showSaveDialog(options);
      return r.canceled || !r.filePath ? null : r.filePath;
    },
  };
}

export async function chooseDatabase(win: BrowserWindow | null, mode: 'open' | 'new'): Promise<string | null> {
  if (mode === 'open') {
    const options: Electron.OpenDialogOptions = { title: 'Open database', properties: ['openFile'], filters: [DB_FILTER] };
    const r = win ? await dialog.showOpenDialog(win, options) : await dialog.showOpenDialog(options);
    return r.canceled ? null : (r.filePaths[0] ?? null);
  }
  const options: Electron.SaveDialogOptions = {
    title: 'New database',
    defaultPath: join(app.getPath('documents'), 'knowledge-graph.sqlite'),
    filters: [DB_FILTER],
  };
  const r = win ? await dialog.showSaveDialog(win, options) : await dialog.showSaveDialog(options);
  if (r.canceled || !r.filePath) return null;
  if (existsSync(r.filePath)) {
    dialog.showErrorBox('New database', `${r.filePath} already exists. Choose a new file name, or use File › Open database… to open it.`);
    return null;
  }
  return r.filePath;
}

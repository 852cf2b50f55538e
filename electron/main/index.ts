// The Electron main process: one window on the app:// page, the engine loaded lazily behind it,
// the IPC handler table wired with sender checks, the application menu, and on first launch the
// sample corpus imported so a graph shows at once. Everything that touches 'electron' lives in
// this folder; the engine itself is electron/core, shared with the CLI and the tests.
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { app, dialog, Menu, shell, type BrowserWindow } from 'electron';
import type { LabelPreference } from '../../shared/domain';
import type { EventName, EventPayloads, HandlerTable } from '../../shared/ipc';
import type { Host } from '../core/api/host';
import { chooseDatabase, electronDialogs } from './dialogs';
import { loadEngine } from './engine';
import { wireIpc } from './ipc';
import { buildMenu } from './menu';
import { findNativeBinding } from './native-binding';
import { registerAppScheme, serveRenderer } from './protocol';
import { lockDownContents, lockDownSession } from './security';
import { createMainWindow, preloadPath } from './window';

const here = fileURLToPath(new URL('.', import.meta.url));
const devServer = !app.isPackaged ? process.env.ELECTRON_RENDERER_URL : undefined;
let win: BrowserWindow | null = null;
let engine: Promise<Host> | null = null;

const emit = <E extends EventName>(event: E, payload: EventPayloads[E]): void => {
  if (win && !win.isDestroyed()) win.webContents.send(event, payload);
  // Another store, or another label preference: the menu's View > Entity Labels follows.
  if (event === 'store:changed') void refreshMenu();
};

/** resources/<name>: next to the app when packaged, in the checkout otherwise. */
function resource(name: 'samples' | 'lexicon'): string {
  return app.isPackaged ? join(process.resourcesPath, name) : join(app.getAppPath(), 'resources', name);
}

async function withEngine(task: (host: Host) => unknown): Promise<void> {
  try {
    if (engine) await task(await engine);
  } catch (err) {
    dialog.showErrorBox('KG Explorer', err instanceof Error ? err.message : String(err));
  }
}

/** The menu, rebuilt when what it shows (the store's label preference) may have changed. */
async function refreshMenu(): Promise<void> {
  let labels: LabelPreference | null = null;
  await withEngine(async (host) => {
    const r = await host.handlers['labels:get']({});
    if (r.ok) labels = r.value.prefer;
  });
  Menu.setApplicationMenu(menu(labels));
}

function menu(labels: LabelPreference | null): Menu {
  return buildMenu({
    isDev: devServer !== undefined,
    send: (action) => emit('menu:action', action),
    importFrom: (source) => void withEngine((host) => host.handlers['import:files']({ source })),
    database: (mode) =>
      void withEngine(async (host) => {
        const path = await chooseDatabase(win, mode);
        if (path) host.switchStore(path, mode);
      }),
    labels,
    setLabels: (prefer) =>
      void withEngine(async (host) => {
        const r = await host.handlers['labels:set']({ prefer });
        if (!r.ok) throw new Error(r.error.message);
      }),
    about: () =>
      void dialog.showMessageBox({
        title: 'About KG Explorer',
        message: `KG Explorer ${app.getVersion()}`,
        detail: `Electron ${process.versions.electron}\nChromium ${process.versions.chrome}\nNode ${process.versions.node}`,
      }),
    showDataLocation: () =>
      void withEngine(async (host) => {
        const { path } = host.store();
        const r = await dialog.showMessageBox({
          title: 'Where is my data?',
          message: 'Your knowledge graph is stored in one SQLite file.',
          detail: `Database: ${path}\nData folder: ${app.getPath('userData')}`,
          buttons: ['Show in Folder', 'OK'],
          defaultId: 1,
        });
        if (r.response === 0) shell.showItemInFolder(path);
      }),
  });
}

async function ready(): Promise<void> {
  lockDownSession(devServer);
  serveRenderer(join(here, '../renderer'));
  const dataDir = app.getPath('userData');
  engine = loadEngine({
    dataDir,
    nativeBinding: findNativeBinding(app.getAppPath(), process.versions.electron, process.arch),
    lexiconDir: resource('lexicon'),
    emit,
    dialogs: electronDialogs(() => win),
    versions: { app: app.getVersion(), electron: process.versions.electron, chrome: process.versions.chrome },
  });
  wireIpc(engine.then((host): HandlerTable => host.handlers), devServer);
  Menu.setApplicationMenu(menu(null));
  void refreshMenu();
  win = createMainWindow({ preload: preloadPath(here), stateFile: join(dataDir, 'window-state.json'), devServer });
  win.on('closed', () => (win = null));
  await withEngine((host) => host.seedIfEmpty(resource('samples')));
}

function main(): void {
  registerAppScheme();
  // Lets the e2e specs (and anyone keeping several stores apart) choose the data folder.
  if (process.env.KG_USER_DATA_DIR) app.setPath('userData', resolve(process.env.KG_USER_DATA_DIR));
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return;
  }
  app.on('second-instance', () => {
    if (!win) return;
    if (win.isMinimized()) win.restore();
    win.focus();
  });
  app.on('web-contents-created', (_event, contents) => lockDownContents(contents, devServer));
  app.on('window-all-closed', () => app.quit());
  app.on('will-quit', () => void engine?.then((host) => host.dispose()).catch(() => undefined));
  app.whenReady().then(ready, (err: unknown) => dialog.showErrorBox('KG Explorer', String(err)));
}

main();

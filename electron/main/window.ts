// The one main window: sandboxed, context-isolated, no Node in the page, shown once it has
// painted (ready-to-show) so the user never sees a blank frame, with its size and position
// remembered between runs (./window-state.ts). Navigation and window.open are locked down for
// every web contents in ./security.ts (app 'web-contents-created').
import { join } from 'node:path';
import { BrowserWindow, screen } from 'electron';
import { APP_INDEX_URL } from './app-protocol';
import { loadWindowState, saveWindowState } from './window-state';

export interface WindowOptions {
  preload: string;
  stateFile: string;
  /** electron-vite's dev server during `npm run dev`; the app:// page otherwise. */
  devServer?: string;
}

export function createMainWindow(opts: WindowOptions): BrowserWindow {
  const state = loadWindowState(opts.stateFile, screen.getAllDisplays().map((d) => d.workArea));
  const win = new BrowserWindow({
    x: state.x,
    y: state.y,
    width: state.width,
    height: state.height,
    minWidth: 640,
    minHeight: 420,
    show: false,
    title: 'KG Explorer',
    backgroundColor: '#1e1f24',
    webPreferences: {
      preload: opts.preload,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      spellcheck: false,
    },
  });
  if (state.maximized) win.maximize();
  win.once('ready-to-show', () => win.show());
  win.on('close', () => {
    const b = win.getNormalBounds();
    saveWindowState(opts.stateFile, { x: b.x, y: b.y, width: b.width, height: b.height, maximized: win.isMaximized() });
  });
  void win.loadURL(opts.devServer ?? APP_INDEX_URL);
  return win;
}

export function preloadPath(mainDir: string): string {
  return join(mainDir, '../preload/index.cjs');
}

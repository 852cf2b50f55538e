// The preload: builds `window.api`, a closed list of functions checked against the contract's
// KgWindowApi with `satisfies` (actualbudget's desktop preload is the model). It never exposes
// ipcRenderer, arbitrary channels or Node; events reach the page as plain payloads, never the
// IPC event object. Only types come from shared/ipc.ts, so the sandboxed bundle stays small.
import { contextBridge, ipcRenderer, webUtils } from 'electron';
import type { Result } from '../../shared/errors';
import type { ApiOpName, EventName, EventPayloads, ImportStarted, Input, KgWindowApi, Output } from '../../shared/ipc';

function invoke<K extends ApiOpName>(name: K) {
  return (input: Input<K>): Promise<Result<Output<K>>> => ipcRenderer.invoke(name, input);
}

function subscribe<E extends EventName>(event: E) {
  return (cb: (payload: EventPayloads[E]) => void): (() => void) => {
    const listener = (_event: Electron.IpcRendererEvent, payload: EventPayloads[E]) => cb(payload);
    ipcRenderer.on(event, listener);
    return () => void ipcRenderer.removeListener(event, listener);
  };
}

/** Paths of dropped files: only real `File`s from a drop or a file input have one. */
function importDropped(files: readonly unknown[]): Promise<Result<ImportStarted>> {
  const paths = files.flatMap((f) => (f instanceof File ? [webUtils.getPathForFile(f)] : [])).filter((p) => p !== '');
  if (paths.length === 0) {
    return Promise.resolve({ ok: false, error: { code: 'INVALID_INPUT', message: 'None of the dropped items is a file on disk.' } });
  }
  return ipcRenderer.invoke('import:dropped', { paths });
}

const api = {
  'graph:overview': invoke('graph:overview'),
  'graph:neighbourhood': invoke('graph:neighbourhood'),
  'graph:path': invoke('graph:path'),
  'graph:metrics': invoke('graph:metrics'),
  'entity:get': invoke('entity:get'),
  'evidence:forRelation': invoke('evidence:forRelation'),
  'article:get': invoke('article:get'),
  'search:query': invoke('search:query'),
  'import:files': invoke('import:files'),
  'import:status': invoke('import:status'),
  'import:cancel': invoke('import:cancel'),
  'export:formats': invoke('export:formats'),
  'export:graph': invoke('export:graph'),
  'export:png': invoke('export:png'),
  'app:info': invoke('app:info'),
  'labels:get': invoke('labels:get'),
  'labels:set': invoke('labels:set'),
  'layout:save': invoke('layout:save'),
  'layout:load': invoke('layout:load'),
  importDropped,
  onImportProgress: subscribe('import:progress'),
  onStoreChanged: subscribe('store:changed'),
  onMenu: subscribe('menu:action'),
} satisfies KgWindowApi;

contextBridge.exposeInMainWorld('api', api);

// The browser stand-in for electron/preload: connects a Playwright page to the engine's real
// handler table. One binding carries every operation; an init script builds `window.api` from
// the contract's closed list of operation names (shared/ipc.ts), exactly as the preload does from
// ipcRenderer, and events from the host are pushed into the page the way main sends them.
// `importDropped` cannot resolve a DOM File to a path in a browser (Electron's webUtils does);
// the harness resolves dropped file names against a folder the test chose, which stands in for
// "where the user dragged them from".
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import type { Result } from '../../shared/errors';
import { OP_NAMES, PRELOAD_INTERNAL_OPS, type EventName, type EventPayloads, type HandlerTable } from '../../shared/ipc';

export const API_OPS: string[] = OP_NAMES.filter((op) => !(PRELOAD_INTERNAL_OPS as readonly string[]).includes(op));

/**
 * Runs in the page before any of its scripts: the preload's `window.api`, over the bindings.
 * Serialised into the page as source, so it refers to nothing outside itself; the Node tsconfig
 * has no DOM types, hence the structural view of `globalThis`.
 */
function preloadEquivalent(ops: string[]): void {
  type Invoke = (op: string, input: unknown) => Promise<unknown>;
  const g = globalThis as unknown as {
    __kgInvoke: Invoke;
    __kgDropped: (names: string[]) => Promise<unknown>;
    File: new (...args: never[]) => { name: string };
  };
  const invoke = g.__kgInvoke;
  const dropped = g.__kgDropped;
  const listeners: Record<string, Set<(payload: unknown) => void>> = { 'import:progress': new Set(), 'store:changed': new Set(), 'menu:action': new Set() };
  const subscribe = (event: string) => (cb: (payload: unknown) => void) => {
    listeners[event]?.add(cb);
    return () => void listeners[event]?.delete(cb);
  };
  const api: Record<string, unknown> = {};
  for (const op of ops) api[op] = (input: unknown) => invoke(op, input);
  api.importDropped = (files: ReadonlyArray<unknown>) => {
    const names = Array.from(files, (f) => (f instanceof g.File ? f.name : '')).filter((n) => n !== '');
    if (names.length === 0) return Promise.resolve({ ok: false, error: { code: 'INVALID_INPUT', message: 'None of the dropped items is a file on disk.' } });
    return dropped(names);
  };
  api.onImportProgress = subscribe('import:progress');
  api.onStoreChanged = subscribe('store:changed');
  api.onMenu = subscribe('menu:action');
  Object.defineProperty(g, 'api', { value: Object.freeze(api), writable: false, configurable: false });
  Object.defineProperty(g, '__kgEmit', {
    value: (event: string, payload: unknown) => listeners[event]?.forEach((cb) => cb(payload)),
    writable: false,
    configurable: false,
  });
}

export interface Bridge {
  /** Pushes an engine event into the page, as main's webContents.send does. */
  emit<E extends EventName>(event: E, payload: EventPayloads[E]): Promise<void>;
}

export async function installBridge(page: Page, handlers: HandlerTable, dropDir: () => string): Promise<Bridge> {
  await page.exposeBinding('__kgInvoke', async (_source, op: string, input: unknown): Promise<Result<unknown>> => {
    if (!API_OPS.includes(op)) return { ok: false, error: { code: 'INVALID_INPUT', message: `unknown operation ${op}` } };
    return (handlers[op as keyof HandlerTable] as (input: unknown) => Promise<Result<unknown>>)(input);
  });
  await page.exposeBinding('__kgDropped', async (_source, names: string[]) => handlers['import:dropped']({ paths: names.map((n) => join(dropDir(), n)) }));
  await page.addInitScript(preloadEquivalent, API_OPS);
  return {
    async emit(event, payload) {
      await page
        .evaluate(([e, p]) => (globalThis as unknown as { __kgEmit: (e: string, p: unknown) => void }).__kgEmit(e, p), [event, payload] as const)
        .catch(() => undefined); // the page may be closing
    },
  };
}

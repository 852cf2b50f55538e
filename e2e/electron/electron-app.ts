// The fixture of the Electron specs: the real app (out/, built by `electron-vite build`) launched
// with Playwright's `_electron` on a fresh data folder per test, and closed after it. When the
// Electron binary was never downloaded (ELECTRON_SKIP_BINARY_DOWNLOAD, offline installs), the
// specs skip and say why instead of failing.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { _electron as electron, expect, test as base, type ElectronApplication, type Page } from '@playwright/test';
import type { Result } from '../../shared/errors';
import { hook, settled } from '../fixtures/graph';

const ROOT = resolve(fileURLToPath(import.meta.url), '../../..');
const ELECTRON_DIR = join(ROOT, 'node_modules', 'electron');

/** The executable electron/index.js would run, without requiring it (that throws when absent). */
function electronExecutable(): string | null {
  const pathFile = join(ELECTRON_DIR, 'path.txt');
  if (!existsSync(pathFile)) return null;
  const executable = join(process.env.ELECTRON_OVERRIDE_DIST_PATH ?? join(ELECTRON_DIR, 'dist'), readFileSync(pathFile, 'utf8').trim());
  return existsSync(executable) ? executable : null;
}

export const executable = electronExecutable();
export const hasElectronBinary = executable !== null;
export const SKIP_REASON =
  'Electron binary not installed (node_modules/electron/dist missing): install with network access to the Electron download host, ' +
  'without ELECTRON_SKIP_BINARY_DOWNLOAD, to run these specs.';

/** Builds better-sqlite3 for Electron once (a no-op when .native/ has it). */
export function ensureNative(): void {
  const r = spawnSync(process.execPath, [join(ROOT, 'scripts', 'ensure-native.mjs'), 'electron'], { cwd: ROOT, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`ensure-native failed:\n${r.stdout}\n${r.stderr}`);
}

interface AppFixtures {
  dataDir: string;
  app: ElectronApplication;
  window: Page;
}

export const test = base.extend<AppFixtures>({
  // eslint-disable-next-line no-empty-pattern -- Playwright fixtures take their dependencies by destructuring.
  dataDir: async ({}, use) => {
    const dir = mkdtempSync(join(tmpdir(), 'kg-electron-e2e-'));
    await use(dir);
    rmSync(dir, { recursive: true, force: true });
  },
  app: async ({ dataDir }, use) => {
    if (!executable) throw new Error(SKIP_REASON);
    const app = await electron.launch({
      executablePath: executable,
      args: [ROOT],
      cwd: ROOT,
      env: { ...process.env, KG_USER_DATA_DIR: dataDir, ELECTRON_ENABLE_LOGGING: '1' },
    });
    await use(app);
    await app.close();
  },
  window: async ({ app }, use) => {
    const window = await app.firstWindow();
    await window.waitForLoadState('domcontentloaded');
    await use(window);
  },
});

/**
 * The page's globals as these specs use them (the Node tsconfig has no DOM types). Each evaluate
 * callback casts `globalThis` itself: callbacks are sent to the page as source, without closures.
 */
export interface PageGlobals {
  api: Record<string, (input: unknown) => Promise<unknown>>;
  open(url: string): unknown;
  location: { href: string };
  require?: unknown;
  process?: unknown;
}

/** Calls window.api in the page and unwraps the Result. */
export async function api<T>(win: Page, op: string, input: unknown): Promise<T> {
  const r = (await win.evaluate(([name, arg]) => (globalThis as unknown as PageGlobals).api[name]!(arg), [op, input] as const)) as Result<T>;
  if (!r.ok) throw new Error(`${op}: ${r.error.code} ${r.error.message}`);
  return r.value;
}

/** The first launch imports the samples in the worker; the graph redraws when it has finished. */
export async function sampleGraphDrawn(win: Page): Promise<void> {
  await expect.poll(async () => (await api<{ counts: { articles: number } }>(win, 'app:info', {})).counts.articles, { timeout: 60_000 }).toBe(5);
  await expect.poll(async () => (await hook(win, 'nodeIds')).length, { timeout: 30_000 }).toBeGreaterThan(1);
  await settled(win);
}

/** An entity's id by its label, through the page's search (as the browser specs' entityId does through the engine). */
export async function entityIdIn(win: Page, label: string): Promise<string> {
  const hits = await api<{ entities: Array<{ id: string; label: string }> }>(win, 'search:query', { text: label, limit: 50 });
  const hit = hits.entities.find((e) => e.label === label) ?? hits.entities[0];
  if (!hit) throw new Error(`no entity found for ${label}`);
  return hit.id;
}

export { expect };

// The fixture of the Electron specs: the real app (out/, built by `electron-vite build`) launched
// with Playwright's `_electron` on a fresh data folder per test, and closed after it. When the
// Electron binary was never downloaded (ELECTRON_SKIP_BINARY_DOWNLOAD, offline installs), the
// specs skip and say why instead of failing.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { _electron as electron, test as base, type ElectronApplication, type Page } from '@playwright/test';

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

export { expect } from '@playwright/test';

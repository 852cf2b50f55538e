// The Electron build of better-sqlite3: main looks where scripts/ensure-native.mjs writes, and
// the script's pure parts (naming, version and binary detection) behave.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { findNativeBinding, nativeBindingPath } from './native-binding';

interface EnsureNative {
  nativeDirName(version: string, arch: string): string;
  nativeBindingPath(root: string, version: string, arch: string): string;
  detectElectronVersion(root: string): string | null;
  electronBinary(root: string, env?: Record<string, string | undefined>): { path: string | null; present: boolean };
  main(argv: string[]): number;
}

// A computed specifier: the script is plain JavaScript without type declarations.
const SCRIPT = '../../scripts/ensure-native.mjs';
const load = () => import(/* @vite-ignore */ SCRIPT) as Promise<EnsureNative>;

const roots: string[] = [];
afterEach(() => {
  for (const dir of roots.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function fakeProject(opts: { version?: string; pathTxt?: string; binary?: boolean }): string {
  const root = mkdtempSync(join(tmpdir(), 'kg-native-test-'));
  roots.push(root);
  const electron = join(root, 'node_modules', 'electron');
  mkdirSync(join(electron, 'dist'), { recursive: true });
  if (opts.version) writeFileSync(join(electron, 'package.json'), JSON.stringify({ version: opts.version }));
  if (opts.pathTxt) writeFileSync(join(electron, 'path.txt'), opts.pathTxt);
  if (opts.binary) writeFileSync(join(electron, 'dist', opts.pathTxt ?? 'electron'), '');
  return root;
}

describe('ensure-native', () => {
  it('names the folder after the Electron version and arch, as main expects', async () => {
    const script = await load();
    expect(script.nativeDirName('39.8.10', 'x64')).toBe(join('.native', 'electron-39.8.10-x64'));
    expect(script.nativeBindingPath('/p', '39.8.10', 'arm64')).toBe(nativeBindingPath('/p', '39.8.10', 'arm64'));
    expect(() => script.nativeDirName('latest', 'x64')).toThrow();
    expect(() => script.nativeDirName('39.0.0', '../x')).toThrow();
  });

  it('reads the installed version and tells whether the binary was downloaded', async () => {
    const script = await load();
    const none = fakeProject({});
    expect(script.detectElectronVersion(none)).toBeNull();
    expect(script.electronBinary(none, {})).toEqual({ path: null, present: false });
    const skipped = fakeProject({ version: '39.8.10' });
    expect(script.detectElectronVersion(skipped)).toBe('39.8.10');
    expect(script.electronBinary(skipped, {}).present).toBe(false);
    const installed = fakeProject({ version: '39.8.10', pathTxt: 'electron', binary: true });
    expect(script.electronBinary(installed, {})).toEqual({ path: join(installed, 'node_modules/electron/dist/electron'), present: true });
    expect(script.electronBinary(installed, { ELECTRON_OVERRIDE_DIST_PATH: '/nowhere' }).present).toBe(false);
  });

  it('refuses an unknown runtime with a usage line', async () => {
    expect((await load()).main(['python'])).toBe(2);
  });

  it('main finds the binding only once it has been built', () => {
    const project = fakeProject({});
    expect(findNativeBinding(project, '39.8.10', 'x64')).toBeUndefined();
    const file = nativeBindingPath(project, '39.8.10', 'x64');
    mkdirSync(join(file, '..'), { recursive: true });
    writeFileSync(file, '');
    expect(findNativeBinding(project, '39.8.10', 'x64')).toBe(file);
  });
});

// Where the better-sqlite3 binary built for this Electron lives: scripts/ensure-native.mjs builds
// it into `.native/electron-<version>-<arch>/` (the Node build in node_modules stays for the tests
// and the CLI). Kept free of 'electron' so that it is unit-tested against the script's naming.
import { existsSync } from 'node:fs';
import { join } from 'node:path';

export function nativeBindingPath(root: string, electronVersion: string, arch: string): string {
  return join(root, '.native', `electron-${electronVersion}-${arch}`, 'better_sqlite3.node');
}

/** The Electron build when present; undefined lets better-sqlite3 load its default (packaged apps rebuild it in place). */
export function findNativeBinding(root: string, electronVersion: string, arch: string): string | undefined {
  const path = nativeBindingPath(root, electronVersion, arch);
  return existsSync(path) ? path : undefined;
}

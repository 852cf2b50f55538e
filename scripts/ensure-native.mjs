#!/usr/bin/env node
// `node scripts/ensure-native.mjs electron` (run by `npm start` and `npm run dev`): makes sure a
// better-sqlite3 binary built for this Electron's ABI exists in
// `.native/electron-<version>-<arch>/better_sqlite3.node`, which electron/main hands to
// better-sqlite3 as its `nativeBinding`. The Node build in node_modules/better-sqlite3/build stays
// untouched, so the tests and the CLI (plain Node) and the app work in either order on one checkout.
//
// The Electron build is made in a temporary copy of the better-sqlite3 package: first
// `prebuild-install --runtime electron` (a prebuilt binary), else `node-gyp rebuild` against
// Electron's headers. Exit codes: 0 ready; 1 the Electron binary is not installed or the build failed.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, copyFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const BINDING_FILE = 'better_sqlite3.node';

/** The folder, relative to the project root, that holds the binding for one Electron version and arch. */
export function nativeDirName(electronVersion, arch) {
  if (!/^\d+\.\d+\.\d+/.test(electronVersion)) throw new Error(`not an Electron version: ${electronVersion}`);
  if (!/^[a-z0-9_]+$/.test(arch)) throw new Error(`not an arch: ${arch}`);
  return join('.native', `electron-${electronVersion}-${arch}`);
}

export function nativeBindingPath(root, electronVersion, arch) {
  return join(root, nativeDirName(electronVersion, arch), BINDING_FILE);
}

/** The installed Electron's version, from its package.json; null when electron is not installed. */
export function detectElectronVersion(root) {
  const pkg = join(root, 'node_modules', 'electron', 'package.json');
  if (!existsSync(pkg)) return null;
  const version = JSON.parse(readFileSync(pkg, 'utf8')).version;
  return typeof version === 'string' ? version : null;
}

/**
 * Where the Electron executable would be (the logic of electron/index.js, without its throw), and
 * whether it is there. `npm install` with ELECTRON_SKIP_BINARY_DOWNLOAD, or offline, leaves it absent.
 */
export function electronBinary(root, env = process.env) {
  const dir = join(root, 'node_modules', 'electron');
  const pathFile = join(dir, 'path.txt');
  const override = env.ELECTRON_OVERRIDE_DIST_PATH;
  const executable = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : override ? 'electron' : null;
  const dist = override || join(dir, 'dist');
  if (!executable) return { path: null, present: false };
  const path = join(dist, executable);
  return { path, present: existsSync(path) };
}

function run(cmd, args, cwd) {
  console.log(`ensure-native: ${cmd} ${args.join(' ')}`);
  // A user-level `nodedir` would make node-gyp build against Node's headers instead of Electron's.
  const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => k.toLowerCase() !== 'npm_config_nodedir'));
  const r = spawnSync(cmd, args, { cwd, stdio: 'inherit', env });
  return r.status === 0;
}

function findNodeGyp(require) {
  try {
    return require.resolve('node-gyp/bin/node-gyp.js');
  } catch {
    const prefix = spawnSync('npm', ['prefix', '-g'], { encoding: 'utf8' }).stdout?.trim();
    const bundled = prefix && join(prefix, 'lib', 'node_modules', 'npm', 'node_modules', 'node-gyp', 'bin', 'node-gyp.js');
    return bundled && existsSync(bundled) ? bundled : null;
  }
}

/** Builds the Electron binding in a scratch copy of better-sqlite3; returns the built file or null. */
function buildInCopy(version, arch) {
  const require = createRequire(join(ROOT, 'package.json'));
  const pkgDir = dirname(require.resolve('better-sqlite3/package.json'));
  const work = mkdtempSync(join(tmpdir(), 'kg-native-'));
  const copy = join(work, 'better-sqlite3');
  const oldBuild = join(pkgDir, 'build');
  cpSync(pkgDir, copy, { recursive: true, filter: (src) => src !== oldBuild && !src.startsWith(oldBuild + sep) });
  const built = join(copy, 'build', 'Release', BINDING_FILE);
  const prebuild = require.resolve('prebuild-install/bin.js', { paths: [pkgDir] });
  const ok =
    run(process.execPath, [prebuild, '--runtime', 'electron', '--target', version, '--arch', arch], copy) ||
    (() => {
      const gyp = findNodeGyp(require);
      const target = ['rebuild', '--release', `--target=${version}`, `--arch=${arch}`, '--dist-url=https://electronjs.org/headers'];
      return gyp ? run(process.execPath, [gyp, ...target], copy) : run('npx', ['--yes', 'node-gyp', ...target], copy);
    })();
  if (ok && existsSync(built)) return { file: built, cleanup: () => rmSync(work, { recursive: true, force: true }) };
  rmSync(work, { recursive: true, force: true });
  return null;
}

export function main(argv) {
  const runtime = argv[0];
  if (runtime !== 'electron') {
    console.error('usage: node scripts/ensure-native.mjs electron');
    return 2;
  }
  const version = detectElectronVersion(ROOT);
  const binary = electronBinary(ROOT);
  if (!version || !binary.present) {
    console.error(
      'ensure-native: the Electron binary is not installed (node_modules/electron/dist is missing).\n' +
        '`npm start` needs it: run `npm install` with network access to the Electron download host\n' +
        '(and without ELECTRON_SKIP_BINARY_DOWNLOAD), then `npm start` again. Tests and the `kg` CLI do not need it.',
    );
    return 1;
  }
  const arch = process.env.npm_config_arch || process.arch;
  const target = nativeBindingPath(ROOT, version, arch);
  if (existsSync(target)) {
    console.log(`ensure-native: better-sqlite3 for Electron ${version} (${arch}) is ready: ${target}`);
    return 0;
  }
  console.log(`ensure-native: building better-sqlite3 for Electron ${version} (${arch}); the Node build is left as it is.`);
  const built = buildInCopy(version, arch);
  if (!built) {
    console.error(
      `ensure-native: could not get better-sqlite3 for Electron ${version} (${arch}).\n` +
        'Neither a prebuilt binary (prebuild-install, needs GitHub access) nor a local build (node-gyp, needs\n' +
        "Electron's headers from electronjs.org, Python 3 and a C++ toolchain) succeeded. See the output above.",
    );
    return 1;
  }
  mkdirSync(dirname(target), { recursive: true });
  copyFileSync(built.file, target);
  built.cleanup();
  console.log(`ensure-native: wrote ${target}`);
  return 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  process.exitCode = main(process.argv.slice(2));
}

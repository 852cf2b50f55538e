// Turning the paths a user picked (files and folders, mixed) into the list of article files to
// read. Folders are walked recursively; inside them, files of other types and hidden entries are
// skipped silently, since a folder of articles often holds images or notes too. A file named
// directly with another type, or a path that cannot be read, is reported instead: the user asked
// for it. The result is sorted so that two runs over the same tree ingest in the same order.
import { readdirSync, realpathSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { KgError, type ErrorValue } from '../../../shared/errors';
import { articleKind, fsReason, INPUT_EXTENSIONS } from './read';
import type { InputListing } from './types';

interface Walk {
  files: Set<string>;
  errors: { path: string; error: ErrorValue }[];
  /** Real paths of folders already walked, so a symbolic-link cycle ends. */
  seen: Set<string>;
}

function report(
  walk: Walk,
  path: string,
  code: 'UNREADABLE_FILE' | 'UNSUPPORTED_FILE',
  reason: string,
): void {
  walk.errors.push({ path, error: new KgError(code, `${path}: ${reason}`).toValue() });
}

export function listInputFiles(paths: string[]): InputListing {
  const walk: Walk = { files: new Set(), errors: [], seen: new Set() };
  for (const given of paths) {
    const abs = resolve(given);
    let isDirectory: boolean;
    let isFile: boolean;
    try {
      const stats = statSync(abs);
      isDirectory = stats.isDirectory();
      isFile = stats.isFile();
    } catch (err) {
      report(walk, abs, 'UNREADABLE_FILE', fsReason(err));
      continue;
    }
    if (isDirectory) walkFolder(walk, abs);
    else if (!isFile) report(walk, abs, 'UNREADABLE_FILE', 'is not a regular file');
    else if (articleKind(abs)) walk.files.add(abs);
    else
      report(
        walk,
        abs,
        'UNSUPPORTED_FILE',
        `unsupported file type; expected one of ${INPUT_EXTENSIONS.join(', ')}`,
      );
  }
  const byPath = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
  return {
    files: [...walk.files].sort(byPath),
    errors: walk.errors.sort((a, b) => byPath(a.path, b.path)),
  };
}

function walkFolder(walk: Walk, dir: string): void {
  let names: string[];
  try {
    const real = realpathSync(dir);
    if (walk.seen.has(real)) return;
    walk.seen.add(real);
    names = readdirSync(dir).sort();
  } catch (err) {
    report(walk, dir, 'UNREADABLE_FILE', fsReason(err));
    return;
  }
  for (const name of names) {
    if (name.startsWith('.')) continue;
    const path = join(dir, name);
    let stats;
    try {
      // stat, not lstat: a link to an article or a folder of articles is followed.
      stats = statSync(path);
    } catch {
      // A dangling link or an entry that vanished mid-walk is not something the user named.
      continue;
    }
    if (stats.isDirectory()) walkFolder(walk, path);
    else if (stats.isFile() && articleKind(path)) walk.files.add(path);
  }
}

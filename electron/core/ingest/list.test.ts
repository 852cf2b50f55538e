// Listing input files: folders walked recursively and sorted, other file types skipped inside
// folders but reported when named, missing paths reported.
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { listInputFiles } from './list';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'kg-ingest-list-'));
  for (const sub of ['b', 'a/deep/deeper', '.hidden']) mkdirSync(join(dir, sub), { recursive: true });
  for (const file of [
    'z.txt',
    'b/page.HTML',
    'b/notes.md',
    'b/photo.png',
    'a/deep/deeper/x.htm',
    'a/readme',
    '.hidden/h.txt',
    'b/.draft.txt',
  ]) {
    writeFileSync(join(dir, file), 'text');
  }
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('listInputFiles', () => {
  it('walks folders recursively, keeps article types only, sorted, hidden entries skipped', () => {
    const listing = listInputFiles([dir]);
    expect(listing.errors).toEqual([]);
    expect(listing.files).toEqual(
      ['a/deep/deeper/x.htm', 'b/notes.md', 'b/page.HTML', 'z.txt'].map((f) => join(dir, f)),
    );
  });

  it('lists a file named twice, or inside a folder also named, once', () => {
    const listing = listInputFiles([join(dir, 'z.txt'), dir, join(dir, 'z.txt')]);
    expect(listing.files.filter((f) => f.endsWith('z.txt'))).toHaveLength(1);
  });

  it('gives the same order whatever order the paths come in', () => {
    const forward = listInputFiles([join(dir, 'b'), join(dir, 'a')]);
    const backward = listInputFiles([join(dir, 'a'), join(dir, 'b')]);
    expect(forward).toEqual(backward);
  });

  it('reports a file of another type named directly, and a missing path', () => {
    const listing = listInputFiles([join(dir, 'b/photo.png'), join(dir, 'missing'), join(dir, 'z.txt')]);
    expect(listing.files).toEqual([join(dir, 'z.txt')]);
    expect(listing.errors.map((e) => [e.path, e.error.code])).toEqual([
      [join(dir, 'b/photo.png'), 'UNSUPPORTED_FILE'],
      [join(dir, 'missing'), 'UNREADABLE_FILE'],
    ]);
    expect(listing.errors[0]!.error.message).toContain('photo.png');
    expect(listing.errors[1]!.error.message).toMatch(/missing: no such file/);
  });

  it('ends on a symbolic-link cycle', () => {
    symlinkSync(dir, join(dir, 'a/loop'));
    const listing = listInputFiles([dir]);
    expect(listing.files).toHaveLength(4);
  });

  it('returns nothing for nothing', () => {
    expect(listInputFiles([])).toEqual({ files: [], errors: [] });
  });
});

// Reading files: each kind of bad input refused with its code and a message naming the file,
// and a good file read whatever its encoding. Every file lives in a fresh temporary folder.
import iconv from 'iconv-lite';
import { chmodSync, mkdirSync, mkdtempSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { KgError, type ErrorCode } from '../../../shared/errors';
import { fsReason, MAX_FILE_BYTES, readArticle } from './read';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'kg-ingest-read-'));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

function put(name: string, content: string | Uint8Array): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

function refusal(run: () => unknown): KgError {
  try {
    run();
  } catch (err) {
    if (err instanceof KgError) return err;
    throw err;
  }
  throw new Error('expected a KgError');
}

function expectRefused(run: () => unknown, code: ErrorCode, file: string, reason: RegExp): void {
  const err = refusal(run);
  expect(err.code).toBe(code);
  expect(err.message).toContain(file);
  expect(err.message).toMatch(reason);
}

const ARTICLE_FR =
  'Accord de déminage signé à Bakou\n\n21.09.2021\n\nL’ambassadeur de France et le directeur de l’agence ont signé mardi un accord de coopération.\n';

describe('readArticle', () => {
  it('reads a windows-1252 file to the same article as its UTF-8 twin, with the same hash', () => {
    const text = ARTICLE_FR.replace(/’/g, "'");
    const utf8 = readArticle(put('a.txt', text));
    const legacy = readArticle(put('b.txt', iconv.encode(text, 'windows-1252')));
    expect(legacy.encoding).toBe('windows-1252');
    expect(utf8.encoding).toBe('UTF-8');
    expect(legacy.text).toBe(utf8.text);
    expect(legacy.hash).toBe(utf8.hash);
    expect(legacy).toMatchObject({
      file: 'b.txt',
      path: join(dir, 'b.txt'),
      title: 'Accord de déminage signé à Bakou',
      date: '2021-09-21',
      lang: 'fr',
    });
    expect(legacy.byteLength).toBeLessThan(utf8.byteLength);
  });

  it('drops the BOM of a UTF-16 file and normalises to NFC', () => {
    const decomposed = ARTICLE_FR.normalize('NFD');
    const article = readArticle(put('c.txt', iconv.encode(decomposed, 'utf-16le', { addBOM: true })));
    expect(article.encoding).toBe('UTF-16LE BOM');
    expect(article.text).toBe(ARTICLE_FR.normalize('NFC'));
    expect(article.text.charCodeAt(0)).not.toBe(0xfeff);
  });

  it('reads an Arabic windows-1256 HTML page', () => {
    const html =
      '<html><body><h1>اتفاق لوقف إطلاق النار</h1><p>وقع البلدان اتفاقا لوقف إطلاق النار يوم الثلاثاء في موسكو.</p></body></html>';
    const article = readArticle(put('d.htm', iconv.encode(html, 'windows-1256')));
    expect(article).toMatchObject({ encoding: 'windows-1256', lang: 'ar', title: 'اتفاق لوقف إطلاق النار' });
    expect(article.text).toBe(
      'اتفاق لوقف إطلاق النار\n\nوقع البلدان اتفاقا لوقف إطلاق النار يوم الثلاثاء في موسكو.',
    );
  });

  it('refuses an empty file', () => {
    expectRefused(() => readArticle(put('empty.txt', '')), 'EMPTY_FILE', 'empty.txt', /empty/);
  });

  it('refuses a file of whitespace only', () => {
    expectRefused(() => readArticle(put('blank.md', ' \n\t\r\n ')), 'EMPTY_FILE', 'blank.md', /whitespace/);
  });

  it('refuses an HTML page with no visible text', () => {
    expectRefused(
      () => readArticle(put('scripts.html', '<script>x()</script><style>p{}</style>')),
      'EMPTY_FILE',
      'scripts.html',
      /no visible text/,
    );
  });

  it('refuses a binary file', () => {
    const png = new Uint8Array(2048).map((_, i) => (i * 7919) % 256);
    png.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expectRefused(() => readArticle(put('image.txt', png)), 'BINARY_FILE', 'image.txt', /PNG/);
  });

  it('refuses a file over the limit by its size, before reading it', () => {
    const path = put('huge.txt', '');
    truncateSync(path, MAX_FILE_BYTES + 1); // sparse: no 20 MB written
    expectRefused(() => readArticle(path), 'FILE_TOO_LARGE', 'huge.txt', /over the limit/);
  });

  it('takes the size limit as an option', () => {
    const path = put('small.txt', ARTICLE_FR);
    expectRefused(
      () => readArticle(path, { maxBytes: 10 }),
      'FILE_TOO_LARGE',
      'small.txt',
      /limit of 10 bytes/,
    );
    expect(readArticle(path, { maxBytes: 1000 }).title).toBe('Accord de déminage signé à Bakou');
  });

  it('refuses a missing file', () => {
    expectRefused(() => readArticle(join(dir, 'gone.txt')), 'UNREADABLE_FILE', 'gone.txt', /no such file/);
  });

  it('refuses a folder passed as a file', () => {
    mkdirSync(join(dir, 'folder.txt'));
    expectRefused(() => readArticle(join(dir, 'folder.txt')), 'UNREADABLE_FILE', 'folder.txt', /folder/);
  });

  it('refuses a path that runs through a file', () => {
    const file = put('plain.txt', ARTICLE_FR);
    expectRefused(
      () => readArticle(join(file, 'inner.txt')),
      'UNREADABLE_FILE',
      'inner.txt',
      /on its path is a file/,
    );
  });

  it('refuses a file type it does not read', () => {
    expectRefused(() => readArticle(put('report.pdf', 'x')), 'UNSUPPORTED_FILE', 'report.pdf', /\.txt/);
  });

  // Root reads any file whatever its mode, so this case only runs as an ordinary user; the
  // reason for EACCES is checked below either way.
  it.skipIf(process.getuid?.() === 0)('refuses a file it may not read', () => {
    const path = put('secret.txt', ARTICLE_FR);
    chmodSync(path, 0o000);
    expectRefused(() => readArticle(path), 'UNREADABLE_FILE', 'secret.txt', /permission denied/);
  });

  it('names file-system failures plainly', () => {
    const denied = Object.assign(new Error('EACCES: permission denied, open x'), { code: 'EACCES' });
    expect(fsReason(denied)).toBe('permission denied');
    expect(fsReason(Object.assign(new Error('x'), { code: 'ENOENT' }))).toBe('no such file or folder');
    expect(fsReason(new Error('disk on fire'))).toBe('disk on fire');
  });
});

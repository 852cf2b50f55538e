// Reading one article file: the checks a file must pass before it is decoded (it exists, is a
// regular file, is not empty, is not too large — by stat, before reading a byte), then decoding
// and parsing. Every refusal is a KgError whose message names the file and says why.
import { readFileSync, statSync, type Stats } from 'node:fs';
import { basename, extname, resolve } from 'node:path';
import { KgError } from '../../../shared/errors';
import { decodeBytes, type DecodedBytes } from './decode';
import { parseArticle } from './parse';
import type { ArticleKind, DecodedArticle } from './types';

export const MAX_FILE_BYTES = 20 * 1024 * 1024;
export const INPUT_EXTENSIONS = ['.txt', '.md', '.html', '.htm'];

export interface ReadOptions {
  /** Size limit in bytes; MAX_FILE_BYTES unless a caller (or a test) needs another. */
  maxBytes?: number;
}

/** The kind of article a file name says it holds, or null for an unsupported extension. */
export function articleKind(path: string): ArticleKind | null {
  switch (extname(path).toLowerCase()) {
    case '.txt':
      return 'txt';
    case '.md':
      return 'md';
    case '.html':
    case '.htm':
      return 'html';
    default:
      return null;
  }
}

/** A short human reason for a failed file-system call. */
export function fsReason(err: unknown): string {
  const code = (err as NodeJS.ErrnoException | null)?.code;
  switch (code) {
    case 'ENOENT':
      return 'no such file or folder';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EISDIR':
      return 'is a folder, not a file';
    case 'ENOTDIR':
      return 'a folder on its path is a file';
    case 'ELOOP':
      return 'too many symbolic links';
    default:
      return err instanceof Error ? err.message : String(err);
  }
}

function fail(
  code: 'UNREADABLE_FILE' | 'EMPTY_FILE' | 'FILE_TOO_LARGE' | 'UNSUPPORTED_FILE',
  file: string,
  reason: string,
): never {
  throw new KgError(code, `${file}: ${reason}`);
}

function statFile(abs: string, file: string): Stats {
  let stats: Stats;
  try {
    stats = statSync(abs);
  } catch (err) {
    fail('UNREADABLE_FILE', file, fsReason(err));
  }
  if (stats.isDirectory()) fail('UNREADABLE_FILE', file, 'is a folder, not a file');
  if (!stats.isFile()) fail('UNREADABLE_FILE', file, 'is not a regular file');
  return stats;
}

function readBytes(abs: string, file: string): Buffer {
  try {
    return readFileSync(abs);
  } catch (err) {
    fail('UNREADABLE_FILE', file, fsReason(err));
  }
}

/** decodeBytes, with the file's name put in front of any refusal. */
function decodeFile(bytes: Uint8Array, file: string): DecodedBytes {
  try {
    return decodeBytes(bytes);
  } catch (err) {
    if (err instanceof KgError) throw new KgError(err.code, `${file}: ${err.message}`);
    throw err;
  }
}

export function readArticle(path: string, options: ReadOptions = {}): DecodedArticle {
  const abs = resolve(path);
  const file = basename(abs);
  const stats = statFile(abs, file);
  const kind = articleKind(abs);
  if (!kind)
    fail('UNSUPPORTED_FILE', file, `unsupported file type; expected one of ${INPUT_EXTENSIONS.join(', ')}`);
  const maxBytes = options.maxBytes ?? MAX_FILE_BYTES;
  if (stats.size > maxBytes)
    fail('FILE_TOO_LARGE', file, `${stats.size} bytes is over the limit of ${maxBytes} bytes`);
  if (stats.size === 0) fail('EMPTY_FILE', file, 'the file is empty (0 bytes)');
  const bytes = readBytes(abs, file);
  const decoded = decodeFile(bytes, file);
  if (decoded.text.trim() === '') fail('EMPTY_FILE', file, 'the file holds only whitespace');
  const article = parseArticle({
    file,
    path: abs,
    text: decoded.text,
    kind,
    byteLength: bytes.length,
    encoding: decoded.encoding,
  });
  if (article.text.trim() === '') fail('EMPTY_FILE', file, 'the page has no visible text');
  return article;
}

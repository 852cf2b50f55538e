// Bytes to text. The order of the checks matters: a byte-order mark settles the question; then
// UTF-16 without a BOM, because its NUL bytes would otherwise look binary and Arabic UTF-16
// (code units 0x06xx, all bytes below 0x80) can even pass a strict UTF-8 check; then the binary
// test; then strict UTF-8, and UTF-8 with a few stray bytes; and only then the legacy
// single-byte encodings, in ./legacy.
import iconv from 'iconv-lite';
import { KgError } from '../../../shared/errors';
import { decodeLegacy } from './legacy';

export interface DecodedBytes {
  text: string;
  encoding: string;
}

/** Enough bytes to judge a file's make-up without scanning a 20 MB file twice. */
const SAMPLE_BYTES = 64 * 1024;

const MAGIC_NUMBERS: { name: string; bytes: number[] }[] = [
  { name: 'a PNG image', bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
  { name: 'a JPEG image', bytes: [0xff, 0xd8, 0xff] },
  { name: 'a GIF image', bytes: [0x47, 0x49, 0x46, 0x38] },
  { name: 'a PDF document', bytes: [0x25, 0x50, 0x44, 0x46, 0x2d] },
  { name: 'a ZIP archive (or Office document)', bytes: [0x50, 0x4b, 0x03, 0x04] },
  { name: 'a gzip archive', bytes: [0x1f, 0x8b] },
  { name: 'an executable', bytes: [0x7f, 0x45, 0x4c, 0x46] },
];

/** Decodes a file's bytes; throws KgError BINARY_FILE when they are not text. */
export function decodeBytes(bytes: Uint8Array): DecodedBytes {
  const withBom = decodeWithBom(bytes);
  if (withBom) return withBom;
  const utf16 = decodeUtf16WithoutBom(bytes);
  if (utf16) return utf16;
  const binary = binaryReason(bytes);
  if (binary) throw new KgError('BINARY_FILE', `not a text file: ${binary}`);
  const utf8 = decodeStrictUtf8(bytes);
  if (utf8 !== null) return { text: utf8, encoding: 'UTF-8' };
  return decodeMostlyUtf8(bytes) ?? decodeLegacy(bytes);
}

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return bytes.length >= prefix.length && prefix.every((b, i) => bytes[i] === b);
}

function decodeWithBom(bytes: Uint8Array): DecodedBytes | null {
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) {
    const text = decodeStrictUtf8(bytes.subarray(3));
    // A UTF-8 BOM before invalid UTF-8 is a lie; let the other checks decide.
    return text === null ? null : { text, encoding: 'UTF-8 BOM' };
  }
  if (startsWith(bytes, [0xff, 0xfe]) && !startsWith(bytes, [0xff, 0xfe, 0x00, 0x00])) {
    return { text: decodeUtf16(bytes.subarray(2), 'le'), encoding: 'UTF-16LE BOM' };
  }
  if (startsWith(bytes, [0xfe, 0xff])) {
    return { text: decodeUtf16(bytes.subarray(2), 'be'), encoding: 'UTF-16BE BOM' };
  }
  return null;
}

function decodeUtf16(bytes: Uint8Array, order: 'le' | 'be'): string {
  // iconv-lite strips a BOM by default; ours is already gone and a second one is content.
  return iconv.decode(
    Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength),
    order === 'le' ? 'utf-16le' : 'utf-16be',
    {
      stripBOM: false,
    },
  );
}

/** The text if `bytes` are valid UTF-8, else null. */
export function decodeStrictUtf8(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return null;
  }
}

/**
 * Below this share of broken sequences, a file is UTF-8 with a few bad bytes; legacy text breaks
 * at nearly every non-ASCII byte, since valid multi-byte sequences hardly arise by chance.
 */
const MAX_BROKEN_UTF8 = 0.1;
/** Fewer non-ASCII characters than this say too little to call the file UTF-8 at all. */
const MIN_UTF8_EVIDENCE = 20;

/**
 * UTF-8 with a few stray bytes (a file pasted together from two sources) reads better with a
 * few U+FFFD than as windows-1252, which would garble every accented letter. Legacy text fails
 * this test: each of its accented bytes is a broken sequence.
 */
function decodeMostlyUtf8(bytes: Uint8Array): DecodedBytes | null {
  const text = new TextDecoder('utf-8', { fatal: false, ignoreBOM: true }).decode(bytes);
  let nonAscii = 0;
  let broken = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) continue;
    nonAscii++;
    if (c === 0xfffd) broken++;
  }
  if (nonAscii - broken < MIN_UTF8_EVIDENCE || broken / nonAscii > MAX_BROKEN_UTF8) return null;
  return { text, encoding: 'UTF-8 (invalid bytes replaced)' };
}

/**
 * UTF-16 without a BOM shows as a byte parity where most bytes are below 0x20: the high bytes,
 * 0x00 for ASCII and Latin-1, 0x06 for Arabic, 0x04 for Cyrillic. In any 8-bit text such bytes
 * are rare (only tab, line feed and carriage return), and binary data has them at both parities.
 * Testing "high" rather than NUL bytes also catches Arabic without spaces or digits, which has no
 * NUL at all.
 */
export function utf16ByteOrder(bytes: Uint8Array): 'le' | 'be' | null {
  if (bytes.length < 4 || bytes.length % 2 !== 0) return null;
  const n = Math.min(bytes.length, SAMPLE_BYTES) & ~1;
  let evenHigh = 0;
  let oddHigh = 0;
  for (let i = 0; i < n; i += 2) {
    if (isLowControl(bytes[i]!)) evenHigh++;
    if (isLowControl(bytes[i + 1]!)) oddHigh++;
  }
  const units = n / 2;
  // Low bytes can fall in the control range too (U+060C ، and U+061F ؟ end in 0x0C, 0x1F).
  const many = (count: number): boolean => count / units >= 0.5;
  const few = (count: number): boolean => count / units <= 0.05;
  if (many(oddHigh) && few(evenHigh)) return 'le';
  if (many(evenHigh) && few(oddHigh)) return 'be';
  return null;
}

/** A byte below 0x20 that is not tab, line feed or carriage return. */
function isLowControl(b: number): boolean {
  return b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d;
}

function decodeUtf16WithoutBom(bytes: Uint8Array): DecodedBytes | null {
  const order = utf16ByteOrder(bytes);
  if (!order) return null;
  const text = decodeUtf16(bytes, order);
  // A parity pattern by accident decodes to noise: control characters and unpaired surrogates.
  if (noiseRatio(text) > 0.02) return null;
  return { text, encoding: order === 'le' ? 'UTF-16LE' : 'UTF-16BE' };
}

function noiseRatio(text: string): number {
  const n = Math.min(text.length, SAMPLE_BYTES);
  if (n === 0) return 1;
  let noise = 0;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x20 && !(c >= 0x09 && c <= 0x0d)) noise++;
    else if (c === 0xfffd) noise++;
    else if (c >= 0xd800 && c <= 0xdbff) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) i++;
      else noise++;
    } else if (c >= 0xdc00 && c <= 0xdfff) noise++;
  }
  return noise / n;
}

/** Why the bytes are not text, or null when they may be. */
export function binaryReason(bytes: Uint8Array): string | null {
  const magic = MAGIC_NUMBERS.find((m) => startsWith(bytes, m.bytes));
  if (magic) return `looks like ${magic.name}`;
  const n = Math.min(bytes.length, SAMPLE_BYTES);
  let nul = 0;
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i]!;
    if (b === 0) nul++;
    // Tab, line feed, vertical tab, form feed, carriage return and escape occur in real text.
    else if (b < 0x20 && !(b >= 0x09 && b <= 0x0d) && b !== 0x1b) control++;
  }
  if (nul / n > 0.001) return `${nul} NUL bytes in the first ${n} bytes`;
  if (control / n > 0.05) return `${control} control bytes in the first ${n} bytes`;
  return null;
}

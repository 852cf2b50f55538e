// Legacy single-byte encodings, for bytes that are neither UTF-16 nor valid UTF-8. The corpus is
// English, French and Arabic, so the realistic answers are windows-1252 (or its ISO-8859-1
// subset) and windows-1256 (or ISO-8859-6). jschardet is good but not trusted blindly: on short
// Arabic or French texts it can answer MacCyrillic with a low confidence, so Arabic is recognised
// by its byte make-up and verified by decoding, and other guesses need a high confidence.
import iconv from 'iconv-lite';
import jschardet from 'jschardet';
import type { DecodedBytes } from './decode';

const SAMPLE_BYTES = 64 * 1024;
const ARABIC_ENCODINGS = ['windows-1256', 'ISO-8859-6'] as const;
/** Latin guesses that windows-1252 decodes at least as well (it is a superset of ISO-8859-1's printables). */
const LATIN_GUESSES = new Set([
  'windows-1252',
  'iso-8859-1',
  'iso8859-15',
  'iso-8859-15',
  'ascii',
  'macroman',
]);
/** Below this, jschardet's answer for a non-Latin, non-Arabic encoding is noise. */
const TRUSTED_CONFIDENCE = 0.8;

export function decodeLegacy(bytes: Uint8Array): DecodedBytes {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const arabic = decodeAsArabic(buffer);
  if (arabic) return arabic;
  const other = trustedGuess(buffer.subarray(0, SAMPLE_BYTES));
  if (other) return { text: iconv.decode(buffer, other), encoding: other };
  return { text: iconv.decode(buffer, 'windows-1252'), encoding: 'windows-1252' };
}

/**
 * Share of letter-like bytes that fall in 0xC1–0xFE. Arabic in windows-1256 or ISO-8859-6 puts
 * nearly every letter there; French in windows-1252 only its accented letters (a few percent).
 */
export function highLetterShare(bytes: Uint8Array): number {
  const n = Math.min(bytes.length, SAMPLE_BYTES);
  let high = 0;
  let letters = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i]!;
    if (b >= 0x80) {
      letters++;
      if (b >= 0xc1 && b <= 0xfe) high++;
    } else if ((b >= 0x41 && b <= 0x5a) || (b >= 0x61 && b <= 0x7a)) letters++;
  }
  return letters === 0 ? 0 : high / letters;
}

/** Share of the letters in `text` that are Arabic. */
export function arabicLetterShare(text: string): number {
  const sample = text.slice(0, SAMPLE_BYTES);
  const letters = sample.match(/\p{L}/gu)?.length ?? 0;
  const arabic = sample.match(/\p{Script=Arabic}/gu)?.length ?? 0;
  return letters === 0 ? 0 : arabic / letters;
}

function decodeAsArabic(buffer: Buffer): DecodedBytes | null {
  if (highLetterShare(buffer) < 0.3) return null;
  let best: { encoding: string; text: string; share: number } | null = null;
  for (const encoding of ARABIC_ENCODINGS) {
    const text = iconv.decode(buffer, encoding);
    const share = arabicLetterShare(text);
    // ISO-8859-6 must do strictly better: windows-1256 is the far commoner of the two.
    if (share >= 0.6 && (!best || share > best.share)) best = { encoding, text, share };
  }
  return best && { text: best.text, encoding: best.encoding };
}

function trustedGuess(sample: Buffer): string | null {
  const guess = jschardet.detect(sample);
  const name = guess.encoding;
  if (!name || guess.confidence < TRUSTED_CONFIDENCE) return null;
  if (LATIN_GUESSES.has(name.toLowerCase()) || !iconv.encodingExists(name)) return null;
  // A confident UTF-8 or UTF-16 answer cannot be right here: those were ruled out before.
  if (/^utf/i.test(name)) return null;
  return name;
}

// Each encoding the corpus meets, produced from French and Arabic text with iconv-lite, must
// decode back to the same text and name its encoding; binary data must be refused.
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { KgError } from '../../../shared/errors';
import { binaryReason, decodeBytes, utf16ByteOrder } from './decode';

const FRENCH =
  'Le ministère des Affaires étrangères a déclaré jeudi que l’accord de cessez-le-feu signé à Genève ' +
  'serait respecté. « Nous coopérerons avec l’Agence nationale », a ajouté le porte-parole, cité par la presse.\n';
/** windows-1252 has no ’ « »: a legacy French page uses straight quotes. */
const FRENCH_1252 = FRENCH.replace(/’/g, "'").replace(/« | »/g, '"');
const ARABIC =
  'أعلنت وزارة الخارجية الأذربيجانية أن الجيش الأرمني زرع الألغام في منطقة كاراباخ، ' +
  'وقالت الوكالة إنها دمرت أكثر من 48 ألف لغم منذ 10 تشرين الثاني/نوفمبر 2020.\n';
/** A short line is the hard case for statistical detectors. */
const ARABIC_SHORT = 'وقال رئيس الوكالة فوجار سليمانوف';

function bytes(text: string, encoding: string, bom = false): Uint8Array {
  return new Uint8Array(iconv.encode(text, encoding, { addBOM: bom }));
}

const CASES: { name: string; text: string; encoding: string; bom: boolean; expected: string }[] = [
  { name: 'French UTF-8', text: FRENCH, encoding: 'utf8', bom: false, expected: 'UTF-8' },
  { name: 'French UTF-8 with BOM', text: FRENCH, encoding: 'utf8', bom: true, expected: 'UTF-8 BOM' },
  {
    name: 'French UTF-16LE with BOM',
    text: FRENCH,
    encoding: 'utf-16le',
    bom: true,
    expected: 'UTF-16LE BOM',
  },
  {
    name: 'French UTF-16BE with BOM',
    text: FRENCH,
    encoding: 'utf-16be',
    bom: true,
    expected: 'UTF-16BE BOM',
  },
  {
    name: 'French UTF-16LE without BOM',
    text: FRENCH,
    encoding: 'utf-16le',
    bom: false,
    expected: 'UTF-16LE',
  },
  {
    name: 'French UTF-16BE without BOM',
    text: FRENCH,
    encoding: 'utf-16be',
    bom: false,
    expected: 'UTF-16BE',
  },
  {
    name: 'French windows-1252',
    text: FRENCH_1252,
    encoding: 'windows-1252',
    bom: false,
    expected: 'windows-1252',
  },
  { name: 'Arabic UTF-8', text: ARABIC, encoding: 'utf8', bom: false, expected: 'UTF-8' },
  { name: 'Arabic UTF-8 with BOM', text: ARABIC, encoding: 'utf8', bom: true, expected: 'UTF-8 BOM' },
  {
    name: 'Arabic UTF-16LE with BOM',
    text: ARABIC,
    encoding: 'utf-16le',
    bom: true,
    expected: 'UTF-16LE BOM',
  },
  {
    name: 'Arabic UTF-16BE with BOM',
    text: ARABIC,
    encoding: 'utf-16be',
    bom: true,
    expected: 'UTF-16BE BOM',
  },
  {
    name: 'Arabic UTF-16LE without BOM',
    text: ARABIC,
    encoding: 'utf-16le',
    bom: false,
    expected: 'UTF-16LE',
  },
  {
    name: 'Arabic UTF-16BE without BOM',
    text: ARABIC,
    encoding: 'utf-16be',
    bom: false,
    expected: 'UTF-16BE',
  },
  {
    name: 'Arabic windows-1256',
    text: ARABIC,
    encoding: 'windows-1256',
    bom: false,
    expected: 'windows-1256',
  },
  {
    name: 'short Arabic windows-1256',
    text: ARABIC_SHORT,
    encoding: 'windows-1256',
    bom: false,
    expected: 'windows-1256',
  },
];

describe('decodeBytes', () => {
  it.each(CASES)('decodes $name', ({ text, encoding, bom, expected }) => {
    const decoded = decodeBytes(bytes(text, encoding, bom));
    expect(decoded.encoding).toBe(expected);
    expect(decoded.text).toBe(text);
  });

  it('does not take Arabic UTF-16 without a BOM for UTF-8, although its bytes are valid UTF-8', () => {
    // No space, digit or punctuation: not a single NUL byte.
    const word = 'الجيشالأرمني';
    for (const [encoding, expected] of [
      ['utf-16le', 'UTF-16LE'],
      ['utf-16be', 'UTF-16BE'],
    ] as const) {
      const raw = bytes(word, encoding);
      expect(raw.includes(0)).toBe(false);
      expect(new TextDecoder('utf-8', { fatal: true }).decode(raw)).toBeTypeOf('string');
      expect(decodeBytes(raw)).toEqual({ text: word, encoding: expected });
    }
  });

  it('reads a short French windows-1252 line that jschardet alone would call MacCyrillic', () => {
    const text = 'Le café est très bon à Genève.';
    expect(decodeBytes(bytes(text, 'windows-1252'))).toEqual({ text, encoding: 'windows-1252' });
  });

  it('reads UTF-8 with one stray legacy byte as UTF-8, not as windows-1252', () => {
    const good = bytes(FRENCH.repeat(3), 'utf8');
    const mixed = new Uint8Array([...good, ...bytes(' café', 'windows-1252')]);
    const decoded = decodeBytes(mixed);
    expect(decoded.encoding).toBe('UTF-8 (invalid bytes replaced)');
    expect(decoded.text).toBe(`${FRENCH.repeat(3)} caf\ufffd`);
  });

  it('treats plain ASCII as UTF-8', () => {
    expect(decodeBytes(bytes('The ministers met in Baku.', 'ascii'))).toEqual({
      text: 'The ministers met in Baku.',
      encoding: 'UTF-8',
    });
  });
});

/** A PNG signature and header chunk, then bytes from a fixed linear congruential sequence. */
function fakePng(length: number): Uint8Array {
  const out = new Uint8Array(length);
  out.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]);
  let x = 12345;
  for (let i = 16; i < length; i++) {
    x = (x * 1103515245 + 12345) >>> 0;
    out[i] = x >>> 24;
  }
  return out;
}

describe('binary rejection', () => {
  it('refuses a PNG with KgError BINARY_FILE', () => {
    const run = (): unknown => decodeBytes(fakePng(4096));
    expect(run).toThrow(KgError);
    expect(run).toThrow(/PNG/);
    try {
      run();
    } catch (err) {
      expect((err as KgError).code).toBe('BINARY_FILE');
    }
  });

  it('refuses random bytes without a known signature', () => {
    const data = fakePng(4096).subarray(16);
    expect(binaryReason(data)).toMatch(/NUL|control/);
    expect(() => decodeBytes(data)).toThrow(expect.objectContaining({ code: 'BINARY_FILE' }));
  });

  it('does not call UTF-16 binary, and does not call binary UTF-16', () => {
    expect(binaryReason(bytes(FRENCH, 'utf-16le'))).toMatch(/NUL/);
    expect(utf16ByteOrder(bytes(FRENCH, 'utf-16le'))).toBe('le');
    expect(utf16ByteOrder(bytes(ARABIC, 'utf-16be'))).toBe('be');
    expect(utf16ByteOrder(fakePng(4096))).toBeNull();
  });
});

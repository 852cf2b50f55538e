// Highlight offsets on French and Arabic text: runs are cut exactly at the UTF-16 offsets the
// engine stores, overlapping mentions and quotes combine, bad offsets never split a character.
import { describe, expect, it } from 'vitest';
import { segmentText } from './segments';
import type { Mark } from './segments';

function at(text: string, needle: string): { start: number; end: number } {
  const start = text.indexOf(needle);
  if (start < 0) throw new Error(`missing ${needle}`);
  return { start, end: start + needle.length };
}

describe('segmentText', () => {
  const fr = 'Le président de l’ANAMA, Vugar Suleymanov, a déclaré qu’avec le déminage…';

  it('cuts French text at mention and quote offsets, accents and curly quotes included', () => {
    const anama = at(fr, 'ANAMA');
    const vugar = at(fr, 'Vugar Suleymanov');
    const quote = at(fr, 'l’ANAMA, Vugar Suleymanov');
    const marks: Mark[] = [
      { kind: 'mention', entityId: 'anama', ...anama },
      { kind: 'mention', entityId: 'vugar', ...vugar },
      { kind: 'quote', ...quote },
    ];
    const segs = segmentText(fr, marks);
    expect(segs.map((s) => s.text).join('')).toBe(fr);
    expect(segs.map((s) => [s.text, s.mention?.entityId ?? null, s.quote])).toEqual([
      ['Le président de ', null, false],
      ['l’', null, true],
      ['ANAMA', 'anama', true],
      [', ', null, true],
      ['Vugar Suleymanov', 'vugar', true],
      [', a déclaré qu’avec le déminage…', null, false],
    ]);
    for (const s of segs) expect(fr.slice(s.start, s.end)).toBe(s.text);
  });

  it('cuts Arabic text at its offsets and keeps the logical order', () => {
    const ar = 'وقال رئيس الوكالة الأذربيجانية للأعمال المتعلقة بالألغام (اناما) فوغار سليمانوف إن العمل مستمر.';
    const anama = at(ar, 'اناما');
    const vugar = at(ar, 'فوغار سليمانوف');
    const quote = at(ar, '(اناما) فوغار سليمانوف');
    const segs = segmentText(ar, [
      { kind: 'quote', ...quote },
      { kind: 'mention', entityId: 'vugar', ...vugar },
      { kind: 'mention', entityId: 'anama', ...anama },
    ]);
    expect(segs.map((s) => s.text).join('')).toBe(ar);
    const mentioned = segs.filter((s) => s.mention).map((s) => [s.text, s.mention?.entityId, s.quote]);
    expect(mentioned).toEqual([
      ['اناما', 'anama', true],
      ['فوغار سليمانوف', 'vugar', true],
    ]);
    expect(segs.find((s) => s.text === ') ')?.quote).toBe(true);
  });

  it('prefers the earliest, longest mention where mentions overlap', () => {
    const t = 'Mine Action Agency of Azerbaijan';
    const segs = segmentText(t, [
      { kind: 'mention', entityId: 'country', ...at(t, 'Azerbaijan') },
      { kind: 'mention', entityId: 'agency', start: 0, end: t.length },
    ]);
    expect(segs).toHaveLength(1);
    expect(segs[0]?.mention?.entityId).toBe('agency');
  });

  it('clamps offsets outside the text and drops empty marks', () => {
    const segs = segmentText('abc', [
      { kind: 'quote', start: -5, end: 2 },
      { kind: 'mention', entityId: 'x', start: 2, end: 99 },
      { kind: 'mention', entityId: 'y', start: 1, end: 1 },
    ]);
    expect(segs.map((s) => [s.text, s.quote, s.mention?.entityId ?? null])).toEqual([
      ['ab', true, null],
      ['c', false, 'x'],
    ]);
  });

  it('never splits a surrogate pair', () => {
    const t = 'a😀b';
    const segs = segmentText(t, [{ kind: 'quote', start: 2, end: 3 }]);
    expect(segs.map((s) => s.text)).toEqual(['a', '😀', 'b']);
  });

  it('returns one plain run without marks, and nothing for empty text', () => {
    expect(segmentText('plain', [])).toEqual([{ start: 0, end: 5, text: 'plain', mention: null, quote: false }]);
    expect(segmentText('', [])).toEqual([]);
  });
});

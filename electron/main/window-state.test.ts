// Remembered window bounds: read back only when sane and on a screen.
import { describe, expect, it } from 'vitest';
import { DEFAULT_STATE, parseWindowState } from './window-state';

const SCREEN = [{ x: 0, y: 0, width: 1920, height: 1080 }];

describe('parseWindowState', () => {
  it('restores a saved state', () => {
    const saved = { x: 100, y: 50, width: 1000, height: 700, maximized: true };
    expect(parseWindowState(JSON.stringify(saved), SCREEN)).toEqual(saved);
  });

  it('falls back to the default on corrupt input', () => {
    for (const bad of ['', '{', 'null', '[]', '{"width":"big","height":1}', '{"width":1e9,"height":500}']) {
      expect(parseWindowState(bad, SCREEN)).toEqual(DEFAULT_STATE);
    }
  });

  it('keeps the size but drops a position that is off every screen, and enforces a minimum', () => {
    const state = parseWindowState(JSON.stringify({ x: 5000, y: 50, width: 100, height: 100 }), SCREEN);
    expect(state).toMatchObject({ width: 640, height: 420, x: undefined, y: undefined });
  });
});

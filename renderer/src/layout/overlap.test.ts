// Overlap removal: a pile of nodes comes apart, fixed nodes stay where they are, and nodes that
// already keep their distance are not moved.
import { describe, expect, it } from 'vitest';
import { OVERLAP_GAP, removeOverlaps } from './overlap';

function closestPair(x: Float64Array, y: Float64Array): number {
  let best = Infinity;
  for (let i = 0; i < x.length; i++) {
    for (let j = i + 1; j < x.length; j++) best = Math.min(best, Math.hypot((x[i] as number) - (x[j] as number), (y[i] as number) - (y[j] as number)));
  }
  return best;
}

describe('removeOverlaps', () => {
  it('separates nodes lying on top of each other', () => {
    const x = new Float64Array(12).fill(0);
    const y = new Float64Array(12).fill(0);
    removeOverlaps(x, y, new Float64Array(12).fill(20), new Uint8Array(12), 60);
    expect(closestPair(x, y)).toBeGreaterThan(15);
  });

  it('moves only the free node of an overlapping pair with a fixed one', () => {
    const x = Float64Array.from([0, 5]);
    const y = Float64Array.from([0, 0]);
    removeOverlaps(x, y, Float64Array.from([20, 20]), Uint8Array.from([1, 0]));
    expect([x[0], y[0]]).toEqual([0, 0]);
    expect(x[1]).toBeCloseTo(20 + OVERLAP_GAP);
  });

  it('leaves nodes that do not overlap alone', () => {
    const x = Float64Array.from([0, 100, 200]);
    const y = Float64Array.from([0, 0, 50]);
    removeOverlaps(x, y, Float64Array.from([20, 30, 40]), new Uint8Array(3));
    expect(Array.from(x)).toEqual([0, 100, 200]);
    expect(Array.from(y)).toEqual([0, 0, 50]);
  });
});

// The lasso's point-in-polygon test on a concave outline.
import { describe, expect, it } from 'vitest';
import { insidePolygon } from './lasso';

describe('insidePolygon', () => {
  const u = [
    { x: 0, y: 0 },
    { x: 30, y: 0 },
    { x: 30, y: 30 },
    { x: 20, y: 30 },
    { x: 20, y: 10 },
    { x: 10, y: 10 },
    { x: 10, y: 30 },
    { x: 0, y: 30 },
  ];

  it('tells inside from outside, the notch of a U included', () => {
    expect(insidePolygon({ x: 5, y: 20 }, u)).toBe(true);
    expect(insidePolygon({ x: 25, y: 20 }, u)).toBe(true);
    expect(insidePolygon({ x: 15, y: 20 }, u)).toBe(false);
    expect(insidePolygon({ x: 40, y: 5 }, u)).toBe(false);
  });
});

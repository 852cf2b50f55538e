// The layout sanity figures tell a random placement, a pile and a layout that keeps
// communities together apart.
import { describe, expect, it } from 'vitest';
import { layoutQuality, QUALITY_LIMITS } from './layout-quality';

function communities(spread: number): { x: number[]; y: number[]; edges: number[] } {
  let state = 3;
  const rnd = (): number => (state = (state * 1_103_515_245 + 12_345) % 2_147_483_648) / 2_147_483_648;
  const x: number[] = [];
  const y: number[] = [];
  const edges: number[] = [];
  for (let i = 0; i < 1000; i++) {
    const c = Math.floor(i / 50);
    x.push((c % 5) * 1000 + rnd() * spread);
    y.push(Math.floor(c / 5) * 1000 + rnd() * spread);
  }
  for (let i = 0; i < 1000; i++) edges.push(i, Math.floor(i / 50) * 50 + Math.floor(rnd() * 50));
  return { x, y, edges };
}

describe('layoutQuality', () => {
  it('passes a layout that keeps communities together', () => {
    const { x, y, edges } = communities(300);
    const q = layoutQuality(x, y, edges);
    expect(q.edgeRatio).toBeLessThan(QUALITY_LIMITS.edgeRatio);
    expect(q.piledPct).toBeLessThan(QUALITY_LIMITS.piledPct);
  });

  it('fails a random placement and a pile', () => {
    const { x, y, edges } = communities(300);
    let state = 9;
    const rnd = (): number => (state = (state * 1_103_515_245 + 12_345) % 2_147_483_648) / 2_147_483_648;
    expect(layoutQuality(x.map(() => rnd() * 5000), y.map(() => rnd() * 5000), edges).edgeRatio).toBeGreaterThan(0.8);
    const pile = layoutQuality(x.map(() => 0), y.map((_, i) => i % 3), edges);
    expect(pile.piledPct).toBeGreaterThan(90);
  });
});

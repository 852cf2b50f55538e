// The worker's layouts, run directly in Node: every node gets finite coordinates, fixed nodes
// stay put, newcomers land near their neighbours, and ForceAtlas2 copes with a large graph.
import { describe, expect, it } from 'vitest';
import { runLayout } from './algorithms';
import { LAYOUT_NAMES } from './protocol';
import type { LayoutName, LayoutRequest } from './protocol';
import { placeNewNodes } from '../../../shared/placement';

function ring(n: number, name: LayoutName, extra: Partial<LayoutRequest> = {}): LayoutRequest {
  const ids = Array.from({ length: n }, (_, i) => `e${i + 1}`);
  const edges: number[] = [];
  for (let i = 0; i < n; i++) edges.push(i, (i + 1) % n);
  for (let i = 0; i + 5 < n; i += 5) edges.push(i, i + 5);
  return {
    name,
    ids,
    x: new Float64Array(n).fill(NaN),
    y: new Float64Array(n).fill(NaN),
    fixed: new Uint8Array(n),
    sizes: new Float64Array(n).fill(24),
    edges: Uint32Array.from(edges),
    weights: new Float64Array(edges.length / 2).fill(1),
    incremental: false,
    rank: Float64Array.from(ids, (_, i) => i % 7),
    ...extra,
  };
}

function allFinite(a: Float64Array): boolean {
  return a.every((v) => Number.isFinite(v));
}

describe('runLayout', () => {
  it.each(LAYOUT_NAMES)('%s gives every node finite, distinct coordinates', (name) => {
    const out = runLayout(ring(40, name));
    expect(allFinite(out.x) && allFinite(out.y)).toBe(true);
    const keys = new Set(Array.from(out.x, (x, i) => `${Math.round(x)}:${Math.round(out.y[i] ?? 0)}`));
    expect(keys.size).toBeGreaterThan(30);
  });

  it.each(['fcose', 'fa2'] as const)('%s keeps fixed nodes where they are', (name) => {
    const req = ring(30, name, { incremental: true });
    req.x.fill(NaN);
    for (let i = 0; i < 10; i++) {
      req.x[i] = i * 100;
      req.y[i] = 50;
      req.fixed[i] = 1;
    }
    const out = runLayout(req);
    for (let i = 0; i < 10; i++) {
      expect(out.x[i]).toBeCloseTo(i * 100, 0);
      expect(out.y[i]).toBeCloseTo(50, 0);
    }
    expect(allFinite(out.x)).toBe(true);
  });

  it.each(['concentric', 'breadthfirst', 'grid'] as const)('%s keeps pinned nodes where they are, with no node on them', (name) => {
    const req = ring(30, name);
    // Pinned where the pattern puts nodes: in the middle of the box.
    for (let i = 0; i < 3; i++) {
      req.x[i] = i * 40 - 40;
      req.y[i] = 0;
      req.fixed[i] = 1;
    }
    const out = runLayout(req);
    for (let i = 0; i < 3; i++) {
      expect(out.x[i]).toBe(i * 40 - 40);
      expect(out.y[i]).toBe(0);
      for (let j = 3; j < 30; j++) {
        const gap = Math.hypot(out.x[i]! - out.x[j]!, out.y[i]! - out.y[j]!);
        expect(gap).toBeGreaterThanOrEqual(((req.sizes[i] ?? 0) + (req.sizes[j] ?? 0)) / 2);
      }
    }
  });

  it('ForceAtlas2 lays out 5,000 nodes and 15,000 edges', () => {
    const n = 5000;
    const edges: number[] = [];
    let seed = 7;
    const rnd = (): number => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    for (let i = 0; i < 15000; i++) edges.push(Math.floor(rnd() * n), Math.floor(rnd() * n));
    const req = ring(n, 'fa2', { edges: Uint32Array.from(edges), weights: new Float64Array(15000).fill(1) });
    const out = runLayout(req);
    expect(allFinite(out.x) && allFinite(out.y)).toBe(true);
    expect(out.ms).toBeLessThan(4000);
  });
});

describe('placeNewNodes', () => {
  it('puts a newcomer near its placed neighbour and leaves known nodes alone', () => {
    const known = new Map([
      ['a', { x: 0, y: 0 }],
      ['b', { x: 1000, y: 0 }],
    ]);
    const placed = placeNewNodes(['c', 'd', 'z'], [{ source: 'a', target: 'c' }, { source: 'c', target: 'd' }], known, 50);
    expect(placed.has('a')).toBe(false);
    const c = placed.get('c');
    const d = placed.get('d');
    expect(c && Math.hypot(c.x, c.y)).toBeLessThan(120);
    expect(d && c && Math.hypot(d.x - c.x, d.y - c.y)).toBeLessThan(120);
    const z = placed.get('z');
    expect(z?.x).toBeGreaterThan(1000);
  });

  it('spreads several newcomers around one hub', () => {
    const placed = placeNewNodes(['x', 'y', 'w'], ['x', 'y', 'w'].map((id) => ({ source: 'hub', target: id })), new Map([['hub', { x: 0, y: 0 }]]));
    const pts = [...placed.values()].map((p) => `${Math.round(p.x)}:${Math.round(p.y)}`);
    expect(new Set(pts).size).toBe(3);
  });
});

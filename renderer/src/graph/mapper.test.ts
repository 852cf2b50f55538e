// The pure engine-to-view mapping: ids, labels, sizes, positions, and dangling edges.
import { describe, expect, it } from 'vitest';
import type { ViewEdge, ViewNode } from '../../../shared/ipc';
import { DEFAULT_NODE_SIZE, edgeLabel, toElements } from './mapper';
import { sizesFromValues } from './sizing';

const nodes: ViewNode[] = [
  { id: 'e1', type: 'agency', label: 'ANAMA', aliases: { ar: ['اناما'] }, mentionCount: 7, degree: 2 },
  { id: 'e2', type: 'official', label: 'Vugar Suleymanov', aliases: {}, mentionCount: 3, degree: 1 },
  { id: 'e3', type: 'country', label: 'أذربيجان', aliases: {}, mentionCount: 9, degree: 1 },
];
const edges: ViewEdge[] = [
  { id: 'r1', source: 'e2', target: 'e1', type: 'heads', evidenceCount: 2 },
  { id: 'r2', source: 'e1', target: 'gone', type: 'operates_in', evidenceCount: 1 },
];

describe('toElements', () => {
  it('maps nodes and edges with the engine ids and canonical labels, Arabic untouched', () => {
    const els = toElements({ nodes, edges });
    const ids = els.map((e) => e.data.id);
    expect(ids).toEqual(['e1', 'e2', 'e3', 'r1']);
    const e3 = els.find((e) => e.data.id === 'e3');
    expect(e3?.data.label).toBe('أذربيجان');
    expect(e3?.group).toBe('nodes');
    const r1 = els.find((e) => e.data.id === 'r1');
    expect(r1?.data).toMatchObject({ source: 'e2', target: 'e1', type: 'heads', evidence: 2, label: 'heads ×2' });
  });

  it('drops edges whose ends are outside the view', () => {
    expect(toElements({ nodes, edges }).some((e) => e.data.id === 'r2')).toBe(false);
  });

  it('applies sizes, communities, positions and pins from the options', () => {
    const els = toElements(
      { nodes, edges: [] },
      {
        sizes: new Map([['e1', 50]]),
        communities: new Map([['e1', 2]]),
        positions: new Map([['e1', { x: 10, y: -4 }]]),
        pinned: new Set(['e1']),
      },
    );
    const [a, b] = els;
    expect(a).toMatchObject({ position: { x: 10, y: -4 }, classes: 'pinned', locked: true });
    expect(a?.data).toMatchObject({ size: 50, community: 2 });
    expect(typeof a?.data.communityColor).toBe('string');
    expect(b?.data.size).toBe(DEFAULT_NODE_SIZE);
    expect(b?.position).toBeUndefined();
  });

  it('labels single-evidence edges without a count', () => {
    expect(edgeLabel({ type: 'co_mentioned', evidenceCount: 1 })).toBe('co-mentioned');
  });
});

describe('sizesFromValues', () => {
  it('maps the lowest value to the minimum and the highest to the maximum, by area', () => {
    const s = sizesFromValues({ a: 0, b: 0.25, c: 1 }, { min: 10, max: 50 });
    expect(s.get('a')).toBe(10);
    expect(s.get('b')).toBe(30);
    expect(s.get('c')).toBe(50);
  });

  it('gives everyone the minimum when all values are equal', () => {
    expect([...sizesFromValues({ a: 3, b: 3 }).values()]).toEqual([18, 18]);
  });
});

// The relations a bounded view keeps: every entity's best-attested one, then the best overall,
// typed relations before co-mentions.
import { describe, expect, it } from 'vitest';
import type { ViewEdge } from '../../../shared/ipc';
import { backbone } from './backbone';

const edge = (id: number, source: string, target: string, evidenceCount: number, type: ViewEdge['type'] = 'meets'): ViewEdge => ({
  id: `r${id}`,
  source,
  target,
  type,
  evidenceCount,
});

describe('backbone', () => {
  it('keeps everything that fits, in order', () => {
    const edges = [edge(2, 'e1', 'e2', 1), edge(1, 'e2', 'e3', 5)];
    expect(backbone(edges, 2)).toEqual(edges);
  });

  it("gives every entity its best-attested relation before the hub's many strong ones", () => {
    const hub = [edge(1, 'e1', 'e2', 9), edge(2, 'e1', 'e3', 8), edge(3, 'e2', 'e3', 7), edge(4, 'e1', 'e4', 6)];
    const leaf = edge(5, 'e5', 'e6', 1);
    const kept = backbone([...hub, leaf], 4);
    expect(kept.map((e) => e.id)).toEqual(['r1', 'r2', 'r4', 'r5']);
    expect(backbone([...hub, leaf], 5)).toHaveLength(5);
  });

  it('puts typed relations before co-mentions with more evidence, and the older relation first on a tie', () => {
    const edges = [edge(3, 'e1', 'e2', 9, 'co_mentioned'), edge(2, 'e1', 'e2', 1), edge(1, 'e3', 'e4', 1), edge(4, 'e3', 'e4', 1)];
    expect(backbone(edges, 2).map((e) => e.id)).toEqual(['r2', 'r1']);
  });
});

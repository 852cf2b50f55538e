// subgraph(): the filter behind "export the current view / selection".
import { describe, expect, it } from 'vitest';
import { subgraph } from '../../electron/core/export/subgraph';
import { sampleGraph } from './fixtures';

describe('subgraph', () => {
  it('keeps the chosen nodes, the edges between them and the articles those refer to', () => {
    const g = subgraph(sampleGraph(), ['e1', 'e2', 'missing']);
    expect(g.nodes.map((n) => n.id)).toEqual(['e1', 'e2']);
    expect(g.edges.map((e) => e.id)).toEqual(['r2', 'r3', 'r4']);
    // r2-r4 cite a1-a3; e1 and e2 are mentioned in a1 and a2.
    expect(g.articles.map((a) => a.file)).toEqual(['a1.txt', 'a2.txt', 'a3.txt']);
    expect(g.format).toBe('kg-explorer/graph');
  });

  it('drops edges with one end outside and articles nothing refers to', () => {
    const g = subgraph(sampleGraph(), ['e8']);
    expect(g.edges.map((e) => e.id)).toEqual(['r9']);
    expect(g.articles.map((a) => a.file)).toEqual(['a4.txt']);
    expect(subgraph(sampleGraph(), []).articles).toEqual([]);
  });

  it('does not modify its input', () => {
    const input = sampleGraph();
    const before = JSON.stringify(input);
    subgraph(input, ['e1']);
    expect(JSON.stringify(input)).toBe(before);
  });
});

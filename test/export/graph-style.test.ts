// The stylesheet data, the exported Cytoscape stylesheet, the legend layout and the fallback
// placement of nodes the view did not position.
import cytoscape from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { resolvePositions } from '../../electron/core/export/layout';
import { ALL_RELATION_TYPES, ENTITY_TYPES, SYMMETRIC_RELATIONS } from '../../shared/domain';
import { layoutLegend, legendItems } from '../../shared/graph-legend';
import { ENTITY_STYLES, EVIDENCE_WIDTH, RELATION_STYLES, cytoscapeStylesheet, edgeWidth } from '../../shared/graph-style';
import { sampleGraph } from './fixtures';

describe('graph style data', () => {
  it('gives every entity type its own colour and shape', () => {
    expect(new Set(ENTITY_TYPES.map((t) => ENTITY_STYLES[t].color)).size).toBe(ENTITY_TYPES.length);
    expect(new Set(ENTITY_TYPES.map((t) => ENTITY_STYLES[t].shape)).size).toBe(ENTITY_TYPES.length);
  });

  it('draws symmetric relations without an arrow', () => {
    for (const t of ALL_RELATION_TYPES) expect(RELATION_STYLES[t].directed).toBe(!SYMMETRIC_RELATIONS.has(t));
  });

  it('widens edges with evidence like mapData, clamped', () => {
    expect(edgeWidth(1)).toBe(EVIDENCE_WIDTH.minWidth);
    expect(edgeWidth(0)).toBe(EVIDENCE_WIDTH.minWidth);
    expect(edgeWidth(8)).toBe(EVIDENCE_WIDTH.maxWidth);
    expect(edgeWidth(100)).toBe(EVIDENCE_WIDTH.maxWidth);
    expect(edgeWidth(5, 'co_mentioned')).toBe(1);
  });

  it('yields a stylesheet cytoscape.js accepts, one block per type', () => {
    const sheet = cytoscapeStylesheet();
    expect(sheet.length).toBe(2 + ENTITY_TYPES.length + ALL_RELATION_TYPES.length);
    const cy = cytoscape({ headless: true, styleEnabled: true, style: sheet, elements: [{ data: { id: 'a', type: 'agency', label: 'A', size: 40 } }] });
    expect(cy.$id('a').style('shape')).toBe('round-rectangle');
    expect(cy.$id('a').numericStyle('width')).toBe(40);
  });
});

describe('legend', () => {
  it('lists the types present in canonical order', () => {
    const items = legendItems(['official', 'country'], ['meets', 'heads', 'heads']);
    expect(items.map((i) => i.type)).toEqual(['country', 'official', 'heads', 'meets']);
  });

  it('stacks rows inside its box', () => {
    const layout = layoutLegend(legendItems(ENTITY_TYPES, ALL_RELATION_TYPES));
    expect(layout.rows).toHaveLength(ENTITY_TYPES.length + ALL_RELATION_TYPES.length);
    for (const row of layout.rows) {
      expect(row.swatch.y + row.swatch.height).toBeLessThanOrEqual(layout.height);
      expect(row.text.x).toBeLessThan(layout.width);
    }
    expect(layoutLegend([])).toMatchObject({ width: 0, height: 0 });
  });
});

describe('resolvePositions', () => {
  it('keeps given positions and places the rest next to their placed neighbours, deterministically', () => {
    const g = sampleGraph();
    const p = resolvePositions(g, { e1: { x: 5, y: 7 }, e2: { x: Number.NaN, y: 0 } });
    expect(p.get('e1')).toEqual({ x: 5, y: 7 });
    expect(p.size).toBe(g.nodes.length);
    const distance = (a: string, b: string) => Math.hypot(p.get(a)!.x - p.get(b)!.x, p.get(a)!.y - p.get(b)!.y);
    const aroundE1 = g.edges.filter((x) => x.source === 'e1' || x.target === 'e1');
    expect(aroundE1.length).toBeGreaterThan(0);
    for (const e of aroundE1) expect(distance(e.source, e.target)).toBeLessThan(200);
    expect(new Set([...p.values()].map((q) => `${q.x},${q.y}`)).size).toBe(g.nodes.length);
    expect([...resolvePositions(g)]).toEqual([...resolvePositions(g)]);
  });
});

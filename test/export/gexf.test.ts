// GEXF parses back with graphology-gexf's own parser, with types, evidence counts, labels,
// aliases, keys, positions and the direction of symmetric relations intact.
import { XMLValidator } from 'fast-xml-parser';
import { MultiGraph } from 'graphology';
import { parse } from 'graphology-gexf';
import { describe, expect, it } from 'vitest';
import { gexfExporter } from '../../electron/core/export/gexf';
import { sampleGraph, syntheticGraph } from './fixtures';

function roundTrip(positions?: Record<string, { x: number; y: number }>) {
  const xml = String(gexfExporter.write(sampleGraph(), { positions }));
  return { xml, g: parse(MultiGraph, xml) };
}

describe('GEXF export', () => {
  it('is well-formed XML (no control characters leak through)', () => {
    const { xml } = roundTrip();
    expect(XMLValidator.validate(xml)).toBe(true);
    expect(xml).toContain('version="1.3"');
  });

  it('parses back to the same nodes and edges', () => {
    const { g } = roundTrip();
    const src = sampleGraph();
    expect(g.order).toBe(src.nodes.length);
    expect(g.size).toBe(src.edges.length);
    for (const e of src.edges) {
      expect(g.source(e.id)).toBe(e.source);
      expect(g.target(e.id)).toBe(e.target);
    }
  });

  it('keeps node attributes', () => {
    const { g } = roundTrip({ e1: { x: 10, y: 20 } });
    expect(parse(MultiGraph, String(gexfExporter.write(sampleGraph(), { sizes: { e1: 50 } }))).getNodeAttribute('e1', 'size')).toBe(25);
    expect(g.getNodeAttributes('e1')).toMatchObject({
      label: 'Azerbaijan',
      type: 'country',
      key: 'iso:AZ',
      aliases: 'Azerbaijan | Azerbaïdjan | أذربيجان',
      mentions: 4,
      article_count: 2,
      x: 10,
      y: -20,
    });
    expect(g.getNodeAttribute('e4', 'label')).toBe('Ministry of "Foreign" Affairs & <Trade>');
    expect(g.getNodeAttribute('e5', 'label')).toBe('نيكول باشينيان');
  });

  it('keeps edge type, evidence count and direction', () => {
    const { g } = roundTrip();
    expect(g.getEdgeAttributes('r2')).toMatchObject({ type: 'meets', evidence_count: 2, weight: 2, label: 'meets' });
    expect(g.isUndirected('r2')).toBe(true);
    expect(g.isDirected('r1')).toBe(true);
    expect(g.getEdgeAttribute('r1', 'confidence')).toBe(0.9);
    expect(g.getEdgeAttribute('r2', 'quotes')).toContain('أذربيجان وأرمينيا اجتمعتا');
    expect(g.getEdgeAttribute('r10', 'evidence_count')).toBe(0);
  });

  it('writes a larger graph that parses back', () => {
    const src = syntheticGraph(300);
    const g = parse(MultiGraph, String(gexfExporter.write(src, {})));
    expect([g.order, g.size]).toEqual([src.nodes.length, src.edges.length]);
  });
});

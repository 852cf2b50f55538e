// Cytoscape.js JSON opens as is in headless cytoscape.js, with the view's positions, the
// stylesheet's looks and the evidence recoverable from every edge.
import cytoscape from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { cytoscapeJsonExporter } from '../../electron/core/export/cytoscape-json';
import { ENTITY_STYLES, RELATION_STYLES } from '../../shared/graph-style';
import { sampleGraph } from './fixtures';

function rgb(hex: string): string {
  const n = parseInt(hex.slice(1), 16);
  return `rgb(${(n >> 16) & 255},${(n >> 8) & 255},${n & 255})`;
}

function load(positions?: Record<string, { x: number; y: number }>) {
  const doc = JSON.parse(String(cytoscapeJsonExporter.write(sampleGraph(), { positions, title: 'Caucasus' })));
  const cy = cytoscape({ headless: true, styleEnabled: true, elements: doc.elements, style: doc.style, layout: doc.layout });
  return { doc, cy };
}

describe('Cytoscape.js JSON export', () => {
  it('loads with every node and edge', () => {
    const { cy, doc } = load();
    const g = sampleGraph();
    expect(cy.nodes().length).toBe(g.nodes.length);
    expect(cy.edges().length).toBe(g.edges.length);
    expect(doc.data.name).toBe('Caucasus');
    expect(JSON.parse(doc.data.articles_json)).toEqual(g.articles);
  });

  it('places nodes where the view had them, the rest apart from each other', () => {
    const { cy } = load({ e1: { x: 12.5, y: -40 }, e2: { x: 300, y: 80 } });
    expect(cy.$id('e1').position()).toEqual({ x: 12.5, y: -40 });
    expect(cy.$id('e2').position()).toEqual({ x: 300, y: 80 });
    const at = cy.nodes().map((n) => n.position());
    expect(new Set(at.map((p) => `${p.x},${p.y}`)).size).toBe(cy.nodes().length);
  });

  it('applies the shared stylesheet', () => {
    const { cy } = load();
    expect(cy.$id('e3').style('background-color')).toBe(rgb(ENTITY_STYLES.official.color));
    expect(cy.$id('e3').style('shape')).toBe(ENTITY_STYLES.official.shape);
    expect(cy.$id('r1').style('line-color')).toBe(rgb(RELATION_STYLES.heads.color));
    expect(cy.$id('r1').style('target-arrow-shape')).toBe('triangle');
    expect(cy.$id('r2').style('target-arrow-shape')).toBe('none'); // meets is symmetric
    expect(cy.$id('r9').style('line-style')).toBe('dashed');
    expect(cy.$id('r2').numericStyle('width')).toBeGreaterThan(cy.$id('r1').numericStyle('width'));
  });

  it('keeps labels, aliases and full evidence', () => {
    const { cy } = load();
    const g = sampleGraph();
    expect(cy.$id('e5').data('label')).toBe('نيكول باشينيان');
    expect(cy.$id('e1').data('aliases_ar')).toEqual(['أذربيجان']);
    expect(cy.$id('e1').data('key')).toBe('iso:AZ');
    for (const edge of g.edges) {
      const el = cy.$id(edge.id);
      expect(JSON.parse(el.data('evidence_json'))).toEqual(edge.evidence);
      expect(el.data('evidence')).toBe(edge.evidence.length);
    }
    expect(cy.$id('r3').data('attr_tone')).toBe('sharp');
  });
});

// The stylesheet and the mapper together, in headless Cytoscape: every entity and relation type
// gets its own look, co-mentions stay distinguishable without dashes, width follows evidence.
import cytoscape from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { ALL_RELATION_TYPES, CO_MENTIONED, ENTITY_TYPES, SYMMETRIC_RELATIONS } from '../../../shared/domain';
import type { ViewEdge, ViewNode } from '../../../shared/ipc';
import { toElements } from './mapper';
import { CO_MENTION_OPACITY, GRAPH_STYLE } from '../../../shared/graph-style';
import { ENTITY_STYLES, RELATION_STYLES, THEMES } from './palette';
import { buildStylesheet } from './stylesheet';
import type { StyleOptions } from './stylesheet';

function rgb(hex: string): string {
  const n = parseInt(hex.slice(1), 16);
  return `rgb(${(n >> 16) & 255},${(n >> 8) & 255},${n & 255})`;
}

function node(id: string, type: ViewNode['type']): ViewNode {
  return { id, type, label: id, aliases: {}, mentionCount: 1, degree: 1 };
}

function edge(id: string, type: ViewEdge['type'], evidenceCount = 1): ViewEdge {
  return { id, source: 'a', target: 'b', type, evidenceCount };
}

function graph(options: Partial<StyleOptions> = {}, edges: ViewEdge[] = []): cytoscape.Core {
  const nodes = [node('a', 'country'), node('b', 'official'), ...ENTITY_TYPES.map((t) => node(`n-${t}`, t))];
  return cytoscape({
    headless: true,
    styleEnabled: true,
    elements: toElements({ nodes, edges }),
    style: buildStylesheet({ theme: 'light', colorBy: 'type', webgl: false, large: false, ...options }),
  });
}

describe('stylesheet', () => {
  it('draws with the type tables and label colours the exports use (shared/graph-style.ts)', () => {
    expect(ENTITY_STYLES).toBe(GRAPH_STYLE.entities);
    expect(RELATION_STYLES).toBe(GRAPH_STYLE.relations);
    expect(THEMES.light).toMatchObject({ label: GRAPH_STYLE.labelColor, labelOutline: GRAPH_STYLE.labelOutline });
    const cy = graph({}, [edge('co', 'co_mentioned')]);
    expect(cy.$id('co').style('line-dash-pattern')).toBe(GRAPH_STYLE.dash.join(' '));
  });

  it('gives every entity type its own colour and shape', () => {
    const cy = graph();
    const looks = new Set<string>();
    for (const type of ENTITY_TYPES) {
      const n = cy.$id(`n-${type}`);
      expect(n.style('background-color')).toBe(rgb(ENTITY_STYLES[type].color));
      expect(n.style('shape')).toBe(ENTITY_STYLES[type].shape);
      looks.add(n.style('shape') as string);
    }
    expect(looks.size).toBe(ENTITY_TYPES.length);
  });

  it('gives every relation type a colour, with arrows only on directed types', () => {
    const cy = graph({}, ALL_RELATION_TYPES.map((t) => edge(`e-${t}`, t)));
    const colours = new Set<string>();
    for (const type of ALL_RELATION_TYPES) {
      const e = cy.$id(`e-${type}`);
      expect(e.style('line-color')).toBe(rgb(RELATION_STYLES[type].color));
      expect(e.style('target-arrow-shape')).toBe(SYMMETRIC_RELATIONS.has(type) ? 'none' : 'triangle');
      colours.add(e.style('line-color') as string);
    }
    expect(colours.size).toBe(ALL_RELATION_TYPES.length);
  });

  it('draws co-mentions dashed, grey and translucent in canvas mode', () => {
    const cy = graph({}, [edge('co', CO_MENTIONED), edge('h', 'heads')]);
    const co = cy.$id('co');
    expect(co.style('line-style')).toBe('dashed');
    expect(co.numericStyle('opacity')).toBeCloseTo(CO_MENTION_OPACITY);
    expect(cy.$id('h').style('line-style')).toBe('solid');
  });

  it('keeps co-mentions distinct by colour and opacity in WebGL mode, where dashes are not drawn', () => {
    const cy = graph({ webgl: true }, [edge('co', CO_MENTIONED), edge('h', 'heads')]);
    const co = cy.$id('co');
    const typed = cy.$id('h');
    expect(co.style('line-style')).toBe('solid');
    expect(co.numericStyle('opacity')).toBeLessThan(typed.numericStyle('opacity'));
    expect(co.style('line-color')).not.toBe(typed.style('line-color'));
    expect(co.style('curve-style')).toBe('bezier');
    expect(typed.style('target-arrow-shape')).toBe('triangle');
  });

  it('uses only shapes the WebGL renderer draws natively in WebGL mode, one per type or by colour', () => {
    const native = new Set(['ellipse', 'rectangle', 'round-rectangle', 'bottom-round-rectangle']);
    const cy = graph({ webgl: true });
    const looks = new Set<string>();
    for (const type of ENTITY_TYPES) {
      const n = cy.$id(`n-${type}`);
      expect(native.has(n.style('shape') as string)).toBe(true);
      looks.add(`${String(n.style('shape'))}/${String(n.style('background-color'))}`);
    }
    expect(looks.size).toBe(ENTITY_TYPES.length);
  });

  it('labels only marked, selected or highlighted nodes in a large view, with haystack edges', () => {
    const cy = graph({ large: true }, [edge('h', 'heads')]);
    expect(cy.$id('a').style('label')).toBe('');
    cy.$id('a').addClass('show-label');
    cy.$id('b').select();
    expect(cy.$id('a').style('label')).toBe('a');
    expect(cy.$id('b').style('label')).toBe('b');
    expect(cy.$id('h').style('curve-style')).toBe('haystack');
    expect(cy.$id('h').style('target-arrow-shape')).toBe('none');
    expect(graph().$id('a').style('label')).toBe('a');
  });

  it('gives edges marked for detail in a large view straight lines and their arrows', () => {
    const cy = graph({ large: true }, [edge('h', 'heads'), { ...edge('m', CO_MENTIONED), source: 'b', target: 'a' }]);
    cy.edges().addClass('detail');
    expect(cy.$id('h').style('curve-style')).toBe('straight');
    expect(cy.$id('h').style('target-arrow-shape')).toBe('triangle');
    expect(cy.$id('h').style('target-arrow-color')).toBe(rgb(RELATION_STYLES.heads.color));
    expect(cy.$id('m').style('target-arrow-shape')).toBe('none');
  });

  it('widens edges with their evidence count, clamped', () => {
    const cy = graph({}, [edge('e1', 'meets', 1), edge('e3', 'meets', 3), edge('e8', 'meets', 8), edge('e50', 'meets', 50)]);
    const w = (id: string): number => cy.$id(id).numericStyle('width');
    expect(w('e1')).toBeLessThan(w('e3'));
    expect(w('e3')).toBeLessThan(w('e8'));
    expect(w('e50')).toBe(w('e8'));
  });

  it('colours by community when asked, keeping the shape of the type', () => {
    const cy = cytoscape({
      headless: true,
      styleEnabled: true,
      elements: toElements({ nodes: [node('a', 'country')], edges: [] }, { communities: new Map([['a', 3]]) }),
      style: buildStylesheet({ theme: 'dark', colorBy: 'community', webgl: false, large: false }),
    });
    const a = cy.$id('a');
    expect(a.style('background-color')).not.toBe(rgb(ENTITY_STYLES.country.color));
    expect(a.style('shape')).toBe('ellipse');
  });

  it('hides elements with the hidden class and marks pinned nodes', () => {
    const cy = cytoscape({
      headless: true,
      styleEnabled: true,
      elements: toElements({ nodes: [node('a', 'country'), node('b', 'agency')], edges: [] }, { pinned: new Set(['a']) }),
      style: buildStylesheet(),
    });
    cy.$id('b').addClass('hidden');
    expect(cy.$id('b').style('display')).toBe('none');
    expect(cy.$id('a').hasClass('pinned')).toBe(true);
    expect(cy.$id('a').locked()).toBe(true);
    expect(cy.$id('a').numericStyle('border-width')).toBeGreaterThan(1);
  });
});

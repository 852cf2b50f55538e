// SVG: well-formed XML with every node label as <text>, Arabic marked right-to-left, fonts
// embedded only on request and only the subsets needed, legend and background optional.
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import type { ExportOptions } from '../../electron/core/export/registry';
import { svgExporter } from '../../electron/core/export/svg/svg';
import type { CanonicalGraph } from '../../shared/graph-format';
import { ENTITY_STYLES } from '../../shared/graph-style';
import { sampleGraph, syntheticGraph } from './fixtures';

const svg = (options: ExportOptions = {}, graph: CanonicalGraph = sampleGraph()) => String(svgExporter.write(graph, options));

interface TextNode {
  '#text'?: string | number;
  x: string;
  y: string;
  direction?: string;
}

function texts(markup: string, group: string): TextNode[] {
  const doc = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', isArray: (name) => name === 'text' || name === 'g' }).parse(markup);
  const g = (doc.svg.g as { class?: string; text?: TextNode[] }[]).find((x) => x.class === group);
  return g?.text ?? [];
}

describe('SVG export', () => {
  it('is well-formed XML', () => {
    expect(XMLValidator.validate(svg())).toBe(true);
    expect(XMLValidator.validate(svg({ embedFonts: false, background: 'transparent', includeLegend: false }))).toBe(true);
  });

  it('draws every node label as text, escaped and right-to-left where Arabic', () => {
    const labels = texts(svg({ embedFonts: false }), 'labels');
    expect(labels.map((t) => String(t['#text']))).toEqual(sampleGraph().nodes.map((n) => n.label));
    const arabic = labels.find((t) => t['#text'] === 'نيكول باشينيان')!;
    expect(arabic.direction).toBe('rtl');
    expect(labels.find((t) => t['#text'] === 'Azerbaijan')!.direction).toBeUndefined();
  });

  it('places nodes at the view positions and colours them by type', () => {
    const markup = svg({ embedFonts: false, positions: { e1: { x: 500, y: -300 } } });
    const az = texts(markup, 'labels').find((t) => t['#text'] === 'Azerbaijan')!;
    expect(az.x).toBe('500');
    expect(markup).toContain(`<circle cx="500" cy="-300" r="14" fill="${ENTITY_STYLES.country.color}"/>`);
  });

  it('embeds the Noto fonts by default, Arabic only when needed', () => {
    const withArabic = svg();
    expect(withArabic).toMatch(/@font-face\{font-family:'Noto Sans';[^}]*base64,/);
    expect(withArabic).toContain("font-family:'Noto Sans Arabic'");
    expect(withArabic.length).toBeLessThan(300_000);
    const latinOnly = sampleGraph();
    latinOnly.nodes = latinOnly.nodes.filter((n) => n.id !== 'e5').map((n) => ({ ...n, label: n.label.replace(/[^\x20-\x7e]/g, 'x') }));
    expect(svg({}, latinOnly)).not.toContain('Noto Sans Arabic\'');
    expect(svg({ embedFonts: false })).not.toContain('@font-face');
  });

  it('draws the legend and background on request', () => {
    expect(svg({ embedFonts: false })).toContain('class="legend"');
    expect(svg({ embedFonts: false, includeLegend: false })).not.toContain('class="legend"');
    expect(svg({ embedFonts: false })).toMatch(/<rect [^>]*fill="#ffffff"\/>/);
    expect(svg({ embedFonts: false, background: 'transparent', includeLegend: false })).not.toContain('#ffffff');
  });

  it('gives directed relations an arrowhead and symmetric ones none', () => {
    const markup = svg({ embedFonts: false });
    expect(markup).toContain('<marker id="arrow-heads-1"');
    expect(markup).not.toContain('<marker id="arrow-meets');
  });

  it('draws a large graph with every label', () => {
    const g = syntheticGraph(2000);
    const markup = svg({}, g);
    expect(XMLValidator.validate(markup)).toBe(true);
    expect(texts(markup, 'labels')).toHaveLength(g.nodes.length);
  });
});

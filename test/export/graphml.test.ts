// GraphML parses with a plain XML parser (fast-xml-parser) and with graphology-graphml, with its
// keys declared and every value escaped: Arabic, quotes, & < >, control characters.
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { MultiGraph } from 'graphology';
import { parse } from 'graphology-graphml';
import { describe, expect, it } from 'vitest';
import { graphmlExporter } from '../../electron/core/export/graphml';
import { sampleGraph, syntheticGraph } from './fixtures';

const xml = () => String(graphmlExporter.write(sampleGraph(), { title: 'Tom & "Jerry"' }));

describe('GraphML export', () => {
  it('is well-formed and declares a key for every data element', () => {
    const text = xml();
    expect(XMLValidator.validate(text)).toBe(true);
    const doc = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '' }).parse(text);
    const keys = new Set<string>(doc.graphml.key.map((k: { id: string }) => k.id));
    const used = [...text.matchAll(/<data key="([^"]+)"/g)].map((m) => m[1]!);
    expect(used.length).toBeGreaterThan(0);
    for (const k of used) expect(keys.has(k)).toBe(true);
    const names = doc.graphml.key.map((k: { for: string; 'attr.name': string; 'attr.type': string }) => `${k.for}:${k['attr.name']}:${k['attr.type']}`);
    expect(names).toEqual(expect.arrayContaining(['node:type:string', 'edge:type:string', 'edge:evidence_count:int', 'node:label:string']));
  });

  it('parses back with graphology-graphml', () => {
    const g = parse(MultiGraph, xml());
    const src = sampleGraph();
    expect(g.order).toBe(src.nodes.length);
    expect(g.size).toBe(src.edges.length);
    expect(g.getAttribute('name')).toBe('Tom & "Jerry"');
    expect(JSON.parse(g.getAttribute('articles_json'))).toEqual(src.articles);
    expect(g.getNodeAttributes('e4')).toMatchObject({ label: 'Ministry of "Foreign" Affairs & <Trade>', type: 'agency' });
    expect(g.getNodeAttributes('e1')).toMatchObject({ aliases: 'Azerbaijan | Azerbaïdjan | أذربيجان', key: 'iso:AZ', mentions: 4 });
    expect(g.getNodeAttribute('e5', 'label')).toBe('نيكول باشينيان');
    for (const e of src.edges) {
      expect(g.getEdgeAttribute(e.id, 'type')).toBe(e.type);
      expect(g.getEdgeAttribute(e.id, 'evidence_count')).toBe(e.evidence.length);
    }
  });

  it('keeps the full evidence exactly, control characters only replaced in plain text', () => {
    const g = parse(MultiGraph, xml());
    const src = sampleGraph();
    const r2 = JSON.parse(g.getEdgeAttribute('r2', 'evidence_json'));
    expect(r2).toEqual(src.edges.find((e) => e.id === 'r2')!.evidence);
    const r4 = JSON.parse(g.getEdgeAttribute('r4', 'evidence_json'));
    expect(r4[0].quote).toBe('Armenia accused Azerbaijan\u0007 of shelling');
    expect(g.getEdgeAttribute('r4', 'quotes')).toBe('Armenia accused Azerbaijan\uFFFD of shelling');
    expect(g.getEdgeAttribute('r3', 'attr_tone')).toBe('sharp');
  });

  it('marks symmetric relations undirected', () => {
    const text = xml();
    expect(text).toMatch(/<edge id="r2" source="e1" target="e2" directed="false">/);
    expect(text).toMatch(/<edge id="r1" source="e3" target="e1">/);
  });

  it('writes a larger graph that both parsers read', () => {
    const src = syntheticGraph(300);
    const text = String(graphmlExporter.write(src, {}));
    expect(XMLValidator.validate(text)).toBe(true);
    const g = parse(MultiGraph, text);
    expect([g.order, g.size]).toEqual([src.nodes.length, src.edges.length]);
  });
});

// CSV: two RFC 4180 files with a BOM, read back with csv-parse; one edges.csv row per evidence
// record, formula-looking cells neutralised.
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { EDGE_COLUMNS, NODE_COLUMNS, csvExporter } from '../../electron/core/export/csv';
import { sampleGraph } from './fixtures';

function files() {
  const parts = csvExporter.writeFiles!(sampleGraph(), {});
  return Object.fromEntries(parts.map((p) => [p.name, String(p.data)]));
}

function rows(text: string): Record<string, string>[] {
  return parse(text, { bom: true, columns: true });
}

describe('CSV export', () => {
  it('writes nodes.csv and edges.csv, UTF-8 with a BOM and CRLF record ends', () => {
    const f = files();
    expect(Object.keys(f)).toEqual(['nodes.csv', 'edges.csv']);
    for (const text of Object.values(f)) {
      expect(text.charCodeAt(0)).toBe(0xfeff);
      expect(text).toContain('\r\n');
    }
    expect(csvExporter.write(sampleGraph(), {})).toBe(f['edges.csv']);
  });

  it('has one nodes.csv row per node, aliases per language', () => {
    const nodes = rows(files()['nodes.csv']!);
    expect(Object.keys(nodes[0]!)).toEqual(NODE_COLUMNS);
    expect(nodes.map((n) => n.id)).toEqual(sampleGraph().nodes.map((n) => n.id));
    expect(nodes[0]).toMatchObject({ id: 'e1', type: 'country', label: 'Azerbaijan', key: 'iso:AZ', aliases_ar: 'أذربيجان', aliases_fr: 'Azerbaïdjan', mentions: '4', articles: 'a1.txt | a2.txt' });
    expect(nodes.find((n) => n.id === 'e4')!.label).toBe('Ministry of "Foreign" Affairs & <Trade>');
  });

  it('has one edges.csv row per evidence record, with its article and offsets', () => {
    const g = sampleGraph();
    const edges = rows(files()['edges.csv']!);
    expect(Object.keys(edges[0]!)).toEqual(EDGE_COLUMNS);
    const expected = g.edges.reduce((n, e) => n + Math.max(1, e.evidence.length), 0);
    expect(edges.length).toBe(expected);
    const r2 = edges.filter((r) => r.edge_id === 'r2');
    expect(r2.map((r) => r.quote)).toEqual(g.edges[1]!.evidence.map((ev) => ev.quote));
    expect(r2[0]).toMatchObject({ source_id: 'e1', source_label: 'Azerbaijan', type: 'meets', target_id: 'e2', target_label: 'Armenia', article: 'a1.txt', article_title: 'Talks in Washington', start: '80' });
    expect(r2[1]).toMatchObject({ article: 'a2.txt', confidence: '0.7', rule: '' });
    // An edge without evidence still has its row.
    expect(edges.filter((r) => r.edge_id === 'r10')).toMatchObject([{ type: 'mediates', article: '', quote: '' }]);
  });

  it('prefixes cells that a spreadsheet would run as formulas', () => {
    const r3 = rows(files()['edges.csv']!).find((r) => r.edge_id === 'r3')!;
    expect(r3.quote).toBe(`'=HYPERLINK("http://x") Azerbaijan accused Armenia`);
  });
});

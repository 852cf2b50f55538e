// The exporter registry as callers see it: every format is registered, writes the sample graph
// and an empty graph, and multi-file formats name their parts after the output path.
import { describe, expect, it } from 'vitest';
import { exportFiles, exporterIds, getExporter } from '../../electron/core/export/registry';
import type { CanonicalGraph } from '../../shared/graph-format';
import { sampleGraph } from './fixtures';

const EMPTY: CanonicalGraph = { format: 'kg-explorer/graph', version: 1, nodes: [], edges: [], articles: [] };

describe('export registry', () => {
  it('registers every format once', () => {
    expect(exporterIds()).toEqual(['json', 'cyjs', 'gexf', 'graphml', 'csv', 'ftm', 'svg']);
    expect(getExporter('nope')).toBeUndefined();
  });

  it.each(exporterIds())('%s writes the sample graph and an empty graph', (id) => {
    const exporter = getExporter(id)!;
    const files = exportFiles(exporter, sampleGraph(), { embedFonts: false }, `out.${exporter.extension}`);
    expect(files.length).toBeGreaterThan(0);
    for (const f of files) expect(f.data.length).toBeGreaterThan(0);
    // An empty graph is a valid export too (for FtM, an empty JSON-lines file).
    expect(exportFiles(exporter, EMPTY, { embedFonts: false }, 'out').length).toBeGreaterThan(0);
  });

  it('names the parts of a multi-file export after the output path', () => {
    const csv = getExporter('csv')!;
    expect(exportFiles(csv, EMPTY, {}, '/tmp/graph.csv').map((f) => f.path)).toEqual(['/tmp/graph.nodes.csv', '/tmp/graph.edges.csv']);
    expect(exportFiles(csv, EMPTY, {}, 'dir/graph').map((f) => f.path)).toEqual(['dir/graph.nodes.csv', 'dir/graph.edges.csv']);
    expect(exportFiles(getExporter('json')!, EMPTY, {}, 'g.json').map((f) => f.path)).toEqual(['g.json']);
  });
});

// Exporters are typed descriptors in a registry keyed by format id (STYLE.md habit 8): the CLI,
// the IPC handlers and the tests look a format up here and never branch on format names.
// Every exporter turns a CanonicalGraph (already cut down to what is exported: see subgraph.ts
// and buildCanonicalGraph's selection) into bytes; formats that are naturally several files
// (CSV) also offer `writeFiles`, and `exportFiles` below gives callers one way to handle both.
import type { CanonicalGraph } from '../../../shared/graph-format';
import type { GraphStyle } from '../../../shared/graph-style';
import { csvExporter } from './csv';
import { cytoscapeJsonExporter } from './cytoscape-json';
import { ftmExporter } from './ftm/ftm';
import { gexfExporter } from './gexf';
import { graphmlExporter } from './graphml';
import { jsonExporter } from './json';
import { svgExporter } from './svg/svg';

export interface ExportOptions {
  /**
   * Node positions from the view, when the export comes from the UI. Nodes without one are laid
   * out on a grid beside the others (layout.ts), so every format that stores positions has them.
   */
  positions?: Record<string, { x: number; y: number }>;
  /** Node diameters from the view (sized by a centrality), by node id; others get style.nodeSize. */
  sizes?: Record<string, number>;
  /** The stylesheet data; defaults to shared/graph-style.ts's GRAPH_STYLE. */
  style?: GraphStyle;
  /** Draw a legend of the entity and relation types present (SVG). Default true. */
  includeLegend?: boolean;
  /** Picture background (SVG). Default 'white'. */
  background?: 'white' | 'transparent';
  /**
   * Embed the bundled Noto Sans / Noto Sans Arabic WOFF2 files as base64 @font-face rules so the
   * SVG renders the same anywhere (SVG). Default true; pass false for an SVG shown inside the app.
   */
  embedFonts?: boolean;
  /** A title for the export (SVG <title>, Cytoscape JSON `data.name`). */
  title?: string;
}

/** One file of a multi-file export; `name` is a suffix such as `nodes.csv`. */
export interface ExportFile {
  name: string;
  data: string | Uint8Array;
}

export interface Exporter {
  id: string;
  label: string;
  /** File name extension, without the dot. */
  extension: string;
  mediaType: string;
  write(graph: CanonicalGraph, options: ExportOptions): string | Uint8Array;
  /** For formats written as several files; when present, callers should prefer it to `write`. */
  writeFiles?(graph: CanonicalGraph, options: ExportOptions): ExportFile[];
}

const exporters = new Map<string, Exporter>(
  [jsonExporter, cytoscapeJsonExporter, gexfExporter, graphmlExporter, csvExporter, ftmExporter, svgExporter].map((e) => [e.id, e]),
);

export function getExporter(id: string): Exporter | undefined {
  return exporters.get(id);
}

export function exporterIds(): string[] {
  return [...exporters.keys()];
}

/**
 * The files an export writes for output path `out`: `out` itself for single-file formats; for
 * multi-file formats, one file per part named after `out` without its extension
 * (`graph.csv` -> `graph.nodes.csv`, `graph.edges.csv`).
 */
export function exportFiles(
  exporter: Exporter,
  graph: CanonicalGraph,
  options: ExportOptions,
  out: string,
): { path: string; data: string | Uint8Array }[] {
  if (!exporter.writeFiles) return [{ path: out, data: exporter.write(graph, options) }];
  const suffix = `.${exporter.extension}`;
  const base = out.toLowerCase().endsWith(suffix) ? out.slice(0, -suffix.length) : out;
  return exporter.writeFiles(graph, options).map((f) => ({ path: `${base}.${f.name}`, data: f.data }));
}

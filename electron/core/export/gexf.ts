// GEXF 1.3 for Gephi, written by graphology-gexf from a graphology MultiGraph. Symmetric
// relations become undirected edges (a mixed graph), an edge's weight is its evidence count so
// Gephi can size edges by support, and node colour, size and position come from the stylesheet
// and the view. Version 1.3 because the library's 1.2 output declares a malformed viz namespace.
import { MultiGraph } from 'graphology';
import { write } from 'graphology-gexf';
import { SYMMETRIC_RELATIONS } from '../../../shared/domain';
import type { CanonicalGraph } from '../../../shared/graph-format';
import { GRAPH_STYLE } from '../../../shared/graph-style';
import { LIST_SEPARATOR, flattenEdge, flattenNode } from './flatten';
import { resolvePositions } from './layout';
import type { Exporter, ExportOptions } from './registry';
import { sanitizeXmlText as clean } from './xml';

type Attrs = Record<string, string | number>;

function nodeAttrs(node: CanonicalGraph['nodes'][number], options: ExportOptions, at: { x: number; y: number }): Attrs {
  const style = options.style ?? GRAPH_STYLE;
  const flat = flattenNode(node);
  return {
    label: clean(flat.label),
    type: flat.type,
    key: clean(flat.key),
    aliases: clean(flat.aliases),
    mentions: flat.mentions,
    article_count: flat.articleCount,
    color: style.entities[node.type].color,
    // Gephi's size is a radius; the view's sizes (by centrality) are diameters.
    size: (options.sizes?.[node.id] ?? style.nodeSize) / 2,
    x: at.x,
    // GEXF's y axis points up, the screen's down.
    y: -at.y,
  };
}

function edgeAttrs(edge: CanonicalGraph['edges'][number]): Attrs {
  const flat = flattenEdge(edge);
  const attrs: Attrs = {
    label: flat.type,
    type: flat.type,
    weight: flat.evidenceCount,
    evidence_count: flat.evidenceCount,
    articles: clean(flat.articles.join(LIST_SEPARATOR)),
    quotes: clean(flat.quotes.join(LIST_SEPARATOR)),
  };
  if (flat.confidence !== null) attrs.confidence = flat.confidence;
  return attrs;
}

const VIZ = new Set(['color', 'size', 'x', 'y']);

function split(attrs: Attrs) {
  const viz: Record<string, string | number> = {};
  const rest: Record<string, string | number> = {};
  for (const [k, v] of Object.entries(attrs)) {
    if (k === 'label' || k === 'weight') continue;
    if (VIZ.has(k)) viz[k] = v;
    else rest[k] = v;
  }
  return { viz, attributes: rest };
}

export function writeGexf(graph: CanonicalGraph, options: ExportOptions): string {
  const g = new MultiGraph<Attrs, Attrs>();
  g.setAttribute('creator', 'KG Explorer');
  g.setAttribute('description', clean(options.title ?? 'KG Explorer export'));
  const positions = resolvePositions(graph, options.positions);
  for (const node of graph.nodes) g.addNode(node.id, nodeAttrs(node, options, positions.get(node.id) ?? { x: 0, y: 0 }));
  for (const edge of graph.edges) {
    const attrs = edgeAttrs(edge);
    if (SYMMETRIC_RELATIONS.has(edge.type)) g.addUndirectedEdgeWithKey(edge.id, edge.source, edge.target, attrs);
    else g.addDirectedEdgeWithKey(edge.id, edge.source, edge.target, attrs);
  }
  return write(g, {
    version: '1.3',
    formatNode: (_key, a) => ({ label: String(a.label), ...split(a) }),
    formatEdge: (_key, a) => ({ label: String(a.label), weight: Number(a.weight), attributes: split(a).attributes }),
  });
}

export const gexfExporter: Exporter = {
  id: 'gexf',
  label: 'GEXF 1.3 (Gephi)',
  extension: 'gexf',
  mediaType: 'application/gexf+xml',
  write: writeGexf,
};

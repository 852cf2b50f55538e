// Cytoscape.js JSON (`.cyjs`): `{ data, elements: { nodes, edges }, style }`, which
// `cytoscape({ elements, style, layout })` and Cytoscape desktop (File > Import > Network from File)
// open as is. Desktop's table columns take only scalars and lists of scalars, so aliases and
// evidence are flattened into lists, and each edge's full evidence records ride along as a JSON
// string (`evidence_json`) so provenance survives the trip. Style is derived from
// shared/graph-style.ts; positions come from the view or the grid layout.
import { LANGS } from '../../../shared/domain';
import type { CanonicalGraph, GraphEdge, GraphNode } from '../../../shared/graph-format';
import { GRAPH_STYLE, cytoscapeStylesheet } from '../../../shared/graph-style';
import { aliasesOf, flattenEdge } from './flatten';
import { resolvePositions, type Point } from './layout';
import type { Exporter, ExportOptions } from './registry';

type Scalar = string | number | boolean;
type DataValue = Scalar | Scalar[];

function nodeData(node: GraphNode, size: number): Record<string, DataValue> {
  const data: Record<string, DataValue> = {
    id: node.id,
    name: node.label,
    label: node.label,
    type: node.type,
    size,
    aliases: aliasesOf(node),
    mentions: node.mentions ?? 0,
    articles: node.articles ?? [],
  };
  for (const lang of LANGS) data[`aliases_${lang}`] = aliasesOf(node, lang);
  if (node.key !== undefined) data.key = node.key;
  return data;
}

function edgeData(edge: GraphEdge): Record<string, DataValue> {
  const flat = flattenEdge(edge);
  const data: Record<string, DataValue> = {
    id: edge.id,
    source: edge.source,
    target: edge.target,
    type: edge.type,
    // Cytoscape desktop's conventional column for an edge's kind.
    interaction: edge.type,
    // A count, as in the app's own elements, so the stylesheet's mapData(evidence, …) applies.
    evidence: flat.evidenceCount,
    articles: flat.articles,
    quotes: flat.quotes,
    evidence_json: JSON.stringify(edge.evidence),
  };
  if (flat.confidence !== null) data.confidence = flat.confidence;
  for (const [k, v] of Object.entries(edge.attributes ?? {})) data[`attr_${k}`] = v;
  return data;
}

export function toCytoscapeJson(graph: CanonicalGraph, options: ExportOptions) {
  const style = options.style ?? GRAPH_STYLE;
  const positions = resolvePositions(graph, options.positions);
  const at = (id: string): Point => positions.get(id) ?? { x: 0, y: 0 };
  const size = (id: string): number => options.sizes?.[id] ?? style.nodeSize;
  return {
    format_version: '1.0',
    generated_by: 'KG Explorer',
    target_cytoscapejs_version: '~3',
    data: {
      name: options.title ?? 'KG Explorer export',
      articles_json: JSON.stringify(graph.articles),
    },
    elements: {
      nodes: graph.nodes.map((n) => ({ data: nodeData(n, size(n.id)), position: at(n.id) })),
      edges: graph.edges.map((e) => ({ data: edgeData(e) })),
    },
    style: cytoscapeStylesheet(style),
    // cytoscape.js runs the `null` layout (everything at 0,0) when headless unless told otherwise.
    layout: { name: 'preset' },
  };
}

export const cytoscapeJsonExporter: Exporter = {
  id: 'cyjs',
  label: 'Cytoscape.js JSON (Cytoscape desktop, cytoscape.js)',
  extension: 'cyjs',
  mediaType: 'application/json',
  write: (graph, options) => JSON.stringify(toCytoscapeJson(graph, options), null, 1) + '\n',
};

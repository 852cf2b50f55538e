// Cutting a CanonicalGraph down to what the user chose to export (the current view or the
// current selection, as node ids). Selection by neighbourhood happens earlier, in
// buildCanonicalGraph(db, selection); this is the filter for an already built graph. The result
// stays self-contained: an edge is kept only with both of its ends, and an article record is
// kept when a kept edge's evidence or a kept node's `articles` list refers to it.
import type { CanonicalGraph } from '../../../shared/graph-format';

export function subgraph(graph: CanonicalGraph, nodeIds: Iterable<string>): CanonicalGraph {
  const wanted = new Set(nodeIds);
  const nodes = graph.nodes.filter((n) => wanted.has(n.id));
  const kept = new Set(nodes.map((n) => n.id));
  const edges = graph.edges.filter((e) => kept.has(e.source) && kept.has(e.target));
  const files = new Set<string>();
  for (const edge of edges) for (const ev of edge.evidence) files.add(ev.article);
  for (const node of nodes) for (const file of node.articles ?? []) files.add(file);
  const articles = graph.articles.filter((a) => files.has(a.file));
  return { format: graph.format, version: graph.version, nodes, edges, articles };
}

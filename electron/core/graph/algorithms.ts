// Graph algorithms as pure functions of a loaded graph, each returning a mapping or a list
// (graphology's own convention); writing results back anywhere is the caller's business.
import louvain from 'graphology-communities-louvain';
import betweennessCentrality from 'graphology-metrics/centrality/betweenness.js';
import pagerank from 'graphology-metrics/centrality/pagerank.js';
import { bidirectional } from 'graphology-shortest-path/unweighted.js';
import { CO_MENTIONED } from '../../../shared/domain';
import type { Metric, PathResult } from '../../../shared/ipc';
import type { EdgeAttributes, KgGraph } from './load';

/** The `limit` nodes of highest degree, ties broken by id so the result is stable. */
export function topCentral(graph: KgGraph, limit: number): string[] {
  return graph
    .mapNodes((node) => [node, graph.degreeWithoutSelfLoops(node)] as const)
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, limit)
    .map(([node]) => node);
}

/** Typed relations before co-mentions, then the better attested. */
function edgeRank(a: EdgeAttributes): number {
  return (a.type === CO_MENTIONED ? 0 : 1_000_000) + (a.evidenceCount ?? 1);
}

/** A shortest path between two entities, choosing the best attested of parallel relations. */
export function shortestPath(graph: KgGraph, from: string, to: string): PathResult {
  if (!graph.hasNode(from) || !graph.hasNode(to)) return { found: false };
  if (from === to) return { found: true, nodeIds: [from], edgeIds: [] };
  const nodeIds = bidirectional(graph, from, to);
  if (!nodeIds) return { found: false };
  const edgeIds = nodeIds.slice(1).map((node, i) => {
    const edges = graph.edges(nodeIds[i]!, node);
    return edges.reduce((best, e) => (edgeRank(graph.getEdgeAttributes(e)) > edgeRank(graph.getEdgeAttributes(best)) ? e : best));
  });
  return { found: true, nodeIds, edgeIds };
}

/** The part of `graph` induced by `nodeIds` (ids not in the graph are ignored). */
export function induced(graph: KgGraph, nodeIds: readonly string[]): KgGraph {
  const keep = new Set(nodeIds.filter((n) => graph.hasNode(n)));
  const out = graph.emptyCopy() as KgGraph;
  out.clear();
  for (const node of keep) out.addNode(node, graph.getNodeAttributes(node));
  graph.forEachEdge((edge, attributes, source, target) => {
    if (keep.has(source) && keep.has(target)) out.addEdgeWithKey(edge, source, target, attributes);
  });
  return out;
}

export function degreeOf(graph: KgGraph): Record<string, number> {
  const out: Record<string, number> = {};
  graph.forEachNode((node) => (out[node] = graph.degreeWithoutSelfLoops(node)));
  return out;
}

export function computeMetric(graph: KgGraph, metric: Metric): Record<string, number> {
  if (graph.order === 0) return {};
  switch (metric) {
    case 'degree':
      return degreeOf(graph);
    case 'pagerank':
      return pagerank(graph, { getEdgeWeight: null });
    case 'betweenness':
      return betweennessCentrality(graph, { normalized: true });
  }
}

/** Louvain communities, seeded so that the same graph always gets the same partition. */
export function communities(graph: KgGraph, seed = 1): Record<string, number> {
  if (graph.size === 0) return Object.fromEntries(graph.nodes().map((node, i) => [node, i]));
  let state = seed;
  const rng = () => ((state = (state * 1_103_515_245 + 12_345) % 2_147_483_648) / 2_147_483_648);
  return louvain(graph, { rng, getEdgeWeight: null });
}

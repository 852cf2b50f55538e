// Positions for exports that store or draw them (Cytoscape JSON, GEXF, GraphML, SVG). The view's
// positions win; nodes without one (nodes of a neighbourhood outside the view, or a whole CLI
// export) are placed as the view places newcomers (shared/placement.ts): next to their placed
// neighbours, chains growing outward, the unconnected on a spiral beside. With no position at all,
// the best-connected entity starts at the origin. Linear in nodes and edges, so it costs next to
// nothing on thousands of nodes, and it gives the same file every run.
import type { CanonicalGraph } from '../../../shared/graph-format';
import { placeNewNodes, type Point } from '../../../shared/placement';

export type { Point };

function isPoint(p: Point | undefined): p is Point {
  return p !== undefined && Number.isFinite(p.x) && Number.isFinite(p.y);
}

/** The node with the most edges (the first in graph order on a tie). */
function hub(graph: CanonicalGraph): string | undefined {
  const degree = new Map<string, number>();
  for (const e of graph.edges) {
    degree.set(e.source, (degree.get(e.source) ?? 0) + 1);
    degree.set(e.target, (degree.get(e.target) ?? 0) + 1);
  }
  let best: string | undefined;
  for (const n of graph.nodes) if (best === undefined || (degree.get(n.id) ?? 0) > (degree.get(best) ?? 0)) best = n.id;
  return best;
}

export function resolvePositions(graph: CanonicalGraph, given?: Record<string, Point>): Map<string, Point> {
  const out = new Map<string, Point>();
  for (const node of graph.nodes) {
    const p = given && Object.hasOwn(given, node.id) ? given[node.id] : undefined;
    if (isPoint(p)) out.set(node.id, { x: p.x, y: p.y });
  }
  if (out.size === graph.nodes.length) return out;
  const start = out.size === 0 ? hub(graph) : undefined;
  if (start !== undefined) out.set(start, { x: 0, y: 0 });
  const missing = graph.nodes.map((n) => n.id).filter((id) => !out.has(id));
  for (const [id, p] of placeNewNodes(missing, graph.edges, out)) out.set(id, p);
  return out;
}

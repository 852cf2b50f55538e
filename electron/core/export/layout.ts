// Positions for exports that store or draw them (Cytoscape JSON, GEXF, GraphML, SVG). The view's
// positions win; nodes without one (a CLI export, or nodes outside the laid-out view) go on a
// deterministic grid, in the graph's node order, below whatever was placed already. A grid, not
// a force layout: it is instant for thousands of nodes and gives the same file every run.
import type { CanonicalGraph } from '../../../shared/graph-format';

export interface Point {
  x: number;
  y: number;
}

export const GRID_STEP_X = 140;
export const GRID_STEP_Y = 90;

function isPoint(p: Point | undefined): p is Point {
  return p !== undefined && Number.isFinite(p.x) && Number.isFinite(p.y);
}

export function resolvePositions(graph: CanonicalGraph, given?: Record<string, Point>): Map<string, Point> {
  const out = new Map<string, Point>();
  const missing: string[] = [];
  let minX = Infinity;
  let maxY = -Infinity;
  for (const node of graph.nodes) {
    const p = given && Object.hasOwn(given, node.id) ? given[node.id] : undefined;
    if (isPoint(p)) {
      out.set(node.id, { x: p.x, y: p.y });
      minX = Math.min(minX, p.x);
      maxY = Math.max(maxY, p.y);
    } else missing.push(node.id);
  }
  const columns = Math.max(1, Math.ceil(Math.sqrt(missing.length)));
  const originX = out.size > 0 ? minX : 0;
  const originY = out.size > 0 ? maxY + GRID_STEP_Y * 1.5 : 0;
  missing.forEach((id, i) => {
    out.set(id, { x: originX + (i % columns) * GRID_STEP_X, y: originY + Math.floor(i / columns) * GRID_STEP_Y });
  });
  return out;
}

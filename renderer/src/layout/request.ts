// Builds a LayoutRequest from plain node and edge lists (what the view reads off Cytoscape), and
// reads a LayoutResult back as a position map. Pure, so the bench and the tests build the same
// requests as the app.
import type { Point } from '../graph/mapper';
import type { LayoutName, LayoutRequest, LayoutResult } from './protocol';

export interface LayoutNodeInput {
  id: string;
  position?: Point;
  fixed?: boolean;
  size?: number;
  rank?: number;
  /** The node's label, whose length sets the room fcose leaves for it. */
  label?: string;
}

/** Roughly how wide an 11px label is drawn, capped like the stylesheet's text-max-width. */
export function labelWidth(label: string | undefined): number {
  return label ? Math.min(160, label.length * 6.2) : 0;
}

export interface LayoutEdgeInput {
  source: string;
  target: string;
  weight?: number;
}

export function buildRequest(
  name: LayoutName,
  nodes: readonly LayoutNodeInput[],
  edges: readonly LayoutEdgeInput[],
  incremental: boolean,
): LayoutRequest {
  const index = new Map<string, number>();
  const n = nodes.length;
  const req: LayoutRequest = {
    name,
    ids: nodes.map((node) => node.id),
    x: new Float64Array(n),
    y: new Float64Array(n),
    fixed: new Uint8Array(n),
    sizes: new Float64Array(n),
    edges: new Uint32Array(0),
    weights: new Float64Array(0),
    incremental,
    rank: new Float64Array(n),
    labelWidths: new Float64Array(n),
  };
  nodes.forEach((node, i) => {
    index.set(node.id, i);
    req.x[i] = node.position?.x ?? NaN;
    req.y[i] = node.position?.y ?? NaN;
    req.fixed[i] = node.fixed ? 1 : 0;
    req.sizes[i] = node.size ?? 24;
    if (req.rank) req.rank[i] = node.rank ?? 0;
    if (req.labelWidths) req.labelWidths[i] = labelWidth(node.label);
  });
  const pairs: number[] = [];
  const weights: number[] = [];
  for (const e of edges) {
    const s = index.get(e.source);
    const t = index.get(e.target);
    if (s === undefined || t === undefined) continue;
    pairs.push(s, t);
    weights.push(e.weight ?? 1);
  }
  req.edges = Uint32Array.from(pairs);
  req.weights = Float64Array.from(weights);
  return req;
}

export function resultPositions(ids: readonly string[], result: LayoutResult): Map<string, Point> {
  const out = new Map<string, Point>();
  ids.forEach((id, i) => {
    const x = result.x[i];
    const y = result.y[i];
    if (x !== undefined && y !== undefined && Number.isFinite(x) && Number.isFinite(y)) out.set(id, { x, y });
  });
  return out;
}

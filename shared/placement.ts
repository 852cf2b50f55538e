// Where to put nodes that join a view which already has a layout: next to the neighbours that
// are already placed, on a golden-angle spiral so several newcomers around one hub do not land
// on top of each other. Existing positions are never touched; this is what keeps the analyst's
// mental map when a neighbourhood is expanded or an import adds entities, and what places the
// nodes an export has no position for. Pure: the renderer and the exporters share it.

export interface Point {
  x: number;
  y: number;
}

export interface PlacementEdge {
  source: string;
  target: string;
}

const GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));

function centroid(points: readonly Point[]): Point {
  let x = 0;
  let y = 0;
  for (const p of points) {
    x += p.x;
    y += p.y;
  }
  return { x: x / points.length, y: y / points.length };
}

function adjacency(edges: readonly PlacementEdge[]): Map<string, string[]> {
  const adj = new Map<string, string[]>();
  const add = (a: string, b: string): void => {
    const list = adj.get(a);
    if (list) list.push(b);
    else adj.set(a, [b]);
  };
  for (const e of edges) {
    add(e.source, e.target);
    add(e.target, e.source);
  }
  return adj;
}

/**
 * Positions for `newIds`, given the positions already known. Nodes with a placed neighbour are
 * placed first (repeatedly, so chains grow outward); the rest go on a spiral beside the graph.
 */
export function placeNewNodes(
  newIds: readonly string[],
  edges: readonly PlacementEdge[],
  known: ReadonlyMap<string, Point>,
  spacing = 70,
): Map<string, Point> {
  const placed = new Map(known);
  const out = new Map<string, Point>();
  const adj = adjacency(edges);
  const crowd = new Map<string, number>();
  let pending = newIds.filter((id) => !known.has(id));
  let progress = true;
  while (pending.length > 0 && progress) {
    progress = false;
    const next: string[] = [];
    for (const id of pending) {
      const anchors = (adj.get(id) ?? []).map((n) => placed.get(n)).filter((p): p is Point => p !== undefined);
      if (anchors.length === 0) {
        next.push(id);
        continue;
      }
      const c = centroid(anchors);
      const key = `${Math.round(c.x)}:${Math.round(c.y)}`;
      const k = (crowd.get(key) ?? 0) + 1;
      crowd.set(key, k);
      const r = spacing * Math.sqrt(k);
      const p = { x: c.x + r * Math.cos(k * GOLDEN_ANGLE), y: c.y + r * Math.sin(k * GOLDEN_ANGLE) };
      placed.set(id, p);
      out.set(id, p);
      progress = true;
    }
    pending = next;
  }
  placeIsolated(pending, placed, out, spacing);
  return out;
}

function placeIsolated(ids: readonly string[], placed: Map<string, Point>, out: Map<string, Point>, spacing: number): void {
  if (ids.length === 0) return;
  let maxX = 0;
  let minY = 0;
  let maxY = 0;
  for (const p of placed.values()) {
    maxX = Math.max(maxX, p.x);
    minY = Math.min(minY, p.y);
    maxY = Math.max(maxY, p.y);
  }
  const origin = placed.size > 0 ? { x: maxX + spacing * 2, y: (minY + maxY) / 2 } : { x: 0, y: 0 };
  ids.forEach((id, i) => {
    const r = spacing * Math.sqrt(i);
    const p = { x: origin.x + r * Math.cos(i * GOLDEN_ANGLE), y: origin.y + r * Math.sin(i * GOLDEN_ANGLE) };
    placed.set(id, p);
    out.set(id, p);
  });
}

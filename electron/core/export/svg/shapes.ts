// SVG markup for the stylesheet's node shapes and the geometry of edges: straight lines, bowed
// quadratic curves when two entities have several relations (as Cytoscape's bezier edges fan
// out), and loops for an entity related to itself. Ends are pulled back to the node's rim so
// arrowheads stay visible.
import { nodeOutline, roundedCorners, type NodeShape } from '../../../../shared/graph-style';
import type { Point } from '../layout';

/** Rounds to 0.1 unit: enough for a drawing, and it keeps 5,000-node files small. */
export function fmt(n: number): string {
  return String(Math.round(n * 10) / 10);
}

/** The shape centred on `at`, `size` wide and high; `attrs` carries fill and stroke. */
export function shapeSvg(shape: NodeShape, at: Point, size: number, attrs: string): string {
  const o = nodeOutline(shape, at.x, at.y, size);
  switch (o.kind) {
    case 'circle':
      return `<circle cx="${fmt(o.cx)}" cy="${fmt(o.cy)}" r="${fmt(o.r)}"${attrs}/>`;
    case 'rect': {
      const rx = o.radius > 0 ? ` rx="${fmt(o.radius)}"` : '';
      return `<rect x="${fmt(o.x)}" y="${fmt(o.y)}" width="${fmt(o.width)}" height="${fmt(o.height)}"${rx}${attrs}/>`;
    }
    case 'polygon': {
      if (o.radius === 0) return `<polygon points="${o.points.map(([x, y]) => `${fmt(x)},${fmt(y)}`).join(' ')}"${attrs}/>`;
      const d = roundedCorners(o.points, o.radius)
        .map((c, i) => `${i === 0 ? 'M' : 'L'}${fmt(c.from[0])} ${fmt(c.from[1])}Q${fmt(c.corner[0])} ${fmt(c.corner[1])} ${fmt(c.to[0])} ${fmt(c.to[1])}`)
        .join('');
      return `<path d="${d}Z"${attrs}/>`;
    }
  }
}

function towards(from: Point, to: Point, distance: number): Point {
  const dx = to.x - from.x;
  const dy = to.y - from.y;
  const len = Math.hypot(dx, dy) || 1;
  return { x: from.x + (dx / len) * distance, y: from.y + (dy / len) * distance };
}

/**
 * Path data from `a` to `b`, bowed sideways by `bend` units (0 = straight), trimmed by the
 * nodes' radii `ra` and `rb` at its ends. The side is taken from the pair's canonical order (`flip` when the edge runs the
 * other way), so parallel edges in both directions fan out without overlapping.
 */
export function edgePath(a: Point, b: Point, bend: number, ra: number, rb: number, flip: boolean): string {
  if (a.x === b.x && a.y === b.y) return loopPath(a, ra);
  if (bend === 0) {
    const s = towards(a, b, ra);
    const t = towards(b, a, rb);
    return `M${fmt(s.x)} ${fmt(s.y)}L${fmt(t.x)} ${fmt(t.y)}`;
  }
  const len = Math.hypot(b.x - a.x, b.y - a.y) || 1;
  const sign = flip ? -1 : 1;
  // The perpendicular of the canonical direction; a quadratic's apex is half its control offset.
  const nx = (-(b.y - a.y) / len) * sign;
  const ny = ((b.x - a.x) / len) * sign;
  const c = { x: (a.x + b.x) / 2 + nx * bend * 2, y: (a.y + b.y) / 2 + ny * bend * 2 };
  const s = towards(a, c, ra);
  const t = towards(b, c, rb);
  return `M${fmt(s.x)} ${fmt(s.y)}Q${fmt(c.x)} ${fmt(c.y)} ${fmt(t.x)} ${fmt(t.y)}`;
}

function loopPath(at: Point, rim: number): string {
  const s = { x: at.x - rim * 0.6, y: at.y - rim * 0.8 };
  const t = { x: at.x + rim * 0.6, y: at.y - rim * 0.8 };
  const lift = rim * 2.6;
  return `M${fmt(s.x)} ${fmt(s.y)}C${fmt(s.x - rim)} ${fmt(s.y - lift)} ${fmt(t.x + rim)} ${fmt(t.y - lift)} ${fmt(t.x)} ${fmt(t.y)}`;
}

// SVG markup for the stylesheet's node shapes and the geometry of edges: straight lines, bowed
// quadratic curves when two entities have several relations (as Cytoscape's bezier edges fan
// out), and loops for an entity related to itself. Ends are pulled back to the node's rim so
// arrowheads stay visible.
import type { NodeShape } from '../../../../shared/graph-style';
import type { Point } from '../layout';

/** Rounds to 0.1 unit: enough for a drawing, and it keeps 5,000-node files small. */
export function fmt(n: number): string {
  return String(Math.round(n * 10) / 10);
}

function polygon(points: [number, number][], attrs: string): string {
  return `<polygon points="${points.map(([x, y]) => `${fmt(x)},${fmt(y)}`).join(' ')}"${attrs}/>`;
}

/** A closed path through `points` whose corners are cut by quadratic curves of radius `r`. */
function roundedPolygon(points: [number, number][], r: number, attrs: string): string {
  const n = points.length;
  const along = (from: [number, number], to: [number, number]): [number, number] => {
    const len = Math.hypot(to[0] - from[0], to[1] - from[1]) || 1;
    const t = Math.min(0.5, r / len);
    return [from[0] + (to[0] - from[0]) * t, from[1] + (to[1] - from[1]) * t];
  };
  let d = '';
  points.forEach((p, i) => {
    const a = along(p, points[(i + n - 1) % n]!);
    const b = along(p, points[(i + 1) % n]!);
    d += `${i === 0 ? 'M' : 'L'}${fmt(a[0])} ${fmt(a[1])}Q${fmt(p[0])} ${fmt(p[1])} ${fmt(b[0])} ${fmt(b[1])}`;
  });
  return `<path d="${d}Z"${attrs}/>`;
}

/** The shape centred on `at`, `size` wide and high; `attrs` carries fill and stroke. */
export function shapeSvg(shape: NodeShape, at: Point, size: number, attrs: string): string {
  const h = size / 2;
  const { x, y } = at;
  switch (shape) {
    case 'ellipse':
      return `<circle cx="${fmt(x)}" cy="${fmt(y)}" r="${fmt(h)}"${attrs}/>`;
    case 'rectangle':
    case 'round-rectangle': {
      const rx = shape === 'round-rectangle' ? ` rx="${fmt(size / 5)}"` : '';
      return `<rect x="${fmt(x - h)}" y="${fmt(y - h)}" width="${fmt(size)}" height="${fmt(size)}"${rx}${attrs}/>`;
    }
    case 'round-diamond':
      return roundedPolygon([[x, y - h], [x + h, y], [x, y + h], [x - h, y]], size / 8, attrs);
    case 'round-triangle':
      return roundedPolygon([[x, y - h], [x + h, y + h], [x - h, y + h]], size / 8, attrs);
    case 'hexagon': {
      const q = h / 2;
      return polygon([[x - h, y], [x - q, y - h], [x + q, y - h], [x + h, y], [x + q, y + h], [x - q, y + h]], attrs);
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

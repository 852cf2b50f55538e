// ForceAtlas2 for views too large for fcose, driven step by step over graphology's flat matrices
// so that it can stop on a time budget: a 5,000-node view gets as many iterations as fit in
// about a second on first display (the UI thread sets up the elements meanwhile), a small one
// runs to its iteration count. Synchronous, so only the layout worker calls it. Nodes without
// coordinates start next to their placed neighbours (or on a spiral); fixed nodes keep theirs. A
// fresh layout is rescaled so that the median edge is about as long as in the fcose views,
// whatever FA2's own units are, and overlapping nodes are then pushed apart (./overlap).
import { inferSettings } from 'graphology-layout-forceatlas2';
import DEFAULTS from 'graphology-layout-forceatlas2/defaults';
import iterate from 'graphology-layout-forceatlas2/iterate';
import { removeOverlaps } from './overlap';
import { placeNewNodes } from '../../../shared/placement';
import type { LayoutRequest, LayoutResult } from './protocol';
import type { Point } from '../graph/mapper';

export const TARGET_EDGE_LENGTH = 90;
const PPN = 10; // floats per node in the FA2 node matrix: x, y, dx, dy, old dx, old dy, mass, convergence, size, fixed
const PPE = 3; // floats per edge: source offset, target offset, weight

export function iterationsFor(order: number): number {
  if (order <= 500) return 500;
  if (order <= 2000) return 250;
  return 150;
}

/** A first layout is quick; asking for ForceAtlas2 again (Ctrl+L) passes a longer budget. */
export function budgetFor(order: number): number {
  return order <= 2000 ? 4000 : 1000;
}

/** Iterations run whatever the budget, so that a slow machine still gets a layout. */
export const MIN_ITERATIONS = 40;

/**
 * graphology's suggested settings, except that a large view, which gets a few dozen iterations
 * rather than hundreds, keeps the full step (slowDown 1 instead of 1 + ln n): on the render
 * bench's 5,000 nodes, 60 iterations then bring the median edge to a tenth of the typical node
 * distance, where the damped steps leave it at a fifth.
 */
export function fa2Settings(order: number): typeof DEFAULTS {
  const inferred = inferSettings(order);
  return {
    ...DEFAULTS,
    ...inferred,
    barnesHutOptimize: order > 400,
    barnesHutTheta: 1,
    edgeWeightInfluence: 0.5,
    slowDown: order > 2000 ? 1 : (inferred.slowDown ?? 1),
  };
}

/** Starting coordinates: known ones kept, the others placed near their neighbours. */
export function seedPositions(req: LayoutRequest): { x: Float64Array; y: Float64Array } {
  const x = Float64Array.from(req.x);
  const y = Float64Array.from(req.y);
  const known = new Map<string, Point>();
  const missing: string[] = [];
  req.ids.forEach((id, i) => {
    const px = x[i] as number;
    const py = y[i] as number;
    if (Number.isFinite(px) && Number.isFinite(py)) known.set(id, { x: px, y: py });
    else missing.push(id);
  });
  if (missing.length === 0) return { x, y };
  const edges: Array<{ source: string; target: string }> = [];
  for (let k = 0; k + 1 < req.edges.length; k += 2) {
    edges.push({ source: req.ids[req.edges[k] as number] as string, target: req.ids[req.edges[k + 1] as number] as string });
  }
  const placed = placeNewNodes(missing, edges, known, 40);
  req.ids.forEach((id, i) => {
    const p = placed.get(id);
    if (p) {
      x[i] = p.x;
      y[i] = p.y;
    }
  });
  return { x, y };
}

function matrices(req: LayoutRequest, x: Float64Array, y: Float64Array): { nodes: Float32Array; edges: Float32Array } {
  const n = req.ids.length;
  const nodes = new Float32Array(n * PPN);
  for (let i = 0; i < n; i++) {
    const j = i * PPN;
    nodes[j] = x[i] as number;
    nodes[j + 1] = y[i] as number;
    nodes[j + 6] = 1;
    nodes[j + 7] = 1;
    nodes[j + 8] = req.sizes[i] ?? 1;
    nodes[j + 9] = req.fixed[i] ?? 0;
  }
  const m = Math.floor(req.edges.length / 2);
  const edges = new Float32Array(m * PPE);
  let kept = 0;
  for (let e = 0; e < m; e++) {
    const s = req.edges[2 * e] as number;
    const t = req.edges[2 * e + 1] as number;
    if (s === t) continue;
    const w = req.weights[e] ?? 1;
    edges[kept * PPE] = s * PPN;
    edges[kept * PPE + 1] = t * PPN;
    edges[kept * PPE + 2] = w;
    nodes[s * PPN + 6] = (nodes[s * PPN + 6] as number) + w;
    nodes[t * PPN + 6] = (nodes[t * PPN + 6] as number) + w;
    kept++;
  }
  return { nodes, edges: edges.subarray(0, kept * PPE) };
}

function medianEdgeLength(nodes: Float32Array, edges: Float32Array): number {
  const lengths: number[] = [];
  for (let k = 0; k < edges.length; k += PPE) {
    const s = edges[k] as number;
    const t = edges[k + 1] as number;
    lengths.push(Math.hypot((nodes[s] as number) - (nodes[t] as number), (nodes[s + 1] as number) - (nodes[t + 1] as number)));
  }
  if (lengths.length === 0) return 0;
  lengths.sort((a, b) => a - b);
  return lengths[Math.floor(lengths.length / 2)] ?? 0;
}

export function runFa2(req: LayoutRequest, budgetMs = req.budgetMs ?? budgetFor(req.ids.length)): LayoutResult & { iterations: number } {
  const t0 = performance.now();
  const fresh = req.incremental ? req : { ...req, x: req.x.map(() => NaN), y: req.y.map(() => NaN) };
  const seeded = seedPositions(fresh);
  const { nodes, edges } = matrices(req, seeded.x, seeded.y);
  const n = req.ids.length;
  const settings = fa2Settings(n);
  const max = req.iterations ?? iterationsFor(n);
  let done = 0;
  while (done < max && (done < MIN_ITERATIONS || performance.now() - t0 < budgetMs)) {
    iterate(settings, nodes, edges);
    done++;
  }
  const anyFixed = req.fixed.some((f) => f === 1);
  const median = medianEdgeLength(nodes, edges);
  const scale = !anyFixed && median > 0 ? TARGET_EDGE_LENGTH / median : 1;
  const x = new Float64Array(n);
  const y = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    x[i] = (nodes[i * PPN] as number) * scale;
    y[i] = (nodes[i * PPN + 1] as number) * scale;
  }
  removeOverlaps(x, y, req.sizes, req.fixed);
  return { x, y, ms: performance.now() - t0, iterations: done };
}

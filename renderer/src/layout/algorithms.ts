// The layouts the worker can run, keyed by name: fcose and Cytoscape's concentric, breadthfirst
// and grid run in a headless Cytoscape (no DOM needed), ForceAtlas2 in graphology (./fa2). Each
// takes a LayoutRequest and returns coordinates in the same order as `ids`. Pure CPU work, never
// called on the UI thread; the unit tests call it directly in Node.
import cytoscape from 'cytoscape';
import fcose from 'cytoscape-fcose';
import { removeOverlaps } from './overlap';
import { runFa2, seedPositions } from './fa2';
import type { LayoutName, LayoutRequest, LayoutResult } from './protocol';

let registered = false;
function ensureExtensions(): void {
  if (registered) return;
  cytoscape.use(fcose);
  registered = true;
}

function headless(req: LayoutRequest, x: Float64Array, y: Float64Array): cytoscape.Core {
  // A node occupies its shape plus its label underneath: as wide as the wider, one line taller.
  const elements: cytoscape.ElementDefinition[] = req.ids.map((id, i) => ({
    group: 'nodes',
    data: {
      id,
      w: Math.max(req.sizes[i] ?? 20, req.labelWidths?.[i] ?? 0),
      h: (req.sizes[i] ?? 20) + ((req.labelWidths?.[i] ?? 0) > 0 ? 18 : 0),
      rank: req.rank?.[i] ?? 0,
    },
    position: { x: Number.isFinite(x[i]) ? (x[i] as number) : 0, y: Number.isFinite(y[i]) ? (y[i] as number) : 0 },
  }));
  for (let k = 0, e = 0; k + 1 < req.edges.length; k += 2, e++) {
    const s = req.ids[req.edges[k] as number] as string;
    const t = req.ids[req.edges[k + 1] as number] as string;
    elements.push({ group: 'edges', data: { id: `le${e}`, source: s, target: t, weight: req.weights[e] ?? 1 } });
  }
  return cytoscape({
    headless: true,
    styleEnabled: true,
    elements,
    layout: { name: 'preset' }, // the default 'null' layout would move every node to the origin
    style: [{ selector: 'node', style: { width: 'data(w)', height: 'data(h)' } }],
  });
}

function read(cy: cytoscape.Core, ids: readonly string[]): { x: Float64Array; y: Float64Array } {
  const x = new Float64Array(ids.length);
  const y = new Float64Array(ids.length);
  ids.forEach((id, i) => {
    const p = cy.$id(id).position();
    x[i] = p.x;
    y[i] = p.y;
  });
  return { x, y };
}

function box(n: number): cytoscape.BoundingBox12 {
  const side = Math.max(400, Math.sqrt(n) * 110);
  return { x1: -side / 2, y1: -side / 2, x2: side / 2, y2: side / 2 };
}

function fcoseOptions(req: LayoutRequest, cy: cytoscape.Core): cytoscape.LayoutOptions {
  const fixed = req.ids
    .map((id, i) => ({ id, i }))
    .filter(({ i }) => req.fixed[i] === 1)
    .map(({ id }) => {
      const p = cy.$id(id).position(); // a live object that the layout mutates: copy it
      return { nodeId: id, position: { x: p.x, y: p.y } };
    });
  const opts: Record<string, unknown> = {
    name: 'fcose',
    animate: false,
    fit: false,
    randomize: !req.incremental,
    quality: req.incremental ? 'proof' : 'default',
    nodeDimensionsIncludeLabels: false,
    // Node boxes already include their labels (see `headless`), so these can stay compact.
    nodeRepulsion: 4500,
    idealEdgeLength: 60,
    edgeElasticity: 0.45,
    nodeSeparation: 60,
    packComponents: true,
    tilingPaddingVertical: 12,
    tilingPaddingHorizontal: 16,
    fixedNodeConstraint: fixed.length > 0 ? fixed : undefined,
  };
  return opts as unknown as cytoscape.LayoutOptions; // fcose's options are not in Cytoscape's LayoutOptions union
}

function builtinOptions(name: Exclude<LayoutName, 'fcose' | 'fa2'>, req: LayoutRequest): cytoscape.LayoutOptions {
  const common = { animate: false, fit: false, boundingBox: box(req.ids.length), avoidOverlap: true, nodeDimensionsIncludeLabels: false };
  switch (name) {
    case 'concentric':
      return { name, ...common, minNodeSpacing: 24, concentric: (n: cytoscape.NodeSingular) => n.data('rank') as number, levelWidth: () => 1 } as cytoscape.LayoutOptions;
    case 'breadthfirst': {
      const roots = rootsByRank(req);
      return { name, ...common, directed: false, spacingFactor: 1.1, roots } as cytoscape.LayoutOptions;
    }
    case 'grid':
      return { name, ...common, avoidOverlapPadding: 20 } as cytoscape.LayoutOptions;
  }
}

/** The highest-ranked node of the graph is the breadth-first root (Cytoscape adds one per component). */
function rootsByRank(req: LayoutRequest): string[] {
  if (!req.rank || req.ids.length === 0) return [];
  let best = 0;
  req.rank.forEach((r, i) => {
    if (r > (req.rank?.[best] ?? -Infinity)) best = i;
  });
  return [req.ids[best] as string];
}

/**
 * Concentric, breadth-first and grid place every node in their pattern: pinned nodes go back
 * where the analyst put them, and the others that landed on one are pushed off it.
 */
function keepPinned(req: LayoutRequest, out: { x: Float64Array; y: Float64Array }): void {
  if (!req.fixed.includes(1)) return;
  req.fixed.forEach((f, i) => {
    if (f !== 1) return;
    out.x[i] = req.x[i]!;
    out.y[i] = req.y[i]!;
  });
  removeOverlaps(out.x, out.y, req.sizes, req.fixed);
}

export function runLayout(req: LayoutRequest): LayoutResult {
  if (req.name === 'fa2') return runFa2(req);
  ensureExtensions();
  const t0 = performance.now();
  const seeded = req.incremental ? seedPositions(req) : { x: req.x, y: req.y };
  const cy = headless(req, seeded.x, seeded.y);
  const options = req.name === 'fcose' ? fcoseOptions(req, cy) : builtinOptions(req.name, req);
  cy.layout(options).run();
  const out = read(cy, req.ids);
  cy.destroy();
  if (req.name !== 'fcose') keepPinned(req, out);
  return { ...out, ms: performance.now() - t0 };
}

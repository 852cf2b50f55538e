// The render pipeline: brings the mount in line with a view state and lays out what needs it,
// in the worker, then waits for the first drawn frame. For a full layout the request is built
// from the state and sent before Cytoscape is touched, so the worker computes while the UI thread
// adds the elements and works out their styles; a large view is drawn once, at its final
// positions. A newer run supersedes an older one (its result is dropped, its layout cancelled).
// Each stage is a User Timing measure (kg:*), visible in a performance profile.
import { DEFAULT_NODE_SIZE } from '../graph/mapper';
import type { LayoutClient } from '../layout/layout-client';
import type { LayoutName, LayoutResult } from '../layout/protocol';
import { buildRequest, resultPositions } from '../layout/request';
import type { Display, GraphView } from '../view/graph-view';
import { fitPositions } from '../view/controllers/viewport';
import { visibleEdges, visibleNodes } from './working-set';
import type { WorkingSet } from './working-set';

export type LayoutPlan = 'none' | 'incremental' | 'auto' | LayoutName;

/**
 * fcose reads well but its time grows with nodes and relations alike: measured here, about half a
 * second for 300 entities and 600 relations, over a second with 1,200 relations and five with
 * 10,000, where ForceAtlas2 takes a quarter of a second to half a second. Views up to
 * FCOSE_MAX_ELEMENTS get fcose, larger ones ForceAtlas2, so that the first view of a large store
 * (300 entities, up to 1,500 relations) is drawn in well under two seconds.
 */
export const FCOSE_MAX_ELEMENTS = 1000;
/**
 * A full layout of more elements than this is drawn once, after the layout, rather than while it
 * runs: styles are worked out while the worker lays out. Smaller changes (an expansion placed
 * incrementally, a hidden node) keep the view drawn and movable meanwhile.
 */
export const HOLD_DRAWING_ABOVE = 1000;
/** ForceAtlas2's time budget when the analyst asks for a layout again. */
export const REFINE_BUDGET_MS = 5000;

export interface RenderOutcome {
  layout: LayoutName | null;
  /** From the start of the run to the first drawn frame. */
  ms: number;
  /** The layout's share, from sending the request to having the positions. */
  layoutMs: number;
}

function measure<T>(name: string, work: () => T): T {
  const start = performance.now();
  try {
    return work();
  } finally {
    performance.measure(name, { start });
  }
}

export function autoLayout(nodes: number, edges: number): LayoutName {
  return nodes + edges <= FCOSE_MAX_ELEMENTS ? 'fcose' : 'fa2';
}

export class RenderPipeline {
  private seq = 0;

  constructor(
    private readonly view: GraphView,
    private readonly layout: LayoutClient,
  ) {}

  /** Runs the pipeline; resolves to null when a newer run superseded this one. */
  async run(ws: WorkingSet, display: Display, plan: LayoutPlan, fit: boolean, exact: boolean): Promise<RenderOutcome | null> {
    const seq = ++this.seq;
    const t0 = performance.now();
    const nodes = visibleNodes(ws);
    const visible = nodes.length;
    const relations = visibleEdges(ws).length;
    const fullLayout = plan !== 'none' && plan !== 'incremental' && visible > 0;
    const holding = fullLayout && visible + relations > HOLD_DRAWING_ABOVE;
    // Nodes the analyst saw before move to their new places in an animation; a view of other
    // nodes (the first one, another store's) is drawn at once where its layout put it.
    const animate = !holding && nodes.some((n) => this.view.cy.$id(n.id).nonempty());
    let release = holding ? this.view.holdDrawing() : () => undefined;
    let name: LayoutName | null = null;
    let job: Promise<LayoutResult | null> | null = null;
    let ids: string[] = [];
    let l0 = 0;
    try {
      this.view.setDisplay(display);
      if (fullLayout) {
        name = plan === 'auto' ? autoLayout(visible, relations) : plan;
        const request = this.requestFromState(ws, name, display);
        // Asked for by name (a re-layout), ForceAtlas2 may take longer than on first display.
        if (plan !== 'auto') request.budgetMs = REFINE_BUDGET_MS;
        ids = request.ids;
        l0 = performance.now();
        // Chromium hands messages to a worker that is still starting through the UI thread, so
        // post only once it runs: the thousands of elements added next keep the UI thread busy.
        await this.layout.whenReady(name);
        job = this.layout.run(request);
      }
      const synced = measure('kg:sync', () => this.view.sync(ws));
      if (exact) await this.view.applyPositions(ws.positions, animate);
      if (holding) {
        // Work out every element's style while the worker lays out, then hold drawing again.
        release();
        measure('kg:style', () => this.view.computeStyles());
        release = this.view.holdDrawing();
      }
      if (!job && plan === 'incremental' && synced.placed.length > 0) {
        name = autoLayout(this.view.cy.nodes().length, this.view.cy.edges().length);
        const request = this.requestFromMount(name, ws, new Set(synced.placed));
        ids = request.ids;
        l0 = performance.now();
        job = this.layout.run(request);
      }
      const w0 = performance.now();
      const result = job ? await job : null;
      performance.measure('kg:await-layout', { start: w0 });
      if (seq !== this.seq) return null;
      if (result) await measure('kg:apply-positions', () => this.view.applyPositions(resultPositions(ids, result), animate));
    } finally {
      release();
    }
    const layoutMs = job ? performance.now() - l0 : 0;
    if (fit) fitPositions(this.view.cy, 40);
    const f0 = performance.now();
    await this.view.nextFrame();
    performance.measure('kg:first-frame', { start: f0 });
    if (seq !== this.seq) return null;
    return { layout: name, ms: performance.now() - t0, layoutMs };
  }

  /** A full layout of the visible state; pinned nodes keep their stored positions. */
  private requestFromState(ws: WorkingSet, name: LayoutName, display: Display): ReturnType<typeof buildRequest> {
    const nodes = visibleNodes(ws).map((n) => ({
      id: n.id,
      position: ws.positions.get(n.id),
      fixed: ws.pinned.has(n.id) && ws.positions.has(n.id),
      size: display.sizes?.get(n.id) ?? DEFAULT_NODE_SIZE,
      rank: n.degree,
      label: n.label,
    }));
    const edges = visibleEdges(ws).map((e) => ({ source: e.source, target: e.target, weight: e.evidenceCount }));
    return buildRequest(name, nodes, edges, false);
  }

  /** An incremental layout of what the mount shows: only `movable` (the newcomers) may move. */
  private requestFromMount(name: LayoutName, ws: WorkingSet, movable: ReadonlySet<string>): ReturnType<typeof buildRequest> {
    const fixed = new Set<string>(ws.pinned);
    this.view.cy.nodes().forEach((n) => void (movable.has(n.id()) || fixed.add(n.id())));
    const input = this.view.layoutInput(fixed);
    return buildRequest(name, input.nodes, input.edges, true);
  }
}


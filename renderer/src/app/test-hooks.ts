// Hooks for the end-to-end tests and the render bench, installed only when the page is driven by
// automation (navigator.webdriver): where an element is drawn on screen, so a test can click an
// edge on the canvas like a user would, and what the view holds. Only `setViewport` acts, and
// only on the camera (what a wheel or a drag would do); nothing here changes the view state.
import type cytoscape from 'cytoscape';
import type { Explorer } from './explorer';

type XY = { x: number; y: number };

export interface KgTestHooks {
  /**
   * Client (page) coordinates where a click reaches the element by Cytoscape's own hit test: a
   * node's centre unless something is drawn over it, or a point on an edge's drawn curve that no
   * node or crossing edge covers. Null when absent or covered everywhere.
   */
  clientPoint(id: string): XY | null;
  nodeIds(): string[];
  edgeIds(): string[];
  edgeBetween(a: string, b: string): string | null;
  rendererMode(): string;
  selected(): string[];
  data(id: string): Record<string, unknown> | null;
  style(id: string, property: string): string | null;
  classes(id: string): string[];
  /** True while the viewport or any element is animating (fit, zoom, layout transitions). */
  animating(): boolean;
  setViewport(zoom: number, pan: { x: number; y: number }): void;
  viewport(): { zoom: number; pan: { x: number; y: number } };
  /** Every node's model position and the edges as index pairs into it (the bench checks layout quality). */
  layout(): { x: number[]; y: number[]; edges: number[] };
  /** Cytoscape's own count of drawn frames and their total time (renderer internals, read only). */
  drawStats(): { count: number; totalMs: number };
}

declare global {
  interface Window {
    __kg?: KgTestHooks;
  }
}

type Picker = { findNearestElement(x: number, y: number, interactiveOnly: boolean, isTouch: boolean): cytoscape.SingularElementReturnValue | null };

/**
 * Whether a click at this rendered point reaches the element, asked of Cytoscape's own hit test
 * (renderer internals: `findNearestElement` in model coordinates, not part of its typings), so an
 * edge crossing another edge or a node drawn over another is never clicked by mistake.
 */
function reaches(cy: cytoscape.Core, id: string, p: XY): boolean {
  const zoom = cy.zoom();
  const pan = cy.pan();
  const picker = (cy as unknown as { renderer(): Picker }).renderer();
  const hit = picker.findNearestElement((p.x - pan.x) / zoom, (p.y - pan.y) / zoom, true, false);
  return hit?.id() === id;
}

const SPREAD = [0.5, 0.45, 0.55, 0.4, 0.6, 0.35, 0.65, 0.3, 0.7, 0.25, 0.75, 0.2, 0.8, 0.15, 0.85];

/** A rendered point on the edge's curve (quadratic bezier or straight) where a click reaches it. */
function edgePoint(cy: cytoscape.Core, edge: cytoscape.EdgeSingular): XY | null {
  const zoom = cy.zoom();
  const pan = cy.pan();
  const toScreen = (p: XY): XY => ({ x: p.x * zoom + pan.x, y: p.y * zoom + pan.y });
  const a = toScreen(edge.sourceEndpoint());
  const b = toScreen(edge.targetEndpoint());
  const control = (edge.controlPoints() as XY[] | undefined)?.[0];
  const c = control ? toScreen(control) : null;
  const at = (t: number): XY =>
    c ? { x: (1 - t) ** 2 * a.x + 2 * (1 - t) * t * c.x + t * t * b.x, y: (1 - t) ** 2 * a.y + 2 * (1 - t) * t * c.y + t * t * b.y } : { x: a.x + (b.x - a.x) * t, y: a.y + (b.y - a.y) * t };
  return SPREAD.map(at).find((p) => reaches(cy, edge.id(), p)) ?? null;
}

/** A rendered point inside the node, its centre if nothing is drawn over it, where a click reaches it. */
function nodePoint(cy: cytoscape.Core, node: cytoscape.NodeSingular): XY | null {
  const box = node.renderedBoundingBox({ includeLabels: false });
  const at = (t: number): XY[] => [
    { x: box.x1 + box.w * t, y: box.y1 + box.h * 0.5 },
    { x: box.x1 + box.w * 0.5, y: box.y1 + box.h * t },
  ];
  return SPREAD.flatMap(at).find((p) => reaches(cy, node.id(), p)) ?? null;
}

export function installTestHooks(ex: Explorer): void {
  window.__kg = {
    clientPoint(id) {
      const cy = ex.view.cy;
      const el = cy.getElementById(id);
      if (el.empty()) return null;
      const p = el.isNode() ? nodePoint(cy, el as unknown as cytoscape.NodeSingular) : edgePoint(cy, el as unknown as cytoscape.EdgeSingular);
      if (!p) return null;
      const box = cy.container()?.getBoundingClientRect();
      return { x: (box?.left ?? 0) + p.x, y: (box?.top ?? 0) + p.y };
    },
    nodeIds: () => ex.view.cy.nodes().map((n) => n.id()),
    edgeIds: () => ex.view.cy.edges().map((e) => e.id()),
    edgeBetween(a, b) {
      const edges = ex.view.cy.$id(a).edgesWith(ex.view.cy.$id(b));
      return edges.nonempty() ? edges.first().id() : null;
    },
    rendererMode: () => ex.view.mode,
    selected: () => ex.view.cy.$(':selected').map((e) => e.id()),
    data(id) {
      const el = ex.view.cy.getElementById(id);
      return el.empty() ? null : ({ ...el.data() } as Record<string, unknown>);
    },
    style(id, property) {
      const el = ex.view.cy.getElementById(id);
      return el.empty() ? null : String(el.style(property));
    },
    setViewport: (zoom, pan) => void ex.view.cy.viewport({ zoom, pan }),
    drawStats() {
      // redrawCount/redrawTotalTime are kept by Cytoscape's render loop; not part of its typings.
      const r = (ex.view.cy as unknown as { renderer(): { redrawCount?: number; redrawTotalTime?: number } }).renderer();
      return { count: r.redrawCount ?? 0, totalMs: r.redrawTotalTime ?? 0 };
    },
    viewport: () => ({ zoom: ex.view.cy.zoom(), pan: { ...ex.view.cy.pan() } }),
    layout() {
      const nodes = ex.view.cy.nodes();
      const index = new Map(nodes.map((n, i) => [n.id(), i]));
      const edges = ex.view.cy.edges().map((e) => [index.get(e.source().id()) ?? -1, index.get(e.target().id()) ?? -1]).flat();
      return { x: nodes.map((n) => n.position('x')), y: nodes.map((n) => n.position('y')), edges };
    },
    animating: () => ex.view.cy.animated() || ex.view.cy.$(':animated').nonempty(),
    classes(id) {
      const el = ex.view.cy.getElementById(id);
      return el.empty() ? [] : el.classes();
    },
  };
}

// Hooks for the end-to-end tests and the render bench, installed only when the page is driven by
// automation (navigator.webdriver): where an element is drawn on screen, so a test can click an
// edge on the canvas like a user would, and what the view holds. Only `setViewport` acts, and
// only on the camera (what a wheel or a drag would do); nothing here changes the view state.
import type cytoscape from 'cytoscape';
import type { Explorer } from './explorer';

type XY = { x: number; y: number };

export interface KgTestHooks {
  /**
   * Client (page) coordinates where a click reaches the element: a node's centre, or a point on
   * an edge's drawn curve that no node covers (an edge may run under a node). Null when absent.
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
  /** Cytoscape's own count of drawn frames and their total time (renderer internals, read only). */
  drawStats(): { count: number; totalMs: number };
}

declare global {
  interface Window {
    __kg?: KgTestHooks;
  }
}

/** A rendered point on the edge's curve (quadratic bezier or straight) outside every node. */
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
  const boxes = cy.nodes().map((n) => n.renderedBoundingBox({ includeLabels: false }));
  for (const t of [0.5, 0.4, 0.6, 0.3, 0.7, 0.2, 0.8]) {
    const p = at(t);
    if (!boxes.some((bb) => p.x > bb.x1 - 4 && p.x < bb.x2 + 4 && p.y > bb.y1 - 4 && p.y < bb.y2 + 4)) return p;
  }
  return null;
}

export function installTestHooks(ex: Explorer): void {
  window.__kg = {
    clientPoint(id) {
      const cy = ex.view.cy;
      const el = cy.getElementById(id);
      if (el.empty()) return null;
      const p = el.isNode() ? el.renderedPosition() : edgePoint(cy, el as unknown as cytoscape.EdgeSingular);
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
    animating: () => ex.view.cy.animated() || ex.view.cy.$(':animated').nonempty(),
    classes(id) {
      const el = ex.view.cy.getElementById(id);
      return el.empty() ? [] : el.classes();
    },
  };
}

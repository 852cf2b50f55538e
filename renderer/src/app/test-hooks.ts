// Read-only hooks for the end-to-end tests, installed only when the page is driven by automation
// (navigator.webdriver): where an element is drawn on screen, so a test can click an edge on the
// canvas like a user would, and what the view holds. Nothing here changes state.
import type { Explorer } from './explorer';

export interface KgTestHooks {
  /** Client (page) coordinates of a node's centre or an edge's midpoint, or null when absent. */
  clientPoint(id: string): { x: number; y: number } | null;
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
}

declare global {
  interface Window {
    __kg?: KgTestHooks;
  }
}

export function installTestHooks(ex: Explorer): void {
  window.__kg = {
    clientPoint(id) {
      const cy = ex.view.cy;
      const el = cy.getElementById(id);
      if (el.empty()) return null;
      const p = el.isNode() ? el.renderedPosition() : (el as unknown as { renderedMidpoint(): { x: number; y: number } }).renderedMidpoint();
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
    animating: () => ex.view.cy.animated() || ex.view.cy.elements().some((e) => e.animated()),
    classes(id) {
      const el = ex.view.cy.getElementById(id);
      return el.empty() ? [] : el.classes();
    },
  };
}

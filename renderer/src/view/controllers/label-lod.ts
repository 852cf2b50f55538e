// Level of detail for large views: every label costs a texture (WebGL) or a measurement (canvas)
// and every arrow a path, so in a view of thousands of nodes only the biggest hubs are labelled
// when zoomed out, and once the analyst zooms in, the nodes on screen are labelled and their edges
// marked `.detail` (straight, with arrows: see the stylesheet), updated shortly after the camera
// stops. Small views show everything through the stylesheet and this controller does nothing.
import type cytoscape from 'cytoscape';
import type { Controller } from '../graph-view';

/** Hubs labelled at any zoom. */
export const HUB_LABELS = 60;
/** At this zoom and above, nodes on screen are labelled (up to MAX_LABELS, biggest first). */
export const LABEL_ZOOM = 0.45;
export const MAX_LABELS = 600;

export function chooseLabelled(cy: cytoscape.Core): Set<string> {
  const bySize = cy.nodes().sort((a, b) => (Number(b.data('size')) || 0) - (Number(a.data('size')) || 0));
  const out = new Set<string>();
  bySize.slice(0, HUB_LABELS).forEach((n) => void out.add(n.id()));
  if (cy.zoom() < LABEL_ZOOM) return out;
  const ext = cy.extent();
  for (const n of bySize) {
    if (out.size >= MAX_LABELS) break;
    const p = n.position();
    if (p.x >= ext.x1 && p.x <= ext.x2 && p.y >= ext.y1 && p.y <= ext.y2) out.add(n.id());
  }
  return out;
}

/** The edges of the labelled nodes once zoomed in (at overview zoom an arrow is a pixel or two). */
export function chooseDetailed(cy: cytoscape.Core, labelled: ReadonlySet<string>): Set<string> {
  const out = new Set<string>();
  if (cy.zoom() < LABEL_ZOOM) return out;
  for (const id of labelled) cy.$id(id).connectedEdges().forEach((e) => void out.add(e.id()));
  return out;
}

/** Gives `cls` to the elements in `next` and takes it from those only in `before`. */
function mark(cy: cytoscape.Core, cls: string, before: ReadonlySet<string>, next: ReadonlySet<string>): void {
  for (const id of before) if (!next.has(id)) cy.$id(id).removeClass(cls);
  for (const id of next) {
    const el = cy.$id(id);
    if (!el.hasClass(cls)) el.addClass(cls); // re-added elements come without it
  }
}

export function labelLodController(isLarge: () => boolean): Controller {
  return (cy) => {
    let shown = new Set<string>();
    let detailed = new Set<string>();
    let timer: ReturnType<typeof setTimeout> | undefined;
    const update = (): void => {
      timer = undefined;
      const next = isLarge() ? chooseLabelled(cy) : new Set<string>();
      const nextDetailed = isLarge() ? chooseDetailed(cy, next) : new Set<string>();
      cy.batch(() => {
        mark(cy, 'show-label', shown, next);
        mark(cy, 'detail', detailed, nextDetailed);
      });
      shown = next;
      detailed = nextDetailed;
    };
    const schedule = (): void => {
      if (timer !== undefined) clearTimeout(timer);
      timer = setTimeout(update, 150);
    };
    // Called once per element added or removed (thousands at a time): one pending update is enough.
    const scheduleOnce = (): void => void (timer ?? schedule());
    cy.on('viewport', schedule);
    cy.on('add remove', scheduleOnce);
    schedule();
    return () => {
      if (timer !== undefined) clearTimeout(timer);
      cy.off('viewport', schedule);
      cy.off('add remove', scheduleOnce);
    };
  };
}

// Label level of detail for large views: every label costs a texture (WebGL) or a measurement
// (canvas), so in a view of thousands of nodes only the biggest hubs are labelled when zoomed out,
// and the nodes on screen once the analyst zooms in, updated shortly after the camera stops.
// Small views label everything through the stylesheet and this controller does nothing.
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

export function labelLodController(isLarge: () => boolean): Controller {
  return (cy) => {
    let shown = new Set<string>();
    let timer: ReturnType<typeof setTimeout> | undefined;
    const update = (): void => {
      timer = undefined;
      const next = isLarge() ? chooseLabelled(cy) : new Set<string>();
      cy.batch(() => {
        for (const id of shown) if (!next.has(id)) cy.$id(id).removeClass('show-label');
        for (const id of next) {
          const n = cy.$id(id);
          if (!n.hasClass('show-label')) n.addClass('show-label'); // re-added elements come without it
        }
      });
      shown = next;
    };
    const schedule = (): void => {
      if (timer !== undefined) clearTimeout(timer);
      timer = setTimeout(update, 150);
    };
    cy.on('viewport add remove', schedule);
    schedule();
    return () => {
      if (timer !== undefined) clearTimeout(timer);
      cy.off('viewport add remove', schedule);
    };
  };
}

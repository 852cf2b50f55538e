// Viewport commands shared by the toolbar, the zoom buttons, the menu and the keyboard: fit,
// zoom in and out around the centre of the canvas, centre on the selection.
import type cytoscape from 'cytoscape';

const ZOOM_STEP = 1.25;

export function fit(cy: cytoscape.Core): void {
  const selected = cy.$(':selected');
  fitBounded(cy, selected.nonempty() ? selected.closedNeighborhood() : cy.elements(), 40, 2);
}

export function zoomBy(cy: cytoscape.Core, direction: 1 | -1): void {
  const level = cy.zoom() * (direction > 0 ? ZOOM_STEP : 1 / ZOOM_STEP);
  const clamped = Math.min(cy.maxZoom(), Math.max(cy.minZoom(), level));
  cy.animate({ zoom: { level: clamped, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } }, duration: 150 });
}

/**
 * Animates to show `eles` with some padding, but never closer than `maxZoom`: fitting a pair of
 * nodes would otherwise fill the screen with two shapes.
 */
export function fitBounded(cy: cytoscape.Core, eles: cytoscape.CollectionArgument, padding = 60, maxZoom = 1.4): void {
  const collection = cy.collection().union(eles);
  if (collection.empty()) return;
  const bb = collection.boundingBox();
  const w = cy.width();
  const h = cy.height();
  const zoom = Math.max(cy.minZoom(), Math.min(maxZoom, (w - 2 * padding) / Math.max(bb.w, 1), (h - 2 * padding) / Math.max(bb.h, 1)));
  const cx = (bb.x1 + bb.x2) / 2;
  const cyy = (bb.y1 + bb.y2) / 2;
  cy.animate({ zoom, pan: { x: w / 2 - zoom * cx, y: h / 2 - zoom * cyy } }, { duration: 300 });
}

/**
 * Fits the camera to node positions alone. Cytoscape's own fit measures every element's bounding
 * box, edges and labels included, which costs seconds on a view of thousands of elements; the
 * positions and the largest node size are enough to frame the graph.
 */
export function fitPositions(cy: cytoscape.Core, padding = 40): void {
  let x1 = Infinity;
  let y1 = Infinity;
  let x2 = -Infinity;
  let y2 = -Infinity;
  let size = 0;
  cy.nodes().forEach((n) => {
    const p = n.position();
    x1 = Math.min(x1, p.x);
    y1 = Math.min(y1, p.y);
    x2 = Math.max(x2, p.x);
    y2 = Math.max(y2, p.y);
    size = Math.max(size, Number(n.data('size')) || 0);
  });
  if (!Number.isFinite(x1)) return;
  const margin = size / 2 + 12; // half the largest node, plus a line of label
  const w = Math.max(1, x2 - x1 + 2 * margin);
  const h = Math.max(1, y2 - y1 + 2 * margin);
  const zoom = Math.max(cy.minZoom(), Math.min(cy.maxZoom(), 2, (cy.width() - 2 * padding) / w, (cy.height() - 2 * padding) / h));
  cy.viewport({ zoom, pan: { x: cy.width() / 2 - zoom * (x1 + x2) / 2, y: cy.height() / 2 - zoom * (y1 + y2) / 2 } });
}

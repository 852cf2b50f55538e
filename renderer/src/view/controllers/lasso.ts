// Lasso controller: Alt+drag draws a free-form outline on the graph and selects the nodes whose
// centres fall inside it (Shift+Alt adds to the selection). Cytoscape only has box selection, so
// the pointer events are taken before Cytoscape sees them, the outline is an SVG polyline over
// the canvas, and the test is a plain point-in-polygon on rendered positions.
import type cytoscape from 'cytoscape';
import type { Controller } from '../graph-view';

type XY = { x: number; y: number };

/** Even-odd rule: whether `p` lies inside the closed polygon `poly`. */
export function insidePolygon(p: XY, poly: readonly XY[]): boolean {
  let inside = false;
  for (let i = 0, j = poly.length - 1; i < poly.length; j = i++) {
    const a = poly[i] as XY;
    const b = poly[j] as XY;
    if (a.y > p.y !== b.y > p.y && p.x < ((b.x - a.x) * (p.y - a.y)) / (b.y - a.y) + a.x) inside = !inside;
  }
  return inside;
}

const SVG = 'http://www.w3.org/2000/svg';

export const lassoController: Controller = (cy) => {
  const container = cy.container();
  if (!container) return () => undefined;
  let points: XY[] = [];
  let svg: SVGSVGElement | null = null;
  let line: SVGPolylineElement | null = null;
  const local = (e: PointerEvent): XY => {
    const box = container.getBoundingClientRect();
    return { x: e.clientX - box.left, y: e.clientY - box.top };
  };
  const draw = (): void => line?.setAttribute('points', points.map((p) => `${p.x},${p.y}`).join(' '));
  const onDown = (e: PointerEvent): void => {
    if (!e.altKey || e.button !== 0) return;
    e.preventDefault();
    e.stopPropagation();
    points = [local(e)];
    svg = document.createElementNS(SVG, 'svg');
    svg.setAttribute('class', 'lasso');
    line = document.createElementNS(SVG, 'polyline');
    svg.append(line);
    container.append(svg);
    container.setPointerCapture(e.pointerId);
  };
  const onMove = (e: PointerEvent): void => {
    if (!svg) return;
    e.stopPropagation();
    points.push(local(e));
    draw();
  };
  const onUp = (e: PointerEvent): void => {
    if (!svg) return;
    e.stopPropagation();
    svg.remove();
    svg = null;
    line = null;
    if (points.length < 3) return;
    const inside = cy.nodes().filter((n: cytoscape.NodeSingular) => n.visible() && insidePolygon(n.renderedPosition(), points));
    cy.batch(() => {
      if (!e.shiftKey) cy.elements().unselect();
      inside.select();
    });
  };
  container.addEventListener('pointerdown', onDown, true);
  container.addEventListener('pointermove', onMove, true);
  container.addEventListener('pointerup', onUp, true);
  return () => {
    container.removeEventListener('pointerdown', onDown, true);
    container.removeEventListener('pointermove', onMove, true);
    container.removeEventListener('pointerup', onUp, true);
    svg?.remove();
  };
};

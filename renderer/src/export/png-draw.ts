// Drawing a PNG export: the scene goes into an offscreen Cytoscape instance on the canvas
// renderer, whatever renders the screen (the WebGL renderer substitutes node shapes and drops
// dashes; the export keeps the real ones, which the legend shows), styled like the light theme
// with the display's colouring, at a pixel ratio of 1 so that "2x" means two pixels per model
// unit on every display. On the picture's canvas the background goes first, then Cytoscape draws
// the graph inside the margin, then the legend (shared/legend-canvas.ts, the layout the SVG
// exporter draws too). The size is planned first, so an image the browser cannot draw is refused
// instead of written blank.
import cytoscape from 'cytoscape';
import { layoutLegend, legendItems, type LegendLayout } from '../../../shared/graph-legend';
import { paintLegend } from '../../../shared/legend-canvas';
import type { PngPlan } from '../../../shared/png-export';
import type { EntityType, RelationType } from '../../../shared/domain';
import { buildStylesheet, type ColorBy } from '../graph/stylesheet';
import { WEBGL_THRESHOLD } from '../view/graph-view';
import { layoutPicture } from './png-layout';
import type { PictureScene } from './png-scene';

export interface PngRequest {
  scale: number;
  background: 'white' | 'transparent';
  legend: boolean;
  colorBy: ColorBy;
}

export type PngDrawing = { ok: true; data: Uint8Array<ArrayBuffer>; plan: Extract<PngPlan, { ok: true }> } | { ok: false; plan: PngPlan };

function legendFor(scene: PictureScene): LegendLayout {
  const types = <T>(group: 'nodes' | 'edges') => scene.elements.filter((e) => e.group === group).map((e) => e.data.type as T);
  return layoutLegend(legendItems(types<EntityType>('nodes'), types<RelationType>('edges')));
}

function offscreen(scene: PictureScene, colorBy: ColorBy): { cy: cytoscape.Core; dispose(): void } {
  const host = document.createElement('div');
  host.setAttribute('aria-hidden', 'true');
  host.style.cssText = 'position:fixed;left:-20000px;top:0;width:640px;height:480px;visibility:hidden;pointer-events:none';
  document.body.append(host);
  const large = scene.elements.length > WEBGL_THRESHOLD;
  const cy = cytoscape({
    container: host,
    elements: scene.elements,
    layout: { name: 'preset' },
    style: buildStylesheet({ theme: 'light', colorBy, webgl: false, large }),
    pixelRatio: 1,
    userZoomingEnabled: false,
    userPanningEnabled: false,
    boxSelectionEnabled: false,
    autoungrabify: true,
    autounselectify: true,
  });
  return {
    cy,
    dispose() {
      cy.destroy();
      host.remove();
    },
  };
}

function toPngBytes(canvas: HTMLCanvasElement): Promise<Uint8Array<ArrayBuffer>> {
  return new Promise((resolve, reject) => {
    canvas.toBlob((blob) => {
      if (!blob || blob.size === 0) reject(new Error('The browser could not encode an image this large.'));
      else blob.arrayBuffer().then((b) => resolve(new Uint8Array(b)), reject);
    }, 'image/png');
  });
}

/** The canvas renderer's own drawing calls, which cy.png uses (not in Cytoscape's typings). */
type Rasteriser = {
  getCachedZSortedEles?(): unknown[];
  drawElements?(context: CanvasRenderingContext2D, elements: unknown[]): void;
};

/**
 * Draws the whole graph on `ctx` at `scale`, the corner of its bounding box `bb` at `at`. cy.png draws it
 * on a canvas of its own and encodes that as a PNG, which the picture would decode again before
 * encoding its own; its `bufferCanvasImage` step still needs a canvas of the graph's size to copy
 * from (at 2x on a 5,000-node view, 24 million pixels allocated, cleared and copied). So the
 * elements are drawn straight onto the picture, with the calls bufferCanvasImage makes; a
 * Cytoscape without them fails here, loudly, rather than exporting slowly.
 */
function drawGraph(cy: cytoscape.Core, bb: cytoscape.BoundingBox12, ctx: CanvasRenderingContext2D, scale: number, at: { x: number; y: number }): void {
  const renderer = (cy as unknown as { renderer(): Rasteriser }).renderer();
  if (typeof renderer.drawElements !== 'function' || typeof renderer.getCachedZSortedEles !== 'function') {
    throw new Error('This Cytoscape cannot draw a picture (no drawElements).');
  }
  ctx.save();
  ctx.translate(at.x - bb.x1 * scale, at.y - bb.y1 * scale);
  ctx.scale(scale, scale);
  renderer.drawElements(ctx, renderer.getCachedZSortedEles());
  ctx.restore();
}

type Picture = { ok: true; canvas: HTMLCanvasElement; plan: Extract<PngPlan, { ok: true }> } | { ok: false; plan: PngPlan };

/** Plans the picture of `scene` and, when it fits, draws it on a canvas (synchronous: no frame of the offscreen instance is drawn meanwhile). */
function drawPicture(scene: PictureScene, request: PngRequest): Picture {
  const t0 = performance.now();
  const { cy, dispose } = offscreen(scene, request.colorBy);
  performance.measure('kg:png-offscreen', { start: t0 });
  try {
    const bb = cy.elements().boundingBox();
    const legend = request.legend ? legendFor(scene) : null;
    const picture = layoutPicture({ bbox: { w: bb.w, h: bb.h }, scale: request.scale, legend });
    const plan = picture.plan;
    if (!plan.ok) return { ok: false, plan };
    const t1 = performance.now();
    const canvas = document.createElement('canvas');
    canvas.width = plan.width;
    canvas.height = plan.height;
    const ctx = canvas.getContext('2d');
    if (!ctx || canvas.width === 0 || canvas.height === 0) throw new Error('The browser could not make a canvas this large; try a smaller scale or SVG.');
    if (request.background === 'white') {
      ctx.fillStyle = '#ffffff';
      ctx.fillRect(0, 0, plan.width, plan.height);
    }
    drawGraph(cy, bb, ctx, plan.cyScale, picture.graphAt);
    if (legend && picture.legendAt) paintLegend(ctx, legend, picture.legendAt, plan.scale);
    performance.measure('kg:png-draw', { start: t1 });
    return { ok: true, canvas, plan };
  } finally {
    // Before the encoding yields to the event loop, where Cytoscape would draw the offscreen instance for nothing.
    dispose();
  }
}

/** Plans the picture of `scene` and, when it fits, draws it and encodes it as PNG (User Timing: kg:png-*). */
export async function drawPng(scene: PictureScene, request: PngRequest): Promise<PngDrawing> {
  await document.fonts.ready;
  const picture = drawPicture(scene, request);
  if (!picture.ok) return picture;
  const t2 = performance.now();
  const data = await toPngBytes(picture.canvas);
  performance.measure('kg:png-encode', { start: t2 });
  return { ok: true, data, plan: picture.plan };
}

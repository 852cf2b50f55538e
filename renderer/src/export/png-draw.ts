// Drawing a PNG export: the scene goes into an offscreen Cytoscape instance on the canvas
// renderer, whatever renders the screen (the WebGL renderer substitutes node shapes and drops
// dashes; the export keeps the real ones, which the legend shows), styled like the light theme
// with the display's colouring, at a pixel ratio of 1 so that "2x" means two pixels per model
// unit on every display. Cytoscape draws the graph; a second canvas adds the margin, the background
// and the legend (shared/legend-canvas.ts, the layout the SVG exporter draws too). The size is
// planned first, so an image the browser cannot draw is refused instead of written blank.
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

type Rasteriser = { bufferCanvasImage?(options: { full: boolean; scale: number }): HTMLCanvasElement };

/**
 * The whole graph drawn at `scale`. cy.png draws it on a canvas and encodes that as a PNG, which
 * the picture would decode again before encoding its own: on a 5,000-node view the round trip
 * cost half a second and as much again in garbage collection. So the canvas is taken from the
 * renderer's `bufferCanvasImage` (the function cy.png calls, not in Cytoscape's typings); a
 * Cytoscape without it fails here, loudly, rather than exporting slowly.
 */
function rasterise(cy: cytoscape.Core, scale: number): HTMLCanvasElement {
  const renderer = (cy as unknown as { renderer(): Rasteriser }).renderer();
  if (typeof renderer.bufferCanvasImage !== 'function') throw new Error('This Cytoscape cannot draw a picture (no bufferCanvasImage).');
  return renderer.bufferCanvasImage({ full: true, scale });
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
    const graph = rasterise(cy, plan.cyScale);
    if (graph.width === 0 || graph.height === 0) throw new Error('The browser drew an empty image; try a smaller scale or SVG.');
    const canvas = document.createElement('canvas');
    canvas.width = plan.width;
    canvas.height = plan.height;
    const ctx = canvas.getContext('2d');
    if (!ctx) throw new Error('The browser could not make a canvas this large; try a smaller scale or SVG.');
    if (request.background === 'white') {
      ctx.fillStyle = '#ffffff';
      ctx.fillRect(0, 0, plan.width, plan.height);
    }
    ctx.drawImage(graph, picture.graphAt.x, picture.graphAt.y);
    // Frees the drawing's pixels now rather than at the next collection (an image of 20M pixels at 2x).
    graph.width = 0;
    graph.height = 0;
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

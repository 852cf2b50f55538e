// Where things go in a PNG export, before anything is drawn: the graph image Cytoscape renders
// (cy.png with `full`, which crops tight to the elements' bounding box), a margin around it, and
// the legend beside it. The sizes come from shared/png-export.ts's plan, so the picture is capped
// to what the browser can draw, and an export too large even at 1x is refused with a message
// rather than written as a blank file. Pure arithmetic and wording, unit-tested in Node.
import type { LegendLayout } from '../../../shared/graph-legend';
import { PNG_MAX_AREA, PNG_MAX_SIDE, planPngExport, type PngPlan } from '../../../shared/png-export';

/** Blank space around the graph, in model units (the legend sits inside the right one). */
export const PNG_MARGIN = 20;
export const PNG_SCALES = [1, 2, 3, 4] as const;

export interface PictureLayout {
  plan: PngPlan;
  /** Top-left corner of Cytoscape's image, in output pixels. */
  graphAt: { x: number; y: number };
  /** Top-left corner of the legend, in output pixels; null without a legend. */
  legendAt: { x: number; y: number } | null;
}

export interface PictureInput {
  /** The elements' bounding box in model units (`cy.elements().boundingBox()`). */
  bbox: { w: number; h: number };
  scale: number;
  legend: LegendLayout | null;
}

export function layoutPicture(input: PictureInput): PictureLayout {
  const legend = input.legend && input.legend.rows.length > 0 ? input.legend : null;
  const graph = { w: input.bbox.w + PNG_MARGIN * 2, h: input.bbox.h + PNG_MARGIN * 2 };
  const empty = !(input.bbox.w > 0 && input.bbox.h > 0);
  const plan = planPngExport({
    // An empty box stays empty, so that the plan says so instead of drawing two margins.
    bbox: empty ? { w: 0, h: 0 } : graph,
    scale: input.scale,
    // The offscreen instance is created with pixelRatio 1, so "2x" is two pixels per unit.
    pixelRatio: 1,
    legend: legend ? { width: legend.width + PNG_MARGIN, height: legend.height + PNG_MARGIN * 2 } : undefined,
  });
  const s = plan.ok ? plan.scale : input.scale;
  return {
    plan,
    graphAt: { x: PNG_MARGIN * s, y: PNG_MARGIN * s },
    legendAt: legend ? { x: Math.ceil(graph.w) * s, y: PNG_MARGIN * s } : null,
  };
}

const LIMIT = `the browser can draw (${PNG_MAX_SIDE.toLocaleString('en-US')} pixels a side, ${Math.round(PNG_MAX_AREA / 1e6)} million in all)`;

function px(width: number, height: number): string {
  return `${width.toLocaleString('en-US')} × ${height.toLocaleString('en-US')} pixels`;
}

/** One line for the dialog: the size the export will have, or why it cannot be made. */
export function describePlan(plan: PngPlan, requested: number): string {
  if (plan.ok) {
    if (!plan.capped) return `The image will be ${px(plan.width, plan.height)}.`;
    return `At ${requested}x the image would be larger than ${LIMIT}; it will be made at ${plan.scale}x instead (${px(plan.width, plan.height)}).`;
  }
  if (plan.reason === 'empty') return 'There is nothing to draw.';
  return `Too large for a PNG: at ${requested}x the image would be ${px(plan.width, plan.height)}, more than ${LIMIT}, and even 1x does not fit (${plan.maxScale}x would). Export a smaller part of the graph, or choose SVG, which has no size limit.`;
}

/** A file name to suggest in the save dialog: `kg-<scope>.png`, or `kg-<scope>@2x.png`. */
export function pngFileName(scope: string, scale: number): string {
  const slug =
    scope
      .normalize('NFKD')
      .replace(/\p{M}/gu, '')
      .replace(/[^\p{L}\p{N}]+/gu, '-')
      .replace(/^-+|-+$/g, '')
      .toLowerCase()
      .slice(0, 60) || 'graph';
  return `kg-${slug}${scale === 1 ? '' : `@${scale}x`}.png`;
}

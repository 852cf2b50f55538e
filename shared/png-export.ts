// Planning a PNG export before the renderer calls Cytoscape's `cy.png()`. A canvas larger than
// the browser allows comes back blank rather than failing, so the plan caps the scale to what
// fits and says when even the smallest acceptable scale does not, letting the UI tell the user
// (and offer SVG) instead of writing an empty file. Pure arithmetic, shared by the renderer and
// the tests.

/** Chromium refuses canvases wider or taller than 32767 px; half that keeps memory sane. */
export const PNG_MAX_SIDE = 16_384;
/**
 * Chromium's hard limit is 268,435,456 pixels (16384²); a quarter of it (256 MiB of RGBA before
 * PNG encoding, plus the data URL) is what an Electron renderer handles without stalling.
 */
export const PNG_MAX_AREA = 268_435_456 / 4;

export interface PngPlanInput {
  /**
   * Extent drawn, in model units: `cy.elements().boundingBox()` ({w, h}) for a full export, the
   * container's size for an export of the current view.
   */
  bbox: { w: number; h: number };
  /** Requested output pixels per model unit, e.g. 1–4. */
  scale: number;
  /**
   * The pixel ratio Cytoscape multiplies `scale` by (`window.devicePixelRatio` unless the
   * instance was created with `pixelRatio`). The plan divides it out so that "2x" means the same
   * image on every display.
   */
  pixelRatio?: number;
  /** Room for a legend painted beside the graph, in model units (scaled with it). */
  legend?: { width: number; height: number };
  /** Smallest scale worth exporting; below it the plan reports `too-large`. Default 1. */
  minScale?: number;
  maxSide?: number;
  maxArea?: number;
}

export type PngPlan =
  | {
      ok: true;
      /** Output pixels per model unit actually used (≤ the requested scale). */
      scale: number;
      /** Pass as `cy.png({ scale: cyScale, full, bg, output })`. */
      cyScale: number;
      /** Size of the final image, legend included. */
      width: number;
      height: number;
      /** True when the requested scale was lowered to fit. */
      capped: boolean;
    }
  | {
      ok: false;
      reason: 'empty' | 'too-large';
      /** Largest scale that would fit (0 for an empty graph). */
      maxScale: number;
      /** Size the requested scale would have produced. */
      width: number;
      height: number;
    };

/** Rounds down to two decimals so that the capped image stays inside the limits. */
function floorScale(value: number): number {
  return Math.floor(value * 100) / 100;
}

export function planPngExport(input: PngPlanInput): PngPlan {
  const maxSide = input.maxSide ?? PNG_MAX_SIDE;
  const maxArea = input.maxArea ?? PNG_MAX_AREA;
  const pixelRatio = input.pixelRatio && input.pixelRatio > 0 ? input.pixelRatio : 1;
  // Cytoscape rounds the bounding box up before scaling (`Math.ceil(bb.w)`).
  const graphW = Math.ceil(input.bbox.w);
  const graphH = Math.ceil(input.bbox.h);
  const w = graphW + (input.legend?.width ?? 0);
  const h = Math.max(graphH, input.legend?.height ?? 0);
  const sized = (scale: number) => ({ width: Math.floor(w * scale), height: Math.floor(h * scale) });
  if (!(graphW > 0 && graphH > 0 && Number.isFinite(w) && Number.isFinite(h))) {
    return { ok: false, reason: 'empty', maxScale: 0, width: 0, height: 0 };
  }
  const maxScale = floorScale(Math.min(maxSide / w, maxSide / h, Math.sqrt(maxArea / (w * h))));
  const requested = input.scale > 0 ? input.scale : 1;
  if (requested <= maxScale) {
    return { ok: true, scale: requested, cyScale: requested / pixelRatio, ...sized(requested), capped: false };
  }
  if (maxScale >= (input.minScale ?? 1)) {
    return { ok: true, scale: maxScale, cyScale: maxScale / pixelRatio, ...sized(maxScale), capped: true };
  }
  return { ok: false, reason: 'too-large', maxScale, ...sized(requested) };
}

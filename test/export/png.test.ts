// PNG export planning (shared/png-export.ts) and the PNG check helper the UI tests use.
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { PNG_MAX_AREA, PNG_MAX_SIDE, planPngExport } from '../../shared/png-export';
import { inspectPng } from './png-check';

describe('planPngExport', () => {
  it('keeps the requested scale when the image fits', () => {
    expect(planPngExport({ bbox: { w: 800.4, h: 600 }, scale: 2 })).toEqual({ ok: true, scale: 2, cyScale: 2, width: 1602, height: 1200, capped: false });
  });

  it('divides the device pixel ratio out of the scale given to cy.png', () => {
    const plan = planPngExport({ bbox: { w: 800, h: 600 }, scale: 3, pixelRatio: 2 });
    expect(plan).toMatchObject({ ok: true, scale: 3, cyScale: 1.5, width: 2400, height: 1800 });
  });

  it('caps the scale when a side would pass the limit', () => {
    const plan = planPngExport({ bbox: { w: 6000, h: 1000 }, scale: 4 });
    expect(plan.ok).toBe(true);
    if (!plan.ok) return;
    expect(plan.capped).toBe(true);
    expect(plan.scale).toBe(2.73);
    expect(plan.width).toBeLessThanOrEqual(PNG_MAX_SIDE);
  });

  it('caps the scale when the area would pass the limit', () => {
    const plan = planPngExport({ bbox: { w: 7000, h: 7000 }, scale: 2 });
    expect(plan).toMatchObject({ ok: true, capped: true, scale: 1.17 });
    if (plan.ok) expect(plan.width * plan.height).toBeLessThanOrEqual(PNG_MAX_AREA);
  });

  it('reports an export too large even at the smallest scale', () => {
    const plan = planPngExport({ bbox: { w: 40_000, h: 3_000 }, scale: 1 });
    expect(plan).toEqual({ ok: false, reason: 'too-large', maxScale: 0.4, width: 40_000, height: 3_000 });
    expect(planPngExport({ bbox: { w: 40_000, h: 3_000 }, scale: 1, minScale: 0.25 })).toMatchObject({ ok: true, scale: 0.4 });
  });

  it('counts the legend in the image size', () => {
    const plan = planPngExport({ bbox: { w: 400, h: 100 }, scale: 2, legend: { width: 150, height: 300 } });
    expect(plan).toMatchObject({ ok: true, width: 1100, height: 600 });
  });

  it('refuses an empty graph', () => {
    expect(planPngExport({ bbox: { w: 0, h: 0 }, scale: 1 })).toMatchObject({ ok: false, reason: 'empty' });
    expect(planPngExport({ bbox: { w: Infinity, h: 10 }, scale: 1 })).toMatchObject({ ok: false, reason: 'empty' });
  });
});

function png(width: number, height: number, paint?: (x: number, y: number) => [number, number, number, number]): Uint8Array {
  const image = new PNG({ width, height });
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const [r, g, b, a] = paint?.(x, y) ?? [255, 255, 255, 255];
      image.data.set([r, g, b, a], (y * width + x) * 4);
    }
  }
  return PNG.sync.write(image);
}

describe('inspectPng', () => {
  it('tells a blank image from a drawn one', () => {
    expect(inspectPng(png(20, 10))).toEqual({ width: 20, height: 10, inkedPixels: 0 });
    expect(inspectPng(png(20, 10, () => [0, 0, 0, 0]))).toMatchObject({ inkedPixels: 0 });
    const dot = png(20, 10, (x, y) => (x < 2 && y < 3 ? [0, 114, 178, 255] : [255, 255, 255, 255]));
    expect(inspectPng(dot)).toEqual({ width: 20, height: 10, inkedPixels: 6 });
  });
});

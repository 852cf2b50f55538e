// Where the graph and the legend go in a PNG export, what the dialog says about its size, and
// the file name it suggests.
import { describe, expect, it } from 'vitest';
import { layoutLegend, legendItems } from '../../../shared/graph-legend';
import { PNG_MAX_SIDE } from '../../../shared/png-export';
import { describePlan, layoutPicture, PNG_MARGIN, pngFileName } from './png-layout';

const legend = layoutLegend(legendItems(['country', 'official'], ['heads']));

describe('layoutPicture', () => {
  it('puts a margin round the graph and the legend to its right, all at the scale', () => {
    const p = layoutPicture({ bbox: { w: 500, h: 300 }, scale: 2, legend });
    const graphW = 500 + PNG_MARGIN * 2;
    expect(p.plan).toMatchObject({ ok: true, scale: 2, cyScale: 2, capped: false });
    expect(p.plan.width).toBe((graphW + legend.width + PNG_MARGIN) * 2);
    expect(p.plan.height).toBe((300 + PNG_MARGIN * 2) * 2);
    expect(p.graphAt).toEqual({ x: PNG_MARGIN * 2, y: PNG_MARGIN * 2 });
    expect(p.legendAt).toEqual({ x: graphW * 2, y: PNG_MARGIN * 2 });
    // The legend ends one margin before the right edge.
    expect(p.plan.width - (p.legendAt!.x + legend.width * 2)).toBe(PNG_MARGIN * 2);
  });

  it('makes the picture tall enough for a legend taller than the graph', () => {
    const p = layoutPicture({ bbox: { w: 400, h: 10 }, scale: 1, legend });
    expect(p.plan.height).toBe(legend.height + PNG_MARGIN * 2);
  });

  it('leaves no room for a legend that was not asked for, or has nothing to list', () => {
    const none = layoutPicture({ bbox: { w: 400, h: 300 }, scale: 1, legend: null });
    const empty = layoutPicture({ bbox: { w: 400, h: 300 }, scale: 1, legend: layoutLegend([]) });
    for (const p of [none, empty]) {
      expect(p.legendAt).toBeNull();
      expect(p.plan).toMatchObject({ ok: true, width: 400 + PNG_MARGIN * 2, height: 300 + PNG_MARGIN * 2 });
    }
  });

  it('caps the scale to what the browser can draw, and places things at the capped scale', () => {
    const p = layoutPicture({ bbox: { w: 6000, h: 1000 }, scale: 4, legend: null });
    expect(p.plan.ok && p.plan.capped).toBe(true);
    if (!p.plan.ok) return;
    expect(p.plan.width).toBeLessThanOrEqual(PNG_MAX_SIDE);
    expect(p.graphAt.x).toBeCloseTo(PNG_MARGIN * p.plan.scale);
  });

  it('refuses a picture too large even at 1x, and an empty one', () => {
    expect(layoutPicture({ bbox: { w: 40_000, h: 800 }, scale: 1, legend }).plan).toMatchObject({ ok: false, reason: 'too-large' });
    expect(layoutPicture({ bbox: { w: 0, h: 0 }, scale: 2, legend }).plan).toMatchObject({ ok: false, reason: 'empty' });
  });
});

describe('describePlan', () => {
  it('gives the size, says when the scale was lowered, and why a picture cannot be made', () => {
    expect(describePlan(layoutPicture({ bbox: { w: 1460, h: 960 }, scale: 2, legend: null }).plan, 2)).toBe('The image will be 3,000 × 2,000 pixels.');
    const capped = describePlan(layoutPicture({ bbox: { w: 6000, h: 1000 }, scale: 4, legend: null }).plan, 4);
    expect(capped).toMatch(/^At 4x the image would be larger than the browser can draw .*; it will be made at 2\.\d+x instead/);
    const refused = describePlan(layoutPicture({ bbox: { w: 40_000, h: 800 }, scale: 1, legend: null }).plan, 1);
    expect(refused).toMatch(/^Too large for a PNG: at 1x the image would be 40,040 × 840 pixels/);
    expect(refused).toContain('SVG');
    expect(describePlan(layoutPicture({ bbox: { w: 0, h: 0 }, scale: 1, legend: null }).plan, 1)).toBe('There is nothing to draw.');
  });
});

describe('pngFileName', () => {
  it('names the scope and the scale in a file-name-safe way', () => {
    expect(pngFileName('view', 1)).toBe('kg-view.png');
    expect(pngFileName('selection', 2)).toBe('kg-selection@2x.png');
    expect(pngFileName('Agence de lutte antiminaire d’Azerbaïdjan-depth-2', 3)).toBe('kg-agence-de-lutte-antiminaire-d-azerbaidjan-depth-2@3x.png');
    expect(pngFileName('الأمم المتحدة', 1)).toBe('kg-الامم-المتحدة.png');
    expect(pngFileName('../../', 1)).toBe('kg-graph.png');
  });
});

// paintLegend on a recording canvas: a card, one swatch and caption per row, arrowheads only for
// directed relations, dashes only for dashed ones, and the context left as it was found.
import { describe, expect, it } from 'vitest';
import { layoutLegend, legendItems } from '../../shared/graph-legend';
import { paintLegend, type LegendCanvas } from '../../shared/legend-canvas';

function recorder(): { ctx: LegendCanvas; calls: string[] } {
  const calls: string[] = [];
  const record =
    (name: string) =>
    (...args: unknown[]) =>
      void calls.push(`${name}(${args.map((a) => (Array.isArray(a) ? `[${a.join(',')}]` : String(a))).join(',')})`);
  const methods = ['save', 'restore', 'translate', 'scale', 'beginPath', 'closePath', 'moveTo', 'lineTo', 'quadraticCurveTo', 'arc', 'fill', 'stroke', 'fillText', 'setLineDash'];
  const ctx = Object.fromEntries(methods.map((m) => [m, record(m)])) as unknown as LegendCanvas;
  Object.assign(ctx, { fillStyle: '', strokeStyle: '', lineWidth: 1, font: '', textAlign: 'start', textBaseline: 'top', globalAlpha: 1 });
  return { ctx, calls };
}

describe('paintLegend', () => {
  it('paints every row, arrows and dashes as styled, inside save/restore', () => {
    const layout = layoutLegend(legendItems(['country', 'official'], ['heads', 'meets', 'co_mentioned']));
    const { ctx, calls } = recorder();
    paintLegend(ctx, layout, { x: 100, y: 20 }, 2);
    expect(calls[0]).toBe('save()');
    expect(calls.at(-1)).toBe('restore()');
    expect(calls).toContain('translate(100,20)');
    expect(calls).toContain('scale(2,2)');
    expect(calls.filter((c) => c.startsWith('fillText('))).toEqual(
      layout.rows.map((r) => `fillText(${r.item.label},${r.text.x},${r.text.y})`),
    );
    expect(calls.filter((c) => c === 'setLineDash([5,4])')).toHaveLength(1); // co-mentioned only
    expect(calls.filter((c) => c.startsWith('arc('))).toHaveLength(1); // the country's circle
    expect(ctx.font).toContain('Noto Sans Arabic');
  });

  it('paints nothing for an empty legend', () => {
    const { ctx, calls } = recorder();
    paintLegend(ctx, layoutLegend([]), { x: 0, y: 0 });
    expect(calls).toEqual([]);
  });
});

// Painting the export legend onto a 2D canvas, for PNG exports: Cytoscape's cy.png() draws only
// the graph, so the renderer composes its image with this legend on a second canvas. The layout
// and the shapes are the ones the SVG exporter draws (graph-legend.ts, nodeOutline), so PNG and
// SVG carry the same key. Typed against the few canvas members it uses rather than the DOM, so
// shared/ stays platform-free and the painting is testable with a recording fake.
import type { LegendLayout, LegendRow } from './graph-legend';
import { GRAPH_STYLE, nodeOutline, roundedCorners, type GraphStyle, type Outline } from './graph-style';

/** The subset of CanvasRenderingContext2D used here; a real context satisfies it. */
export interface LegendCanvas {
  save(): void;
  restore(): void;
  translate(x: number, y: number): void;
  scale(x: number, y: number): void;
  beginPath(): void;
  closePath(): void;
  moveTo(x: number, y: number): void;
  lineTo(x: number, y: number): void;
  quadraticCurveTo(cx: number, cy: number, x: number, y: number): void;
  arc(x: number, y: number, r: number, start: number, end: number): void;
  fill(): void;
  stroke(): void;
  fillText(text: string, x: number, y: number): void;
  setLineDash(segments: number[]): void;
  // `string | object` so that a real context, whose styles may also be gradients, is accepted.
  fillStyle: string | object;
  strokeStyle: string | object;
  lineWidth: number;
  font: string;
  textAlign: string;
  textBaseline: string;
  globalAlpha: number;
}

function trace(ctx: LegendCanvas, o: Outline): void {
  ctx.beginPath();
  if (o.kind === 'circle') {
    ctx.arc(o.cx, o.cy, o.r, 0, Math.PI * 2);
    return;
  }
  const points: [number, number][] =
    o.kind === 'rect'
      ? [[o.x, o.y], [o.x + o.width, o.y], [o.x + o.width, o.y + o.height], [o.x, o.y + o.height]]
      : o.points;
  roundedCorners(points, o.radius).forEach((c, i) => {
    if (i === 0) ctx.moveTo(c.from[0], c.from[1]);
    else ctx.lineTo(c.from[0], c.from[1]);
    ctx.quadraticCurveTo(c.corner[0], c.corner[1], c.to[0], c.to[1]);
  });
  ctx.closePath();
}

function paintRelationSwatch(ctx: LegendCanvas, row: LegendRow, style: GraphStyle): void {
  if (row.item.kind !== 'relation') return;
  const { x, y, width, height } = row.swatch;
  const mid = y + height / 2;
  ctx.strokeStyle = row.item.color;
  ctx.fillStyle = row.item.color;
  ctx.lineWidth = 2;
  ctx.setLineDash(row.item.lineStyle === 'dashed' ? [...style.dash] : []);
  ctx.beginPath();
  ctx.moveTo(x, mid);
  ctx.lineTo(x + width - (row.item.directed ? 6 : 0), mid);
  ctx.stroke();
  ctx.setLineDash([]);
  if (!row.item.directed) return;
  ctx.beginPath();
  ctx.moveTo(x + width, mid);
  ctx.lineTo(x + width - 8, mid - 4);
  ctx.lineTo(x + width - 8, mid + 4);
  ctx.closePath();
  ctx.fill();
}

function paintRow(ctx: LegendCanvas, row: LegendRow, style: GraphStyle): void {
  if (row.item.kind === 'entity') {
    const { x, y, width, height } = row.swatch;
    const size = Math.min(width, height);
    ctx.fillStyle = row.item.color;
    trace(ctx, nodeOutline(row.item.shape, x + width / 2, y + height / 2, size));
    ctx.fill();
  } else paintRelationSwatch(ctx, row, style);
  ctx.fillStyle = style.labelColor;
  ctx.fillText(row.item.label, row.text.x, row.text.y);
}

/**
 * Paints `layout` with its top-left corner at `at` (canvas pixels), everything scaled by `scale`
 * (the export's output pixels per model unit).
 */
export function paintLegend(ctx: LegendCanvas, layout: LegendLayout, at: { x: number; y: number }, scale = 1, style: GraphStyle = GRAPH_STYLE): void {
  if (layout.rows.length === 0) return;
  ctx.save();
  ctx.translate(at.x, at.y);
  ctx.scale(scale, scale);
  ctx.globalAlpha = 0.9;
  ctx.fillStyle = '#ffffff';
  trace(ctx, { kind: 'rect', x: 0, y: 0, width: layout.width, height: layout.height, radius: 0 });
  ctx.fill();
  ctx.globalAlpha = 1;
  ctx.strokeStyle = '#cccccc';
  ctx.lineWidth = 1;
  ctx.stroke();
  ctx.font = `${layout.fontSize}px ${style.fontFamily}`;
  ctx.textAlign = 'left';
  ctx.textBaseline = 'alphabetic';
  for (const row of layout.rows) paintRow(ctx, row, style);
  ctx.restore();
}

// The legend drawn as SVG from shared/graph-legend.ts's layout, the same layout the renderer
// paints onto PNG exports.
import type { LegendLayout, LegendRow } from '../../../../shared/graph-legend';
import type { GraphStyle } from '../../../../shared/graph-style';
import type { Point } from '../layout';
import { escapeXml } from '../xml';
import { fmt, shapeSvg } from './shapes';

function swatch(row: LegendRow, style: GraphStyle): string {
  const { swatch: box, item } = row;
  if (item.kind === 'entity') {
    const size = Math.min(box.width, box.height);
    const at = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
    return shapeSvg(item.shape, at, size, ` fill="${item.color}"`);
  }
  // The same line and arrowhead as legend-canvas.ts paints on PNG exports.
  const y = box.y + box.height / 2;
  const end = box.x + box.width;
  const dash = item.lineStyle === 'dashed' ? ` stroke-dasharray="${style.dash.join(' ')}"` : '';
  const line = `<line x1="${fmt(box.x)}" y1="${fmt(y)}" x2="${fmt(end - (item.directed ? 6 : 0))}" y2="${fmt(y)}" stroke="${item.color}" stroke-width="2"${dash}/>`;
  if (!item.directed) return line;
  return line + `<polygon points="${fmt(end)},${fmt(y)} ${fmt(end - 8)},${fmt(y - 4)} ${fmt(end - 8)},${fmt(y + 4)}" fill="${item.color}"/>`;
}

/** The legend with its top-left corner at `at`, on a white card so it reads over any background. */
export function legendSvg(layout: LegendLayout, at: Point, style: GraphStyle): string {
  if (layout.rows.length === 0) return '';
  const rows = layout.rows.map(
    (row) =>
      swatch(row, style) +
      `<text x="${fmt(row.text.x)}" y="${fmt(row.text.y)}">${escapeXml(row.item.label)}</text>`,
  );
  return (
    `<g class="legend" transform="translate(${fmt(at.x)} ${fmt(at.y)})">` +
    `<rect width="${layout.width}" height="${layout.height}" fill="#ffffff" fill-opacity="0.9" stroke="#cccccc"/>` +
    rows.join('') +
    '</g>'
  );
}

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
  const y = fmt(box.y + box.height / 2);
  const dash = item.lineStyle === 'dashed' ? ` stroke-dasharray="${style.dash.join(' ')}"` : '';
  const marker = item.directed ? ` marker-end="url(#arrow-${item.type})"` : '';
  return (
    `<line x1="${fmt(box.x)}" y1="${y}" x2="${fmt(box.x + box.width)}" y2="${y}" stroke="${item.color}"` +
    ` stroke-width="2"${dash}${marker}/>`
  );
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

// SVG written by us from the laid-out graph and the shared stylesheet data: node shapes and
// colours per entity type, edges with arrowheads and dash patterns per relation type, labels as
// real <text> (selectable, searchable, scalable), Arabic labels marked right-to-left, the Noto
// fonts embedded on request, an optional legend and a white or transparent background. Each
// node and edge carries a <title>, which viewers show as a tooltip.
import type { CanonicalGraph, GraphEdge, GraphNode } from '../../../../shared/graph-format';
import { layoutLegend, legendItems, estimateTextWidth } from '../../../../shared/graph-legend';
import { CO_MENTION_OPACITY, EVIDENCE_WIDTH, GRAPH_STYLE, arrowSize, edgeWidth, type GraphStyle } from '../../../../shared/graph-style';
import { resolvePositions, type Point } from '../layout';
import type { Exporter, ExportOptions } from '../registry';
import { escapeXml, hasRtl } from '../xml';
import { fontFaceCss } from './fonts';
import { legendSvg } from './legend';
import { edgePath, fmt, shapeSvg } from './shapes';

const PADDING = 24;
const LABEL_GAP = 4;
/** Sideways spacing between parallel edges, in model units. */
const BEND_STEP = 14;

/** What the drawing needs to know about the graph beyond the style: where and how big. */
interface Scene {
  style: GraphStyle;
  positions: Map<string, Point>;
  sizes: Record<string, number>;
}

function sizeOf(scene: Scene, id: string): number {
  const size = Object.hasOwn(scene.sizes, id) ? scene.sizes[id] : undefined;
  return size !== undefined && size > 0 ? size : scene.style.nodeSize;
}

function labelBaseline(at: Point, size: number, style: GraphStyle): number {
  return at.y + size / 2 + LABEL_GAP + style.fontSize * 0.8;
}

function nodeSvg(node: GraphNode, scene: Scene): string {
  const s = scene.style.entities[node.type];
  const at = scene.positions.get(node.id) ?? { x: 0, y: 0 };
  const shape = shapeSvg(s.shape, at, sizeOf(scene, node.id), ` fill="${s.color}"`);
  return `<g><title>${escapeXml(node.label)} (${escapeXml(s.label)})</title>${shape}</g>`;
}

function labelSvg(node: GraphNode, scene: Scene): string {
  const at = scene.positions.get(node.id) ?? { x: 0, y: 0 };
  const y = labelBaseline(at, sizeOf(scene, node.id), scene.style);
  const bidi = hasRtl(node.label) ? ' direction="rtl" unicode-bidi="embed"' : '';
  return `<text x="${fmt(at.x)}" y="${fmt(y)}"${bidi}>${escapeXml(node.label)}</text>`;
}

/** Each edge's sideways bend: parallel edges between one pair fan out around the straight line. */
function bends(edges: GraphEdge[]): { bend: number; flip: boolean }[] {
  const pairKey = (e: GraphEdge) => (e.source < e.target ? `${e.source}\u0000${e.target}` : `${e.target}\u0000${e.source}`);
  const counts = new Map<string, number>();
  for (const e of edges) counts.set(pairKey(e), (counts.get(pairKey(e)) ?? 0) + 1);
  const seen = new Map<string, number>();
  return edges.map((e) => {
    const key = pairKey(e);
    const k = seen.get(key) ?? 0;
    seen.set(key, k + 1);
    return { bend: (k - ((counts.get(key) ?? 1) - 1) / 2) * BEND_STEP, flip: e.source > e.target };
  });
}

function edgeSvg(edge: GraphEdge, scene: Scene, shape: { bend: number; flip: boolean }, labels: Map<string, string>): string {
  const a = scene.positions.get(edge.source);
  const b = scene.positions.get(edge.target);
  if (!a || !b) return '';
  const s = scene.style.relations[edge.type];
  const dash = s.lineStyle === 'dashed' ? ` stroke-dasharray="${scene.style.dash.join(' ')}"` : '';
  const marker = s.directed ? ` marker-end="url(#${markerId(edge)})"` : '';
  const faint = edge.type === 'co_mentioned' ? ` stroke-opacity="${CO_MENTION_OPACITY}"` : '';
  const d = edgePath(a, b, shape.bend, sizeOf(scene, edge.source) / 2 + 1, sizeOf(scene, edge.target) / 2 + 1, shape.flip);
  const title = `${labels.get(edge.source) ?? ''} — ${s.label} — ${labels.get(edge.target) ?? ''} (${edge.evidence.length} evidence)`;
  return (
    `<path d="${d}" stroke="${s.color}" stroke-width="${fmt(edgeWidth(edge.evidence.length, edge.type))}"${dash}${faint}${marker}>` +
    `<title>${escapeXml(title)}</title></path>`
  );
}

function edgesSvg(graph: CanonicalGraph, scene: Scene): string {
  const labels = new Map(graph.nodes.map((n) => [n.id, n.label]));
  const shapes = bends(graph.edges);
  return graph.edges.map((edge, i) => edgeSvg(edge, scene, shapes[i]!, labels)).join('\n');
}

/** Arrowheads grow with edge width, which follows the evidence count up to a cap: one marker per type and count. */
function markerId(edge: GraphEdge): string {
  const n = Math.min(EVIDENCE_WIDTH.maxEvidence, Math.max(EVIDENCE_WIDTH.minEvidence, edge.evidence.length));
  return `arrow-${edge.type}-${n}`;
}

function markersSvg(graph: CanonicalGraph, style: GraphStyle): string {
  const markers = new Map<string, string>();
  for (const edge of graph.edges) {
    const s = style.relations[edge.type];
    const id = markerId(edge);
    if (!s.directed || markers.has(id)) continue;
    const size = fmt(arrowSize(edgeWidth(edge.evidence.length, edge.type), style));
    markers.set(
      id,
      `<marker id="${id}" viewBox="0 0 10 10" refX="10" refY="5" markerUnits="userSpaceOnUse" markerWidth="${size}" markerHeight="${size}" orient="auto">` +
        `<path d="M0 0L10 5L0 10z" fill="${s.color}"/></marker>`,
    );
  }
  return [...markers.values()].join('');
}

interface Box {
  minX: number;
  minY: number;
  maxX: number;
  maxY: number;
}

function bounds(graph: CanonicalGraph, scene: Scene): Box {
  const box: Box = { minX: Infinity, minY: Infinity, maxX: -Infinity, maxY: -Infinity };
  const style = scene.style;
  for (const node of graph.nodes) {
    const at = scene.positions.get(node.id);
    if (!at) continue;
    const size = sizeOf(scene, node.id);
    const half = Math.max(size / 2, estimateTextWidth(node.label, style.fontSize) / 2);
    box.minX = Math.min(box.minX, at.x - half);
    box.maxX = Math.max(box.maxX, at.x + half);
    box.minY = Math.min(box.minY, at.y - size * 1.8); // room for a self-loop above the node
    box.maxY = Math.max(box.maxY, labelBaseline(at, size, style) + style.fontSize * 0.3);
  }
  return Number.isFinite(box.minX) ? box : { minX: 0, minY: 0, maxX: 0, maxY: 0 };
}

function defs(graph: CanonicalGraph, options: ExportOptions, legendText: string[]): string {
  const style = options.style ?? GRAPH_STYLE;
  const css = options.embedFonts === false ? '' : fontFaceCss([...graph.nodes.map((n) => n.label), ...legendText]);
  return `<defs>${css ? `<style>${css}</style>` : ''}${markersSvg(graph, style)}</defs>`;
}

export function writeSvg(graph: CanonicalGraph, options: ExportOptions): string {
  const style = options.style ?? GRAPH_STYLE;
  const scene: Scene = { style, positions: resolvePositions(graph, options.positions), sizes: options.sizes ?? {} };
  const box = bounds(graph, scene);
  const items = options.includeLegend === false ? [] : legendItems(graph.nodes.map((n) => n.type), graph.edges.map((e) => e.type), style);
  const legend = layoutLegend(items, style);
  const x0 = box.minX - PADDING;
  const y0 = box.minY - PADDING;
  const width = Math.ceil(box.maxX - box.minX + PADDING * 2 + (legend.width > 0 ? legend.width + PADDING : 0));
  const height = Math.ceil(Math.max(box.maxY - box.minY, legend.height) + PADDING * 2);
  const title = escapeXml(options.title ?? 'KG Explorer export');
  const background = options.background === 'transparent' ? '' : `<rect x="${fmt(x0)}" y="${fmt(y0)}" width="${width}" height="${height}" fill="#ffffff"/>`;
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<svg xmlns="http://www.w3.org/2000/svg" version="1.1" width="${width}" height="${height}" viewBox="${fmt(x0)} ${fmt(y0)} ${width} ${height}"` +
      ` font-family="${escapeXml(style.fontFamily)}" font-size="${style.fontSize}">`,
    `<title>${title}</title>`,
    defs(graph, options, items.map((i) => i.label)),
    background,
    `<g class="edges" fill="none" stroke-opacity="${style.edgeOpacity}">`,
    edgesSvg(graph, scene),
    '</g>',
    '<g class="nodes">',
    graph.nodes.map((n) => nodeSvg(n, scene)).join('\n'),
    '</g>',
    // Labels above every node; paint-order puts the halo under the glyphs, like Cytoscape's text-outline.
    `<g class="labels" text-anchor="middle" fill="${style.labelColor}" stroke="${style.labelOutline}" stroke-width="2" stroke-linejoin="round" paint-order="stroke">`,
    graph.nodes.map((n) => labelSvg(n, scene)).join('\n'),
    '</g>',
    `<g fill="${style.labelColor}">${legendSvg(legend, { x: box.maxX + PADDING, y: box.minY }, style)}</g>`,
    '</svg>',
    '',
  ].join('\n');
}

export const svgExporter: Exporter = {
  id: 'svg',
  label: 'SVG image',
  extension: 'svg',
  mediaType: 'image/svg+xml',
  write: writeSvg,
};

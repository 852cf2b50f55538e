// The graph's look as data: one colour and shape per entity type, one colour, arrow and line
// style per relation type, and the sizes and font they are drawn with. The renderer's Cytoscape
// stylesheet, the Cytoscape.js JSON export and the SVG export all read these tables, so an
// exported picture matches the screen, and adding a type to shared/domain.ts without a style
// here is a type error. Colours follow the Okabe–Ito colour-blind-safe palette where possible,
// and every entity type has its own shape so that colour is never the only cue.
import { ALL_RELATION_TYPES, CO_MENTIONED, ENTITY_TYPES, SYMMETRIC_RELATIONS, type EntityType, type RelationType } from './domain';

/** Shapes both Cytoscape (`shape`) and the SVG exporter draw. */
export type NodeShape = 'ellipse' | 'hexagon' | 'round-rectangle' | 'round-diamond' | 'round-triangle' | 'rectangle';
export type LineStyle = 'solid' | 'dashed';

export interface EntityStyle {
  /** What the legend and filters call the type. */
  label: string;
  color: string;
  shape: NodeShape;
}

export interface RelationStyle {
  label: string;
  color: string;
  /** False for symmetric relation types: direction carries no meaning, so no arrow. */
  directed: boolean;
  /** Co-mentions are dashed (and faint) so they never pass for a stated relation. */
  lineStyle: LineStyle;
}

export const ENTITY_STYLES: Readonly<Record<EntityType, EntityStyle>> = {
  country: { label: 'Country', color: '#0072B2', shape: 'ellipse' },
  region: { label: 'Region', color: '#009E73', shape: 'hexagon' },
  agency: { label: 'Agency', color: '#E69F00', shape: 'round-rectangle' },
  organization: { label: 'Organization', color: '#CC79A7', shape: 'round-diamond' },
  official: { label: 'Official', color: '#D55E00', shape: 'round-triangle' },
  agreement: { label: 'Agreement', color: '#56B4E9', shape: 'rectangle' },
};

function rel(label: string, color: string, type: RelationType): RelationStyle {
  return { label, color, directed: !SYMMETRIC_RELATIONS.has(type), lineStyle: type === CO_MENTIONED ? 'dashed' : 'solid' };
}

export const RELATION_STYLES: Readonly<Record<RelationType, RelationStyle>> = {
  heads: rel('heads', '#5B6B7F', 'heads'),
  represents: rel('represents', '#7A8797', 'represents'),
  part_of: rel('part of', '#8C8C8C', 'part_of'),
  party_to: rel('party to', '#3E7CB1', 'party_to'),
  mediates: rel('mediates', '#8E6FC7', 'mediates'),
  cooperates_with: rel('cooperates with', '#2A9D6F', 'cooperates_with'),
  funds: rel('funds', '#B8860B', 'funds'),
  operates_in: rel('operates in', '#4A9BAA', 'operates_in'),
  attacks: rel('attacks', '#C0392B', 'attacks'),
  occupies: rel('occupies', '#A93F55', 'occupies'),
  accuses: rel('accuses', '#E0663A', 'accuses'),
  meets: rel('meets', '#3FA7D6', 'meets'),
  hands_over: rel('hands over', '#9C6644', 'hands_over'),
  supports: rel('supports', '#6BAF3A', 'supports'),
  co_mentioned: rel('co-mentioned', '#9AA0A6', 'co_mentioned'),
};

/** Edge width grows with the number of sentences that state the relation, clamped at 8. */
export const EVIDENCE_WIDTH = { minEvidence: 1, maxEvidence: 8, minWidth: 1.2, maxWidth: 6 } as const;
export const CO_MENTION_OPACITY = 0.45;
export const FONT_STACK = '"Noto Sans", "Noto Sans Arabic", sans-serif';
export const DEFAULT_NODE_SIZE = 28;

/** Everything an exporter needs to draw the graph like the light-theme screen. */
export interface GraphStyle {
  entities: Readonly<Record<EntityType, EntityStyle>>;
  relations: Readonly<Record<RelationType, RelationStyle>>;
  /** Node diameter in model units when the export has no per-node size. */
  nodeSize: number;
  fontSize: number;
  fontFamily: string;
  labelColor: string;
  /** Halo drawn behind labels so they stay legible over edges. */
  labelOutline: string;
  edgeOpacity: number;
  /** Cytoscape's `arrow-scale`. */
  arrowScale: number;
  /** `stroke-dasharray` / `line-dash-pattern` for dashed lines. */
  dash: readonly [number, number];
}

export const GRAPH_STYLE: GraphStyle = {
  entities: ENTITY_STYLES,
  relations: RELATION_STYLES,
  nodeSize: DEFAULT_NODE_SIZE,
  fontSize: 11,
  fontFamily: FONT_STACK,
  labelColor: '#1d2330',
  labelOutline: '#f7f8fa',
  edgeOpacity: 0.85,
  arrowScale: 0.9,
  dash: [5, 4],
};

/** The width Cytoscape's `mapData(evidence, …)` gives an edge stated by `evidence` sentences. */
export function edgeWidth(evidence: number, type?: RelationType): number {
  if (type === CO_MENTIONED) return 1;
  const w = EVIDENCE_WIDTH;
  const n = Math.min(w.maxEvidence, Math.max(w.minEvidence, evidence));
  return w.minWidth + ((n - w.minEvidence) / (w.maxEvidence - w.minEvidence)) * (w.maxWidth - w.minWidth);
}

/**
 * Length (and base width) of the triangle arrowhead Cytoscape draws on an edge `width` wide:
 * its getArrowWidth(), times the triangle shape's 0.3 extent.
 */
export function arrowSize(width: number, style: GraphStyle = GRAPH_STYLE): number {
  return Math.max(Math.pow(width * 13.37, 0.9), 29) * style.arrowScale * 0.3;
}

/** One block of a Cytoscape stylesheet in its JSON form (`cytoscape({ style: [...] })`). */
export interface CytoscapeStyleBlock {
  selector: string;
  style: Record<string, string | number | number[]>;
}

/**
 * A self-contained Cytoscape stylesheet for exported elements, whose data carries `type`,
 * `label`, `size` (nodes) and `evidence` (edges, a count): base blocks and one block per type,
 * without the app's interaction states (selection, hover, fading).
 */
export function cytoscapeStylesheet(style: GraphStyle = GRAPH_STYLE): CytoscapeStyleBlock[] {
  const w = EVIDENCE_WIDTH;
  const base: CytoscapeStyleBlock[] = [
    {
      selector: 'node',
      style: {
        width: 'data(size)',
        height: 'data(size)',
        label: 'data(label)',
        'font-family': style.fontFamily,
        'font-size': style.fontSize,
        color: style.labelColor,
        'text-valign': 'bottom',
        'text-margin-y': 4,
        'text-outline-color': style.labelOutline,
        'text-outline-width': 2,
        'border-width': 1,
        'border-color': style.labelOutline,
      },
    },
    {
      selector: 'edge',
      style: {
        'curve-style': 'bezier',
        width: `mapData(evidence, ${w.minEvidence}, ${w.maxEvidence}, ${w.minWidth}, ${w.maxWidth})`,
        'arrow-scale': style.arrowScale,
        opacity: style.edgeOpacity,
      },
    },
  ];
  const nodes = ENTITY_TYPES.map((t) => ({
    selector: `node[type = "${t}"]`,
    style: { 'background-color': style.entities[t].color, shape: style.entities[t].shape },
  }));
  const edges = ALL_RELATION_TYPES.map((t) => {
    const r = style.relations[t];
    const css: CytoscapeStyleBlock['style'] = {
      'line-color': r.color,
      'target-arrow-color': r.color,
      'target-arrow-shape': r.directed ? 'triangle' : 'none',
    };
    if (r.lineStyle === 'dashed') Object.assign(css, { 'line-style': 'dashed', 'line-dash-pattern': [...style.dash] });
    if (t === CO_MENTIONED) Object.assign(css, { opacity: CO_MENTION_OPACITY, width: 1 });
    return { selector: `edge[type = "${t}"]`, style: css };
  });
  return [...base, ...nodes, ...edges];
}

/** A node shape's outline, for drawers without Cytoscape (SVG export, PNG legend). */
export type Outline =
  | { kind: 'circle'; cx: number; cy: number; r: number }
  | { kind: 'rect'; x: number; y: number; width: number; height: number; radius: number }
  /** `radius` > 0 rounds each corner with a quadratic curve of about that size. */
  | { kind: 'polygon'; points: [number, number][]; radius: number };

/** The outline of `shape` centred on (x, y), `size` wide and high, as Cytoscape draws it. */
export function nodeOutline(shape: NodeShape, x: number, y: number, size: number): Outline {
  const h = size / 2;
  switch (shape) {
    case 'ellipse':
      return { kind: 'circle', cx: x, cy: y, r: h };
    case 'rectangle':
    case 'round-rectangle':
      return { kind: 'rect', x: x - h, y: y - h, width: size, height: size, radius: shape === 'round-rectangle' ? size / 5 : 0 };
    case 'round-diamond':
      return { kind: 'polygon', points: [[x, y - h], [x + h, y], [x, y + h], [x - h, y]], radius: size / 8 };
    case 'round-triangle':
      return { kind: 'polygon', points: [[x, y - h], [x + h, y + h], [x - h, y + h]], radius: size / 8 };
    case 'hexagon':
      return { kind: 'polygon', points: [[x - h, y], [x - h / 2, y - h], [x + h / 2, y - h], [x + h, y], [x + h / 2, y + h], [x - h / 2, y + h]], radius: 0 };
  }
}

/**
 * A rounded polygon as path commands: for each corner, a line to `radius` before it and a
 * quadratic curve through it to `radius` after it. Shared so that SVG and canvas agree.
 */
export function roundedCorners(points: readonly [number, number][], radius: number): { from: [number, number]; corner: [number, number]; to: [number, number] }[] {
  const n = points.length;
  const along = (p: [number, number], q: [number, number]): [number, number] => {
    const t = Math.min(0.5, radius / (Math.hypot(q[0] - p[0], q[1] - p[1]) || 1));
    return [p[0] + (q[0] - p[0]) * t, p[1] + (q[1] - p[1]) * t];
  };
  return points.map((p, i) => ({ from: along(p, points[(i + n - 1) % n]!), corner: p, to: along(p, points[(i + 1) % n]!) }));
}

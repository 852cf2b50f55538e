// The Cytoscape stylesheet as data, built from the type tables in ./palette: one selector per
// entity type and one per relation type, then state classes (selection, path, search hit, fade).
// A pure function of the display options, so switching theme, colouring or renderer is
// `cy.style(buildStylesheet(next))`, and the headless unit tests read the same blocks.
//
// WebGL mode draws solid straight/bezier edges with triangle arrows only. Styles therefore never
// rely on dashes alone: co-mentions are also grey and translucent, so they stay distinguishable
// when the WebGL renderer ignores `line-style`. WebGL draws ellipses and (rounded) rectangles
// natively and every other shape from a texture, so in that mode each type falls back to a native
// shape (colour still tells the types apart). A large view (thousands of elements) draws haystack
// edges without arrows and labels only the nodes the level-of-detail controller marks, since every
// label costs a texture and every arrow a path; zoomed in, that controller gives the edges around
// the nodes on screen their arrows back.
import type cytoscape from 'cytoscape';
import { ALL_RELATION_TYPES, CO_MENTIONED, ENTITY_TYPES } from '../../../shared/domain';
import type { RelationType } from '../../../shared/domain';
import { CO_MENTION_OPACITY, EVIDENCE_WIDTH, FONT_STACK, GRAPH_STYLE } from '../../../shared/graph-style';
import { ENTITY_STYLES, RELATION_STYLES, THEMES } from './palette';
import type { NodeShape } from './palette';


export type Theme = 'light' | 'dark';
export type ColorBy = 'type' | 'community';

export interface StyleOptions {
  theme: Theme;
  colorBy: ColorBy;
  /** WebGL renderer: no dashes, no edge labels, native node shapes. */
  webgl: boolean;
  /** Thousands of elements: straight edges, node labels only on `.show-label` (and selected) nodes. */
  large: boolean;
}

export const DEFAULT_STYLE_OPTIONS: StyleOptions = { theme: 'light', colorBy: 'type', webgl: false, large: false };

/** What each shape becomes under WebGL, which draws only these natively. */
export const WEBGL_SHAPES: Readonly<Record<NodeShape, NodeShape | 'bottom-round-rectangle'>> = {
  ellipse: 'ellipse',
  hexagon: 'round-rectangle',
  'round-rectangle': 'round-rectangle',
  'round-diamond': 'rectangle',
  'round-triangle': 'bottom-round-rectangle',
  rectangle: 'rectangle',
};


type Block = cytoscape.StylesheetStyle;
/** A property map. Cytoscape types `style` as a union per element kind, which spreads poorly. */
type Css = Record<string, string | number | number[]>;

function block(selector: string, style: Css): Block {
  return { selector, style } as Block;
}

/** How node labels look; in a large view only labelled nodes carry these properties at all. */
function nodeText(o: StyleOptions): Css {
  const t = THEMES[o.theme];
  return {
    label: 'data(label)',
    'font-family': FONT_STACK,
    'font-size': 12,
    color: t.label,
    'text-valign': 'bottom',
    'text-margin-y': 4,
    'text-max-width': '160px',
    'text-wrap': 'ellipsis',
    'text-outline-color': t.labelOutline,
    'text-outline-width': o.webgl ? 0 : 2,
    'min-zoomed-font-size': 6,
  };
}

function edgeText(o: StyleOptions): Css {
  const t = THEMES[o.theme];
  return {
    'font-family': FONT_STACK,
    'font-size': 9,
    color: t.edgeLabel,
    'text-rotation': 'autorotate',
    'text-outline-color': t.labelOutline,
    'text-outline-width': 2,
    'min-zoomed-font-size': 8,
  };
}

/**
 * The base node and edge blocks. A large view keeps them lean (Cytoscape applies every property
 * of every matching block to every element, and with tens of thousands of elements that is most
 * of the first frame): no text properties unless labelled, no borders, haystack edges.
 */
function baseBlocks(o: StyleOptions): Block[] {
  const w = EVIDENCE_WIDTH;
  const edge: Css = {
    width: `mapData(evidence, ${w.minEvidence}, ${w.maxEvidence}, ${w.minWidth}, ${w.maxWidth})`,
    opacity: GRAPH_STYLE.edgeOpacity,
  };
  // The defaults (no label, no border) cost nothing; every property set here costs its own work per element.
  if (o.large) return [block('node', { width: 'data(size)', height: 'data(size)' }), block('edge', { ...edge, 'curve-style': 'haystack' })];
  return [
    block('node', { width: 'data(size)', height: 'data(size)', ...nodeText(o), 'border-width': 1, 'border-color': THEMES[o.theme].labelOutline }),
    block('edge', { ...edge, 'curve-style': 'bezier', 'arrow-scale': GRAPH_STYLE.arrowScale, ...edgeText(o) }),
  ];
}

function entityBlocks(o: StyleOptions): Block[] {
  const blocks = ENTITY_TYPES.map((type) =>
    block(`node[type = "${type}"]`, {
      'background-color': ENTITY_STYLES[type].color,
      shape: o.webgl ? WEBGL_SHAPES[ENTITY_STYLES[type].shape] : ENTITY_STYLES[type].shape,
    }),
  );
  if (o.colorBy === 'community') blocks.push(block('node[communityColor]', { 'background-color': 'data(communityColor)' }));
  return blocks;
}

function arrow(type: RelationType): Css {
  const r = RELATION_STYLES[type];
  return { 'target-arrow-color': r.color, 'target-arrow-shape': r.directed ? 'triangle' : 'none' };
}

/**
 * One block per relation type. A large view draws haystack edges, Cytoscape's cheapest (no
 * arrows, no control points to work out), and gives straight lines and arrows back to the edges
 * the level-of-detail controller marks `.detail`, the ones around the nodes on screen when zoomed in.
 */
function relationBlocks(o: StyleOptions): Block[] {
  const blocks = ALL_RELATION_TYPES.map((type) => {
    const style: Css = { 'line-color': RELATION_STYLES[type].color, ...(o.large ? {} : arrow(type)) };
    if (type === CO_MENTIONED) {
      Object.assign(style, { opacity: CO_MENTION_OPACITY, width: 1, 'line-style': o.webgl ? 'solid' : 'dashed' });
      if (!o.webgl) style['line-dash-pattern'] = [...GRAPH_STYLE.dash];
    }
    return block(`edge[type = "${type}"]`, style);
  });
  if (!o.large) return blocks;
  blocks.push(block('edge.detail', { 'curve-style': 'straight', 'arrow-scale': GRAPH_STYLE.arrowScale }));
  for (const type of ALL_RELATION_TYPES) if (RELATION_STYLES[type].directed) blocks.push(block(`edge.detail[type = "${type}"]`, arrow(type)));
  return blocks;
}

function stateBlocks(o: StyleOptions): Block[] {
  const t = THEMES[o.theme];
  const edgeLabel: Css = o.webgl ? {} : { label: 'data(label)' };
  const labelled: Css = o.large ? nodeText(o) : {};
  return [
    block('node.show-label', labelled),
    block('node.pinned', { 'border-width': 3, 'border-color': t.label, 'border-style': o.webgl ? 'solid' : 'double' }),
    block('node.search-hit', { ...labelled, 'border-width': 4, 'border-color': t.searchHit }),
    block('edge.hover', { ...edgeLabel, opacity: 1, 'z-index': 10 }),
    block('node.faded', { opacity: 0.18, 'text-opacity': 0.3 }),
    block('edge.faded', { opacity: 0.08 }),
    block('node.path', { ...labelled, 'border-width': 4, 'border-color': t.path }),
    block('edge.path', { 'line-color': t.path, 'target-arrow-color': t.path, opacity: 1, width: 5, 'z-index': 20 }),
    block('node:selected', { ...labelled, 'border-width': 4, 'border-color': t.selection, 'z-index': 30 }),
    block('edge:selected', { ...edgeLabel, 'line-color': t.selection, 'target-arrow-color': t.selection, opacity: 1, 'z-index': 30 }),
    block('.hidden', { display: 'none' }),
  ];
}

export function buildStylesheet(options: StyleOptions = DEFAULT_STYLE_OPTIONS): Block[] {
  return [...baseBlocks(options), ...entityBlocks(options), ...relationBlocks(options), ...stateBlocks(options)];
}

/** The page background matching the theme; WebGL mode needs it at creation time. */
export function backgroundColor(theme: Theme): string {
  return THEMES[theme].background;
}

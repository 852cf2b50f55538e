// The visual vocabulary of the graph on screen. The type tables (colour, shape and legend label
// per entity type; colour, arrow and line style per relation type) are shared/graph-style.ts's,
// the same ones the SVG, PNG and Cytoscape JSON exports read, so the screen and an exported
// picture cannot drift apart. What only the screen needs lives here: community colours and the
// light and dark themes (the light theme's label colours are the exports' too).
import { GRAPH_STYLE } from '../../../shared/graph-style';

export { ENTITY_STYLES, RELATION_STYLES } from '../../../shared/graph-style';
export type { EntityStyle, NodeShape, RelationStyle } from '../../../shared/graph-style';

/** Community colours (louvain), cycled by community index. */
export const COMMUNITY_COLORS: readonly string[] = [
  '#4E79A7',
  '#F28E2B',
  '#E15759',
  '#76B7B2',
  '#59A14F',
  '#EDC948',
  '#B07AA1',
  '#FF9DA7',
  '#9C755F',
  '#BAB0AC',
];

export function communityColor(community: number): string {
  const n = COMMUNITY_COLORS.length;
  return COMMUNITY_COLORS[((community % n) + n) % n] ?? '#888888';
}

/** Theme colours the stylesheet needs beyond the type tables. */
export interface ThemeColors {
  background: string;
  label: string;
  labelOutline: string;
  edgeLabel: string;
  selection: string;
  path: string;
  searchHit: string;
}

export const THEMES: Readonly<Record<'light' | 'dark', ThemeColors>> = {
  light: {
    background: '#f7f8fa',
    label: GRAPH_STYLE.labelColor,
    labelOutline: GRAPH_STYLE.labelOutline,
    edgeLabel: '#4a5260',
    selection: '#f5b700',
    path: '#e4007c',
    searchHit: '#ff6f00',
  },
  dark: {
    background: '#161a21',
    label: '#e6e9ef',
    labelOutline: '#161a21',
    edgeLabel: '#aab2c0',
    selection: '#ffd23f',
    path: '#ff4fa8',
    searchHit: '#ff9f43',
  },
};

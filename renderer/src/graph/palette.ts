// The visual vocabulary of the graph as data: one entry per entity type (colour, shape, legend
// label) and per relation type (colour, whether it is drawn with an arrow, legend label). The
// stylesheet, the legend and the filter panel all read these tables, so adding a type to
// shared/domain.ts without a style here is a type error, not a grey blob at run time.
//
// Colours come from the Okabe–Ito colour-blind-safe palette where possible, and every entity
// type also has its own shape so that colour is never the only cue.
import type { EntityType, RelationType } from '../../../shared/domain';
import { SYMMETRIC_RELATIONS } from '../../../shared/domain';

/** Node shapes the canvas renderer draws; the WebGL renderer draws them from a texture atlas. */
export type NodeShape =
  | 'ellipse'
  | 'hexagon'
  | 'round-rectangle'
  | 'round-diamond'
  | 'round-triangle'
  | 'rectangle';

export interface EntityStyle {
  label: string;
  color: string;
  shape: NodeShape;
}

export const ENTITY_STYLES: Readonly<Record<EntityType, EntityStyle>> = {
  country: { label: 'Country', color: '#0072B2', shape: 'ellipse' },
  region: { label: 'Region', color: '#009E73', shape: 'hexagon' },
  agency: { label: 'Agency', color: '#E69F00', shape: 'round-rectangle' },
  organization: { label: 'Organization', color: '#CC79A7', shape: 'round-diamond' },
  official: { label: 'Official', color: '#D55E00', shape: 'round-triangle' },
  agreement: { label: 'Agreement', color: '#56B4E9', shape: 'rectangle' },
};

export interface RelationStyle {
  label: string;
  color: string;
  /** False for symmetric relation types: direction carries no meaning, so no arrow. */
  directed: boolean;
}

function rel(label: string, color: string, type: RelationType): RelationStyle {
  return { label, color, directed: !SYMMETRIC_RELATIONS.has(type) };
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
    label: '#1d2330',
    labelOutline: '#f7f8fa',
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

// The legend of an exported picture as geometry: which entity and relation types it lists and
// where each swatch and caption goes, in model units from the legend's top-left corner. The SVG
// exporter draws it as SVG; the renderer paints the same layout onto the PNG canvas, so both
// images carry the same key. Pure and platform-free: no DOM, no canvas measuring.
import { ALL_RELATION_TYPES, ENTITY_TYPES, type EntityType, type RelationType } from './domain';
import { GRAPH_STYLE, type EntityStyle, type GraphStyle, type RelationStyle } from './graph-style';

export type LegendItem =
  | ({ kind: 'entity'; type: EntityType } & EntityStyle)
  | ({ kind: 'relation'; type: RelationType } & RelationStyle);

export interface LegendRow {
  item: LegendItem;
  /** Box the swatch (node shape or line sample) is drawn in. */
  swatch: { x: number; y: number; width: number; height: number };
  /** Baseline start of the caption (left-aligned). */
  text: { x: number; y: number };
}

export interface LegendLayout {
  width: number;
  height: number;
  fontSize: number;
  rows: LegendRow[];
}

const PADDING = 10;
const ROW_HEIGHT = 20;
const SWATCH_WIDTH = 28;
const SWATCH_GAP = 8;

/**
 * A rough advance width for `text`, for sizing boxes where no font metrics are at hand. Noto
 * Sans averages a little over half an em for Latin text; Arabic runs a little narrower.
 */
export function estimateTextWidth(text: string, fontSize: number): number {
  let ems = 0;
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    if (code >= 0x0600 && code <= 0x08ff) ems += 0.5;
    else if (ch === ' ' || ch === 'i' || ch === 'l' || ch === '.') ems += 0.3;
    else if (ch >= 'A' && ch <= 'Z') ems += 0.68;
    else ems += 0.58;
  }
  return ems * fontSize;
}

/** The legend entries for the types present, in the domain's canonical order. */
export function legendItems(
  entityTypes: Iterable<EntityType>,
  relationTypes: Iterable<RelationType>,
  style: GraphStyle = GRAPH_STYLE,
): LegendItem[] {
  const ents = new Set(entityTypes);
  const rels = new Set(relationTypes);
  return [
    ...ENTITY_TYPES.filter((t) => ents.has(t)).map((t): LegendItem => ({ kind: 'entity', type: t, ...style.entities[t] })),
    ...ALL_RELATION_TYPES.filter((t) => rels.has(t)).map((t): LegendItem => ({ kind: 'relation', type: t, ...style.relations[t] })),
  ];
}

/** Stacks the items in one column with a swatch on the left of each caption. */
export function layoutLegend(items: readonly LegendItem[], style: GraphStyle = GRAPH_STYLE): LegendLayout {
  const fontSize = style.fontSize;
  const textX = PADDING + SWATCH_WIDTH + SWATCH_GAP;
  let widest = 0;
  const rows = items.map((item, i): LegendRow => {
    widest = Math.max(widest, estimateTextWidth(item.label, fontSize));
    const top = PADDING + i * ROW_HEIGHT;
    return {
      item,
      swatch: { x: PADDING, y: top + 3, width: SWATCH_WIDTH, height: ROW_HEIGHT - 6 },
      text: { x: textX, y: top + ROW_HEIGHT / 2 + fontSize * 0.35 },
    };
  });
  return {
    width: items.length === 0 ? 0 : Math.ceil(textX + widest + PADDING),
    height: items.length === 0 ? 0 : PADDING * 2 + items.length * ROW_HEIGHT,
    fontSize,
    rows,
  };
}

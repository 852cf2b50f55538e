// Flat attribute rows for the table-shaped formats (GEXF, GraphML, Cytoscape JSON, CSV), whose
// attribute values are scalars: aliases are joined, evidence is summarised (count, articles,
// quotes, best confidence). The full evidence records travel only in the formats that can hold
// them (canonical JSON, Cytoscape JSON's `evidence_json`, CSV's one row per evidence record).
import { LANGS, type Lang } from '../../../shared/domain';
import type { GraphEdge, GraphNode } from '../../../shared/graph-format';

/** Joins list values in one attribute; chosen because names and file names rarely contain it. */
export const LIST_SEPARATOR = ' | ';

export function aliasesOf(node: GraphNode, lang?: Lang): string[] {
  const langs = lang ? [lang] : LANGS;
  const seen = new Set<string>();
  for (const l of langs) for (const a of node.aliases[l] ?? []) seen.add(a);
  return [...seen];
}

export interface FlatNode {
  label: string;
  type: string;
  key: string;
  aliases: string;
  mentions: number;
  articleCount: number;
}

export function flattenNode(node: GraphNode): FlatNode {
  return {
    label: node.label,
    type: node.type,
    key: node.key ?? '',
    aliases: aliasesOf(node).join(LIST_SEPARATOR),
    mentions: node.mentions ?? 0,
    articleCount: node.articles?.length ?? 0,
  };
}

export interface FlatEdge {
  type: string;
  evidenceCount: number;
  /** Distinct article files, in first-seen order. */
  articles: string[];
  quotes: string[];
  /** Highest evidence confidence, or null when no record has one. */
  confidence: number | null;
}

export function flattenEdge(edge: GraphEdge): FlatEdge {
  const articles = new Set<string>();
  let confidence: number | null = null;
  for (const ev of edge.evidence) {
    articles.add(ev.article);
    if (ev.confidence !== undefined) confidence = Math.max(confidence ?? -Infinity, ev.confidence);
  }
  return {
    type: edge.type,
    evidenceCount: edge.evidence.length,
    articles: [...articles],
    quotes: edge.evidence.map((ev) => ev.quote),
    confidence,
  };
}

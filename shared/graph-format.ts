// The canonical graph format: what `kg export --format json` writes, what `kg import-graph` reads,
// and what the engine hands the renderer. It is self-contained: evidence quotes travel with their
// offsets and article metadata, so provenance survives the file leaving the app.
//
// Offsets are UTF-16 code units into the article text as stored (decoded, BOM removed, NFC),
// end exclusive, so that `text.slice(start, end) === quote` always holds.
import type { EntityType, Lang, RelationType } from './domain';

export interface GraphNode {
  id: string;
  type: EntityType;
  label: string;
  /** Every surface form seen, by language. */
  aliases: Partial<Record<Lang, string[]>>;
  /** Stable key such as `iso:AZ`, when the engine knows one. */
  key?: string;
  mentions?: number;
  articles?: string[];
}

export interface GraphEvidence {
  /** The article's file name. */
  article: string;
  start: number;
  end: number;
  quote: string;
  rule?: string;
  confidence?: number;
}

export interface GraphEdge {
  id: string;
  source: string;
  target: string;
  type: RelationType;
  attributes?: Record<string, string>;
  evidence: GraphEvidence[];
}

export interface GraphArticle {
  file: string;
  title: string | null;
  date: string | null;
  lang: Lang | null;
  url: string | null;
}

export interface CanonicalGraph {
  format: 'kg-explorer/graph';
  version: 1;
  nodes: GraphNode[];
  edges: GraphEdge[];
  articles: GraphArticle[];
}

// What the panels may ask of the rest of the app. Panels never reach the explorer or the graph
// directly; main.ts implements this once, so the panels stay plain DOM builders.
import type { RelationType } from '../../../shared/domain';
import type { ArticleMeta } from '../../../shared/ipc';

export interface RelationSummary {
  id: string;
  type: RelationType;
  source: { id: string; label: string };
  target: { id: string; label: string };
}

export interface Nav {
  /** Select the entity in the graph (bringing it into view) and show its details. */
  showEntity(id: string): void;
  /** Select the relation in the graph when it is there, and show its evidence. */
  showRelation(id: string, summary?: RelationSummary): void;
  /** Open the article reader, optionally scrolled to and highlighting a span. */
  openArticle(id: string, highlight?: { start: number; end: number }): void;
  expand(ids: string[], depth: number): void;
  hide(ids: string[]): void;
  pin(ids: string[], on: boolean): void;
  focus(ids: string[]): void;
  path(from: string, to: string): void;
  filterToArticle(meta: ArticleMeta): void;
  isPinned(id: string): boolean;
}

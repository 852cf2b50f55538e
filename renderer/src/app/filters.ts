// The filter panel's state and its translation to the engine's GraphFilters. Defaults show
// everything except co-mentions; a field at its default is left out of GraphFilters, so the
// engine takes its cheap path (no evidence join) until an article-level filter is set.
import { ENTITY_TYPES, LANGS, RELATION_TYPES } from '../../../shared/domain';
import type { EntityType, Lang, RelationType } from '../../../shared/domain';
import { CO_MENTIONED } from '../../../shared/domain';
import type { GraphFilters } from '../../../shared/ipc';

export interface FilterState {
  entityTypes: ReadonlySet<EntityType>;
  relationTypes: ReadonlySet<RelationType>;
  langs: ReadonlySet<Lang>;
  article: { id: string; title: string } | null;
  dateFrom: string | null;
  dateTo: string | null;
  minEvidence: number;
}

export const DEFAULT_FILTERS: FilterState = {
  entityTypes: new Set(ENTITY_TYPES),
  relationTypes: new Set(RELATION_TYPES),
  langs: new Set(LANGS),
  article: null,
  dateFrom: null,
  dateTo: null,
  minEvidence: 1,
};

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

export function toGraphFilters(s: FilterState): GraphFilters {
  const f: GraphFilters = {};
  if (s.entityTypes.size < ENTITY_TYPES.length) f.entityTypes = ENTITY_TYPES.filter((t) => s.entityTypes.has(t));
  const typed = RELATION_TYPES.filter((t) => s.relationTypes.has(t));
  if (typed.length < RELATION_TYPES.length) f.relationTypes = typed;
  if (s.relationTypes.has(CO_MENTIONED)) f.includeCoMentions = true;
  if (s.langs.size < LANGS.length) f.langs = LANGS.filter((l) => s.langs.has(l));
  if (s.article) f.articleIds = [s.article.id];
  if (s.dateFrom && ISO_DAY.test(s.dateFrom)) f.dateFrom = s.dateFrom;
  if (s.dateTo && ISO_DAY.test(s.dateTo)) f.dateTo = s.dateTo;
  if (s.minEvidence > 1) f.minEvidence = Math.floor(s.minEvidence);
  return f;
}

/** How many filters differ from the defaults, for the panel's badge. */
export function activeFilterCount(s: FilterState): number {
  const f = toGraphFilters(s);
  return Object.keys(f).length;
}

export function toggled<T>(set: ReadonlySet<T>, value: T, on: boolean): Set<T> {
  const next = new Set(set);
  if (on) next.add(value);
  else next.delete(value);
  return next;
}

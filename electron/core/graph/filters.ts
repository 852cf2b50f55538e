// The view filters (shared/ipc.ts GraphFilters) as SQL: one SELECT over the relations that pass
// them, which every graph view starts from. Article-level filters (language, article, date) and
// `minEvidence` count only the evidence read in matching articles; when none of them is set the
// evidence table is not touched at all, which keeps the default overview cheap on a large store.
// Every value is bound as a parameter; lists travel as one JSON parameter (store/db.ts idList).
import { CO_MENTIONED, RELATION_TYPES } from '../../../shared/domain';
import type { RelationType } from '../../../shared/domain';
import type { GraphFilters } from '../../../shared/ipc';
import { articleRowId } from './ids';

export type Params = Record<string, string | number>;

export interface SqlFragment {
  sql: string;
  params: Params;
}

/** Limits the relations to some entities: touching any of them, or with both ends among them. */
export interface RelationScope {
  touching?: readonly number[];
  within?: readonly number[];
}

export interface FilteredRelationRow {
  id: number;
  source_id: number;
  target_id: number;
  type: RelationType;
  /** Null when no filter needed the evidence (then every stored relation has at least one). */
  evidence_count: number | null;
}

export function allowedRelationTypes(f: GraphFilters): RelationType[] {
  const types = new Set<RelationType>(f.relationTypes ?? RELATION_TYPES);
  if (f.includeCoMentions) types.add(CO_MENTIONED);
  return [...types];
}

export function needsEvidence(f: GraphFilters): boolean {
  return Boolean(f.langs || f.articleIds || f.dateFrom || f.dateTo || f.minEvidence);
}

/** Conditions on an `articles` row aliased `a`, or null when no article filter is set. */
export function articleConditions(f: GraphFilters, params: Params): string[] {
  const where: string[] = [];
  if (f.langs) {
    params.langs = JSON.stringify(f.langs);
    where.push('a.lang IN (SELECT value FROM json_each(@langs))');
  }
  if (f.articleIds) {
    params.articleIds = JSON.stringify(f.articleIds.map(articleRowId));
    where.push('a.id IN (SELECT value FROM json_each(@articleIds))');
  }
  // Dates are stored as ISO strings, possibly with a time; the day is what the filter compares.
  if (f.dateFrom) {
    params.dateFrom = f.dateFrom;
    where.push('substr(a.date, 1, 10) >= @dateFrom');
  }
  if (f.dateTo) {
    params.dateTo = f.dateTo;
    where.push('substr(a.date, 1, 10) <= @dateTo');
  }
  return where;
}

function entityConditions(f: GraphFilters, params: Params): string[] {
  const where = ['s.suppressed = 0', 't.suppressed = 0'];
  if (f.entityTypes) {
    params.entityTypes = JSON.stringify(f.entityTypes);
    where.push('s.type IN (SELECT value FROM json_each(@entityTypes))', 't.type IN (SELECT value FROM json_each(@entityTypes))');
  }
  return where;
}

function scopeConditions(scope: RelationScope, params: Params): string[] {
  const where: string[] = [];
  if (scope.touching) {
    params.touching = JSON.stringify(scope.touching);
    where.push(
      `r.id IN (SELECT id FROM relations WHERE source_id IN (SELECT value FROM json_each(@touching))
                UNION SELECT id FROM relations WHERE target_id IN (SELECT value FROM json_each(@touching)))`,
    );
  }
  if (scope.within) {
    // Reached from the sources through their index, the targets then checked against the list;
    // the unary + keeps SQLite from probing (source, type, target) for every pair of ids instead.
    params.within = JSON.stringify(scope.within);
    where.push(
      'r.id IN (SELECT id FROM relations WHERE source_id IN (SELECT value FROM json_each(@within)))',
      '+r.target_id IN (SELECT value FROM json_each(@within))',
    );
  }
  return where;
}

/** A SELECT of FilteredRelationRow for the relations that pass `f` within `scope`. */
export function filteredRelations(f: GraphFilters, scope: RelationScope = {}): SqlFragment {
  const params: Params = { relationTypes: JSON.stringify(allowedRelationTypes(f)) };
  const where = [
    'r.suppressed = 0',
    '+r.type IN (SELECT value FROM json_each(@relationTypes))',
    ...entityConditions(f, params),
    ...scopeConditions(scope, params),
  ];
  const join = 'JOIN entities s ON s.id = r.source_id JOIN entities t ON t.id = r.target_id';
  if (!needsEvidence(f)) {
    const sql = `SELECT r.id, r.source_id, r.target_id, r.type, NULL AS evidence_count
                 FROM relations r ${join} WHERE ${where.join(' AND ')}`;
    return { sql, params };
  }
  const articleWhere = articleConditions(f, params);
  params.minEvidence = f.minEvidence ?? 1;
  const sql = `SELECT r.id, r.source_id, r.target_id, r.type, count(*) AS evidence_count
               FROM relations r ${join}
               JOIN evidence ev ON ev.relation_id = r.id
               ${articleWhere.length ? 'JOIN articles a ON a.id = ev.article_id' : ''}
               WHERE ${[...where, ...articleWhere].join(' AND ')}
               GROUP BY r.id HAVING count(*) >= @minEvidence`;
  return { sql, params };
}

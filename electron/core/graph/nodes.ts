// The rows behind a view: entity details (label, aliases by language, mention counts) and edge
// evidence counts for a bounded set of ids. Each query takes its ids as one JSON parameter and
// reads through an index, so the cost follows the size of the view, not of the store.
import type { EntityType, Lang } from '../../../shared/domain';
import type { GraphFilters, ViewEdge, ViewNode } from '../../../shared/ipc';
import { prepare, type Db } from '../store/db';
import { articleConditions, needsEvidence, type FilteredRelationRow, type Params } from './filters';
import { entityId, relationId } from './ids';

interface EntityRow {
  id: number;
  type: EntityType;
  label: string;
}

function aliasesOf(db: Db, ids: string): Map<number, Partial<Record<Lang, string[]>>> {
  const rows = prepare(
    db,
    'SELECT entity_id, name, lang FROM aliases WHERE entity_id IN (SELECT value FROM json_each(?)) ORDER BY entity_id, lang, name',
  ).all(ids) as Array<{ entity_id: number; name: string; lang: Lang }>;
  const out = new Map<number, Partial<Record<Lang, string[]>>>();
  for (const r of rows) {
    let byLang = out.get(r.entity_id);
    if (!byLang) out.set(r.entity_id, (byLang = {}));
    (byLang[r.lang] ??= []).push(r.name);
  }
  return out;
}

/** Mentions per entity, counting only articles that pass the article filters. */
export function mentionCounts(db: Db, rowIds: readonly number[], f: GraphFilters): Map<number, number> {
  const params: Params = { ids: JSON.stringify(rowIds) };
  const where = articleConditions(f, params);
  const sql = `SELECT m.entity_id AS id, count(*) AS n FROM mentions m
               ${where.length ? 'JOIN articles a ON a.id = m.article_id' : ''}
               WHERE m.entity_id IN (SELECT value FROM json_each(@ids)) ${where.map((w) => `AND ${w}`).join(' ')}
               GROUP BY m.entity_id`;
  const rows = prepare(db, sql).all(params) as Array<{ id: number; n: number }>;
  return new Map(rows.map((r) => [r.id, r.n]));
}

/** View nodes for `rowIds`, in that order; ids with no entity row are left out. */
export function viewNodes(db: Db, rowIds: readonly number[], degrees: ReadonlyMap<number, number>, f: GraphFilters): ViewNode[] {
  const ids = JSON.stringify(rowIds);
  const rows = prepare(db, 'SELECT id, type, label FROM entities WHERE id IN (SELECT value FROM json_each(?))').all(ids) as EntityRow[];
  const byId = new Map(rows.map((r) => [r.id, r]));
  const aliases = aliasesOf(db, ids);
  const mentions = mentionCounts(db, rowIds, f);
  const nodes: ViewNode[] = [];
  for (const id of rowIds) {
    const row = byId.get(id);
    if (!row) continue;
    nodes.push({
      id: entityId(id),
      type: row.type,
      label: row.label,
      aliases: aliases.get(id) ?? {},
      mentionCount: mentions.get(id) ?? 0,
      degree: degrees.get(id) ?? 0,
    });
  }
  return nodes;
}

function evidenceCounts(db: Db, relationRowIds: readonly number[]): Map<number, number> {
  const rows = prepare(
    db,
    'SELECT relation_id AS id, count(*) AS n FROM evidence WHERE relation_id IN (SELECT value FROM json_each(?)) GROUP BY relation_id',
  ).all(JSON.stringify(relationRowIds)) as Array<{ id: number; n: number }>;
  return new Map(rows.map((r) => [r.id, r.n]));
}

/** View edges for filtered relation rows, counting evidence where the filter query did not. */
export function viewEdges(db: Db, rows: readonly FilteredRelationRow[], f: GraphFilters): ViewEdge[] {
  const counts = needsEvidence(f) ? null : evidenceCounts(db, rows.map((r) => r.id));
  return rows.map((r) => ({
    id: relationId(r.id),
    source: entityId(r.source_id),
    target: entityId(r.target_id),
    type: r.type,
    evidenceCount: r.evidence_count ?? counts?.get(r.id) ?? 0,
  }));
}

/** The articles that pass the article filters, or null when none is set. */
export function filteredArticleIds(db: Db, f: GraphFilters): number[] | null {
  const params: Params = {};
  const where = articleConditions(f, params);
  if (where.length === 0) return null;
  return (prepare(db, `SELECT a.id FROM articles a WHERE ${where.join(' AND ')}`).all(params) as { id: number }[]).map((r) => r.id);
}

/** How many articles pass the article filters. */
export function countArticles(db: Db, f: GraphFilters): number {
  const params: Params = {};
  const where = articleConditions(f, params);
  const sql = `SELECT count(*) AS n FROM articles a ${where.length ? `WHERE ${where.join(' AND ')}` : ''}`;
  return (prepare(db, sql).get(params) as { n: number }).n;
}

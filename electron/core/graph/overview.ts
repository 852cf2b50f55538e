// The bounded first view: the most connected entities under the filters, up to a limit, and the
// relations among them, at most MAX_OVERVIEW_EDGES of them (./backbone.ts chooses). Degrees are counted in SQL over the filtered relations, so a large store
// is never loaded whole; entities with no relation fill any remaining room by mention count, so a
// store whose extractor found entities but few relations still shows something.
import type { GraphFilters, GraphView } from '../../../shared/ipc';
import { backbone } from './backbone';
import { prepare, type Db } from '../store/db';
import { articleConditions, filteredRelations, type FilteredRelationRow, type Params } from './filters';
import { countArticles, viewEdges, viewNodes } from './nodes';

/**
 * The overview's relations beyond this are left out (the view says it is truncated): with its
 * entities, about the 1–2k elements a first view can lay out and draw at once.
 */
export const MAX_OVERVIEW_EDGES = 1500;

interface Ranked {
  id: number;
  degree: number;
}

function topByDegree(db: Db, f: GraphFilters, limit: number): { top: Ranked[]; nodes: number; edges: number } {
  const rel = filteredRelations(f);
  // One pass over the filtered relations gives the ranking and both totals.
  const sql = `WITH rel AS MATERIALIZED (${rel.sql}),
               deg AS MATERIALIZED (SELECT id, count(*) AS degree FROM
                 (SELECT source_id AS id FROM rel UNION ALL SELECT target_id FROM rel WHERE target_id != source_id) GROUP BY id)
               SELECT id, degree, (SELECT count(*) FROM deg) AS nodes, (SELECT count(*) FROM rel) AS edges
               FROM deg ORDER BY degree DESC, id LIMIT @limit`;
  const rows = prepare(db, sql).all({ ...rel.params, limit }) as Array<Ranked & { nodes: number; edges: number }>;
  return { top: rows.map(({ id, degree }) => ({ id, degree })), nodes: rows[0]?.nodes ?? 0, edges: rows[0]?.edges ?? 0 };
}

/** Entities outside `exclude` that pass the type and article filters, most mentioned first. */
function topByMentions(db: Db, f: GraphFilters, exclude: readonly number[], limit: number): Ranked[] {
  const params: Params = { exclude: JSON.stringify(exclude), limit };
  const where = ['e.suppressed = 0', 'e.id NOT IN (SELECT value FROM json_each(@exclude))'];
  if (f.entityTypes) {
    params.entityTypes = JSON.stringify(f.entityTypes);
    where.push('e.type IN (SELECT value FROM json_each(@entityTypes))');
  }
  const articleWhere = articleConditions(f, params);
  const sql = `SELECT e.id, 0 AS degree, count(*) AS mentions FROM entities e JOIN mentions m ON m.entity_id = e.id
               ${articleWhere.length ? 'JOIN articles a ON a.id = m.article_id' : ''}
               WHERE ${[...where, ...articleWhere].join(' AND ')}
               GROUP BY e.id ORDER BY mentions DESC, e.id LIMIT @limit`;
  return prepare(db, sql).all(params) as Ranked[];
}

export function overview(db: Db, f: GraphFilters, limit: number): GraphView {
  const { top, nodes, edges } = topByDegree(db, f, limit);
  const filler = top.length < limit ? topByMentions(db, f, top.map((r) => r.id), limit - top.length) : [];
  const ranked = [...top, ...filler];
  const ids = ranked.map((r) => r.id);
  const rel = filteredRelations(f, { within: ids });
  const rows = prepare(db, rel.sql).all(rel.params) as FilteredRelationRow[];
  const among = viewEdges(db, rows, f);
  return {
    nodes: viewNodes(db, ids, new Map(ranked.map((r) => [r.id, r.degree])), f),
    edges: backbone(among, MAX_OVERVIEW_EDGES),
    totals: { nodes: nodes + filler.length, edges, articles: countArticles(db, f) },
    truncated: nodes > top.length || among.length > MAX_OVERVIEW_EDGES,
  };
}

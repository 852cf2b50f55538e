// The entities within `depth` relations of some seed entities, and every filtered relation among
// them (an ego network, not only the paths walked). The walk runs in SQL one ring at a time from
// the indexed ends of the relations; when a ring would overflow the limit, the neighbours linked
// to the most of the walked set are kept first, and the view says it was truncated.
import type { GraphFilters, GraphView } from '../../../shared/ipc';
import { prepare, type Db } from '../store/db';
import { filteredRelations, type FilteredRelationRow } from './filters';
import { countArticles, viewEdges, viewNodes } from './nodes';

function relationsTouching(db: Db, f: GraphFilters, ids: readonly number[]): FilteredRelationRow[] {
  const rel = filteredRelations(f, { touching: ids });
  return prepare(db, rel.sql).all(rel.params) as FilteredRelationRow[];
}

/** The next ring's entities, the most linked first. */
function nextRing(rows: readonly FilteredRelationRow[], seen: ReadonlySet<number>): number[] {
  const links = new Map<number, number>();
  for (const r of rows) {
    for (const end of [r.source_id, r.target_id]) if (!seen.has(end)) links.set(end, (links.get(end) ?? 0) + 1);
  }
  return [...links.entries()].sort((a, b) => b[1] - a[1] || a[0] - b[0]).map(([id]) => id);
}

/** Degrees in the whole filtered graph of the given entities. */
export function degreesOf(db: Db, f: GraphFilters, ids: readonly number[]): Map<number, number> {
  const wanted = new Set(ids);
  const degrees = new Map<number, number>();
  for (const r of relationsTouching(db, f, ids)) {
    for (const end of r.source_id === r.target_id ? [r.source_id] : [r.source_id, r.target_id]) {
      if (wanted.has(end)) degrees.set(end, (degrees.get(end) ?? 0) + 1);
    }
  }
  return degrees;
}

export function neighbourhood(db: Db, seeds: readonly number[], depth: number, f: GraphFilters, limit: number): GraphView {
  const seen = new Set(seeds.slice(0, limit));
  let frontier = [...seen];
  let truncated = seeds.length > limit;
  let left = 0;
  for (let ring = 0; ring < depth && frontier.length > 0 && !truncated; ring++) {
    const candidates = nextRing(relationsTouching(db, f, frontier), seen);
    const room = limit - seen.size;
    if (candidates.length > room) [truncated, left] = [true, candidates.length - room];
    frontier = candidates.slice(0, Math.max(0, room));
    for (const id of frontier) seen.add(id);
  }
  const ids = [...seen];
  const rel = filteredRelations(f, { within: ids });
  const rows = prepare(db, rel.sql).all(rel.params) as FilteredRelationRow[];
  const nodes = viewNodes(db, ids, degreesOf(db, f, ids), f);
  return {
    nodes,
    edges: viewEdges(db, rows, f),
    totals: { nodes: nodes.length + left, edges: rows.length, articles: countArticles(db, f) },
    truncated,
  };
}

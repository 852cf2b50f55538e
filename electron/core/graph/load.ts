// The filtered store as a graphology graph, for the algorithms that need the whole structure
// (shortest paths, centralities, communities). Relations are undirected edges here, since "how is
// A connected to B" and "who is central" read them both ways; each edge keeps the stored
// direction in its attributes. Parallel relations of different types stay separate edges.
import { MultiUndirectedGraph } from 'graphology';
import type { EntityType, RelationType } from '../../../shared/domain';
import type { GraphFilters } from '../../../shared/ipc';
import { prepare, type Db } from '../store/db';
import { filteredRelations, type FilteredRelationRow, type RelationScope } from './filters';
import { entityId, relationId } from './ids';

export interface NodeAttributes {
  type: EntityType;
  label: string;
}

export interface EdgeAttributes {
  type: RelationType;
  /** The stored direction (symmetric types: the smaller id first). */
  from: string;
  to: string;
  /** Evidence in matching articles; null when no filter needed it counted. */
  evidenceCount: number | null;
}

export type KgGraph = MultiUndirectedGraph<NodeAttributes, EdgeAttributes>;

export function loadGraph(db: Db, f: GraphFilters, scope: RelationScope = {}): KgGraph {
  const rel = filteredRelations(f, scope);
  const rows = prepare(db, rel.sql).all(rel.params) as FilteredRelationRow[];
  const ends = new Set<number>();
  for (const r of rows) ends.add(r.source_id).add(r.target_id);
  const entities = prepare(db, 'SELECT id, type, label FROM entities WHERE id IN (SELECT value FROM json_each(?))').all(
    JSON.stringify([...ends]),
  ) as Array<{ id: number; type: EntityType; label: string }>;
  const graph: KgGraph = new MultiUndirectedGraph({ allowSelfLoops: true });
  for (const e of entities) graph.addNode(entityId(e.id), { type: e.type, label: e.label });
  for (const r of rows) {
    const from = entityId(r.source_id);
    const to = entityId(r.target_id);
    graph.addEdgeWithKey(relationId(r.id), from, to, { type: r.type, from, to, evidenceCount: r.evidence_count });
  }
  return graph;
}

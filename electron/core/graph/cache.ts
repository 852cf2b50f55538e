// Loaded graphs kept between calls, so that a path query and a metric over the same filters load
// the store once. An entry is valid while SQLite's `data_version` for the connection is unchanged
// (it moves whenever another connection, such as the import worker, commits) and the connection
// itself has changed no row (`total_changes()`, e.g. relabelled entities).
import type { GraphFilters } from '../../../shared/ipc';
import { prepare, type Db } from '../store/db';
import { loadGraph, type KgGraph } from './load';

export interface GraphCache {
  get(db: Db, filters: GraphFilters): KgGraph;
}

export function createGraphCache(size = 4): GraphCache {
  const byDb = new WeakMap<Db, { version: string; graphs: Map<string, KgGraph> }>();
  return {
    get(db, filters) {
      const version = `${db.pragma('data_version', { simple: true }) as number}:${(prepare(db, 'SELECT total_changes() AS n').get() as { n: number }).n}`;
      let entry = byDb.get(db);
      if (!entry || entry.version !== version) byDb.set(db, (entry = { version, graphs: new Map() }));
      const key = JSON.stringify(filters, Object.keys(filters).sort());
      let graph = entry.graphs.get(key);
      if (graph) {
        entry.graphs.delete(key);
      } else {
        graph = loadGraph(db, filters);
        if (entry.graphs.size >= size) entry.graphs.delete(entry.graphs.keys().next().value!);
      }
      entry.graphs.set(key, graph);
      return graph;
    },
  };
}

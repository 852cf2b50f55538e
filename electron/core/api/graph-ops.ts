// The graph operations: the bounded overview and neighbourhood views come straight from SQL;
// paths and metrics run on a loaded graphology graph, cached per filters (../graph/cache.ts).
import { KgError } from '../../../shared/errors';
import { type Metric, type MetricsResult } from '../../../shared/ipc';
import { communities, computeMetric, induced, shortestPath } from '../graph/algorithms';
import { createGraphCache } from '../graph/cache';
import { entityRowId } from '../graph/ids';
import { neighbourhood } from '../graph/neighbourhood';
import { overview } from '../graph/overview';
import { prepare, type Db } from '../store/db';
import type { ApiContext } from './context';
import type { Implementations } from './define';

type GraphOps = Pick<Implementations, 'graph:overview' | 'graph:neighbourhood' | 'graph:path' | 'graph:metrics'>;

/** Betweenness is O(nodes × edges): past this size it must be asked for a view's nodes. */
export const MAX_BETWEENNESS_NODES = 3000;

export function assertEntitiesExist(db: Db, ids: readonly string[]): number[] {
  const rowIds = ids.map(entityRowId);
  const found = prepare(db, 'SELECT id FROM entities WHERE id IN (SELECT value FROM json_each(?))').all(JSON.stringify(rowIds)) as Array<{
    id: number;
  }>;
  const known = new Set(found.map((r) => r.id));
  const missing = ids.filter((_, i) => !known.has(rowIds[i]!));
  if (missing.length) throw new KgError('NOT_FOUND', `No entity ${missing.slice(0, 5).join(', ')}`);
  return rowIds;
}

export function graphOps(ctx: ApiContext): GraphOps {
  const cache = createGraphCache();
  return {
    'graph:overview': ({ filters, limit }) => overview(ctx.store().db, filters, limit),
    'graph:neighbourhood': ({ entityIds, depth, filters, limit }) => {
      const { db } = ctx.store();
      return neighbourhood(db, assertEntitiesExist(db, entityIds), depth, filters, limit);
    },
    'graph:path': ({ from, to, filters }) => {
      const { db } = ctx.store();
      assertEntitiesExist(db, [from, to]);
      return shortestPath(cache.get(db, filters), from, to);
    },
    'graph:metrics': ({ nodeIds, metric, community, filters }) => {
      const whole = cache.get(ctx.store().db, filters);
      const graph = nodeIds ? induced(whole, nodeIds) : whole;
      assertAffordable(metric, graph.order);
      const result: MetricsResult = { metric, values: computeMetric(graph, metric) };
      if (community) result.communities = communities(graph);
      // Asked-for entities without any filtered relation are not in the loaded graph: they score 0
      // and each is a community of its own.
      let next = Math.max(-1, ...Object.values(result.communities ?? {})) + 1;
      for (const id of nodeIds ?? []) {
        if (graph.hasNode(id)) continue;
        result.values[id] = 0;
        if (result.communities) result.communities[id] = next++;
      }
      return result;
    },
  };
}

function assertAffordable(metric: Metric, order: number): void {
  if (metric === 'betweenness' && order > MAX_BETWEENNESS_NODES) {
    throw new KgError('INVALID_INPUT', `Betweenness over ${order} entities would take too long; pass the view's nodeIds (at most ${MAX_BETWEENNESS_NODES}).`);
  }
}

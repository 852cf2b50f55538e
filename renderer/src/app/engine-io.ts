// The explorer's reads and writes to the engine that are not user actions: answering a view
// source under the filters, loading stored positions, and saving positions (debounced, so a
// drag or a layout writes once, not per frame).
import type { GraphFilters, GraphView } from '../../../shared/ipc';
import type { Point } from '../graph/mapper';
import { call } from '../lib/api';
import { debounce } from '../lib/timing';
import type { Source } from './working-set';

export function fetchSource(source: Source, filters: GraphFilters): Promise<GraphView> {
  switch (source.kind) {
    case 'overview':
      return call('graph:overview', { filters });
    case 'neighbourhood':
      return call('graph:neighbourhood', { entityIds: source.ids, depth: source.depth, filters });
    case 'entities':
      // A neighbourhood whose limit is the seeds themselves: exactly these entities and the relations among them.
      return call('graph:neighbourhood', { entityIds: source.ids, depth: 1, filters, limit: source.ids.length });
  }
}

export async function loadPositions(ids: readonly string[]): Promise<Map<string, Point>> {
  if (ids.length === 0) return new Map();
  const { positions } = await call('layout:load', { entityIds: [...ids] });
  return new Map(Object.entries(positions));
}

export class PositionSaver {
  private pending = new Map<string, Point>();
  private readonly flush = debounce(() => {
    const positions = Object.fromEntries(this.pending);
    this.pending = new Map();
    if (Object.keys(positions).length === 0) return;
    call('layout:save', { positions }).catch(() => {
      // Positions are a convenience; a failed save must not interrupt the analyst.
    });
  }, 800);

  save(positions: ReadonlyMap<string, Point>): void {
    for (const [id, p] of positions) if (Number.isFinite(p.x) && Number.isFinite(p.y)) this.pending.set(id, { x: p.x, y: p.y });
    this.flush();
  }
}

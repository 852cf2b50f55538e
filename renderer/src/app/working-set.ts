// The view state: which engine queries built the view (its sources), the entities and relations
// they returned, what the analyst hid or pinned, and where every node sits. Immutable: every
// operation returns a new WorkingSet, so undo keeps references and filters can re-run the
// sources without losing hides, pins or positions. Pure; the view syncs Cytoscape from it.
import type { GraphView, ViewEdge, ViewNode } from '../../../shared/ipc';
import type { Point } from '../graph/mapper';

export type Source =
  /** The engine's bounded default view; its size limit is the engine's default. */
  | { kind: 'overview' }
  | { kind: 'neighbourhood'; ids: string[]; depth: number }
  /** Exactly these entities and the relations among them (a path, a search pick). */
  | { kind: 'entities'; ids: string[] };

export interface WorkingSet {
  sources: readonly Source[];
  nodes: ReadonlyMap<string, ViewNode>;
  edges: ReadonlyMap<string, ViewEdge>;
  hidden: ReadonlySet<string>;
  pinned: ReadonlySet<string>;
  positions: ReadonlyMap<string, Point>;
  totals: GraphView['totals'] | null;
  truncated: boolean;
}

export const EMPTY: WorkingSet = {
  sources: [],
  nodes: new Map(),
  edges: new Map(),
  hidden: new Set(),
  pinned: new Set(),
  positions: new Map(),
  totals: null,
  truncated: false,
};

/** The union of several engine answers; later answers refresh the data of earlier ones. */
export function mergeViews(views: readonly GraphView[]): Pick<WorkingSet, 'nodes' | 'edges' | 'totals' | 'truncated'> {
  const nodes = new Map<string, ViewNode>();
  const edges = new Map<string, ViewEdge>();
  for (const v of views) {
    for (const n of v.nodes) nodes.set(n.id, n);
    for (const e of v.edges) edges.set(e.id, e);
  }
  const first = views[0];
  return { nodes, edges, totals: first ? first.totals : null, truncated: views.some((v) => v.truncated) };
}

/** Replaces the data with the answers to `sources` (after a filter change or an import). */
export function refresh(ws: WorkingSet, sources: readonly Source[], views: readonly GraphView[]): WorkingSet {
  return { ...ws, sources, ...mergeViews(views) };
}

/** Adds one more source and its answer; what was there stays (an expansion, a search pick). */
export function extend(ws: WorkingSet, source: Source, view: GraphView): WorkingSet {
  const merged = mergeViews([{ nodes: [...ws.nodes.values()], edges: [...ws.edges.values()], totals: ws.totals ?? view.totals, truncated: ws.truncated }, view]);
  const hidden = new Set(ws.hidden);
  for (const n of view.nodes) hidden.delete(n.id);
  return { ...ws, ...merged, totals: ws.totals ?? view.totals, sources: [...ws.sources, source], hidden };
}

export function hide(ws: WorkingSet, ids: Iterable<string>): WorkingSet {
  const hidden = new Set(ws.hidden);
  for (const id of ids) if (ws.nodes.has(id)) hidden.add(id);
  return { ...ws, hidden };
}

export function showAll(ws: WorkingSet): WorkingSet {
  return { ...ws, hidden: new Set() };
}

/** Hides everything except `keep`. */
export function focusOn(ws: WorkingSet, keep: ReadonlySet<string>): WorkingSet {
  const hidden = new Set<string>();
  for (const id of ws.nodes.keys()) if (!keep.has(id)) hidden.add(id);
  return { ...ws, hidden };
}

export function setPinned(ws: WorkingSet, ids: Iterable<string>, pinned: boolean): WorkingSet {
  const next = new Set(ws.pinned);
  for (const id of ids) {
    if (pinned) next.add(id);
    else next.delete(id);
  }
  return { ...ws, pinned: next };
}

export function withPositions(ws: WorkingSet, positions: ReadonlyMap<string, Point>): WorkingSet {
  const next = new Map(ws.positions);
  for (const [id, p] of positions) next.set(id, p);
  return { ...ws, positions: next };
}

export function visibleNodes(ws: WorkingSet): ViewNode[] {
  return [...ws.nodes.values()].filter((n) => !ws.hidden.has(n.id));
}

export function visibleEdges(ws: WorkingSet): ViewEdge[] {
  return [...ws.edges.values()].filter((e) => !ws.hidden.has(e.source) && !ws.hidden.has(e.target) && ws.nodes.has(e.source) && ws.nodes.has(e.target));
}

/** Neighbours of `ids` within the working set (visible or not). */
export function neighboursOf(ws: WorkingSet, ids: ReadonlySet<string>): Set<string> {
  const out = new Set<string>();
  for (const e of ws.edges.values()) {
    if (ids.has(e.source)) out.add(e.target);
    if (ids.has(e.target)) out.add(e.source);
  }
  return out;
}

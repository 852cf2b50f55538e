// The messages between the UI thread and the layout worker. Graphs travel as typed arrays
// (ids once, coordinates and edge endpoints as numbers) so that a 5,000-node layout is one cheap
// structured clone each way, with the coordinate buffers transferred rather than copied back.

export const LAYOUT_NAMES = ['fcose', 'fa2', 'concentric', 'breadthfirst', 'grid'] as const;
export type LayoutName = (typeof LAYOUT_NAMES)[number];

export interface LayoutRequest {
  name: LayoutName;
  ids: string[];
  /** Current coordinates; NaN where a node has none yet. */
  x: Float64Array;
  y: Float64Array;
  /** 1 for nodes that must not move (pinned, or already placed in an incremental run). */
  fixed: Uint8Array;
  /** Node diameters, so force layouts keep big nodes apart. */
  sizes: Float64Array;
  /** Estimated label widths in model units (0 = none), so fcose leaves room for labels. */
  labelWidths?: Float64Array;
  /** Edge endpoints as indices into `ids`: source0, target0, source1, target1, ... */
  edges: Uint32Array;
  /** Evidence count per edge, used as the attraction weight. */
  weights: Float64Array;
  /** Start from the current coordinates instead of from scratch. */
  incremental: boolean;
  /** Concentric rings and breadth-first roots rank nodes by this (a centrality); optional. */
  rank?: Float64Array;
  /** ForceAtlas2 iterations; chosen by graph size when absent. */
  iterations?: number;
  /** ForceAtlas2 stops after this long even short of its iterations; chosen by size when absent. */
  budgetMs?: number;
}

export interface LayoutResult {
  x: Float64Array;
  y: Float64Array;
  ms: number;
}

export type WorkerRequest =
  | { jobId: number; request: LayoutRequest }
  /** Sent once, as soon as the worker is created; answered with `{ ready: true }`. */
  | { hello: true };
export type WorkerReply =
  | { jobId: number; ok: true; result: LayoutResult }
  | { jobId: number; ok: false; message: string }
  /** The answer to `hello`: from now on a posted request reaches the worker at once. */
  | { ready: true };

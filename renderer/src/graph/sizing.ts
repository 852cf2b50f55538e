// Node size from a centrality value (degree, PageRank, betweenness from `graph:metrics`, or the
// degree the view already carries). Area, not diameter, is proportional to the value so that a
// node twice as central looks twice as big rather than four times; the range is clamped so that
// leaves stay clickable and hubs do not swallow the screen.

export interface SizeRange {
  min: number;
  max: number;
}

export const DEFAULT_SIZE_RANGE: SizeRange = { min: 18, max: 60 };

export function sizesFromValues(values: Readonly<Record<string, number>> | ReadonlyMap<string, number>, range: SizeRange = DEFAULT_SIZE_RANGE): Map<string, number> {
  const entries = values instanceof Map ? [...values.entries()] : Object.entries(values);
  let lo = Infinity;
  let hi = -Infinity;
  for (const [, v] of entries) {
    if (!Number.isFinite(v)) continue;
    lo = Math.min(lo, v);
    hi = Math.max(hi, v);
  }
  const out = new Map<string, number>();
  const span = hi - lo;
  for (const [id, v] of entries) {
    const t = Number.isFinite(v) && span > 0 ? (v - lo) / span : 0;
    out.set(id, Math.round((range.min + Math.sqrt(t) * (range.max - range.min)) * 10) / 10);
  }
  return out;
}

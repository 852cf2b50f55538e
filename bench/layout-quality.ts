// Sanity figures for a layout, so that a faster layout cannot pass by being a worse one: how long
// edges are against the typical distance between any two nodes (about 1 for a random placement,
// well under 1 when connected nodes sit together), and how many nodes lie on top of another.
import { median } from './median';

export interface LayoutQuality {
  /** Median edge length over the median distance between random node pairs. */
  edgeRatio: number;
  /** Percentage of nodes with another node closer than `pileDistance`. */
  piledPct: number;
}

/** Limits the render bench holds a layout to. */
export const QUALITY_LIMITS = { edgeRatio: 0.5, piledPct: 15 } as const;


function randomPairDistances(x: readonly number[], y: readonly number[], samples: number): number[] {
  let state = 12_345;
  const pick = (): number => (state = (state * 1_103_515_245 + 12_345) % 2_147_483_648) % x.length;
  const out: number[] = [];
  for (let k = 0; k < samples; k++) {
    const i = pick();
    const j = pick();
    if (i !== j) out.push(Math.hypot((x[i] as number) - (x[j] as number), (y[i] as number) - (y[j] as number)));
  }
  return out;
}

/** Nodes with a neighbour closer than `d`, found through a grid of cells `d` wide. */
function piled(x: readonly number[], y: readonly number[], d: number): number {
  const cells = new Map<string, number[]>();
  const key = (cx: number, cy: number): string => `${cx}:${cy}`;
  x.forEach((px, i) => {
    const k = key(Math.floor(px / d), Math.floor((y[i] as number) / d));
    const list = cells.get(k);
    if (list) list.push(i);
    else cells.set(k, [i]);
  });
  let count = 0;
  x.forEach((px, i) => {
    const py = y[i] as number;
    const cx = Math.floor(px / d);
    const cy = Math.floor(py / d);
    let near = false;
    for (let dx = -1; dx <= 1 && !near; dx++) {
      for (let dy = -1; dy <= 1 && !near; dy++) {
        near = (cells.get(key(cx + dx, cy + dy)) ?? []).some((j) => j !== i && Math.hypot((x[j] as number) - px, (y[j] as number) - py) < d);
      }
    }
    if (near) count++;
  });
  return count;
}

export function layoutQuality(x: readonly number[], y: readonly number[], edges: readonly number[], pileDistance = 5): LayoutQuality {
  const lengths: number[] = [];
  for (let k = 0; k + 1 < edges.length; k += 2) {
    const s = edges[k] as number;
    const t = edges[k + 1] as number;
    lengths.push(Math.hypot((x[s] as number) - (x[t] as number), (y[s] as number) - (y[t] as number)));
  }
  const typical = median(randomPairDistances(x, y, 20_000));
  return {
    edgeRatio: typical > 0 ? median(lengths) / typical : Infinity,
    piledPct: x.length === 0 ? 0 : (100 * piled(x, y, pileDistance)) / x.length,
  };
}

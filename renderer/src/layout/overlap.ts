// Pushes overlapping nodes apart after a force layout. ForceAtlas2 stopped early on a large view
// leaves dense communities with nodes on top of one another; a few passes over a grid of cells as
// wide as the largest node separate them (two nodes closer than their radii plus a gap each move
// half the shortfall apart, a fixed node not at all) without disturbing the overall picture.
// Linear in the number of nodes per pass, so it costs milliseconds where more iterations would
// cost seconds.

export const OVERLAP_GAP = 4;

interface Grid {
  cell: number;
  cells: Map<number, number[]>;
}

function cellKey(cx: number, cy: number): number {
  return (cx + 32_768) * 65_536 + (cy + 32_768);
}

function buildGrid(x: Float64Array, y: Float64Array, cell: number): Grid {
  const cells = new Map<number, number[]>();
  for (let i = 0; i < x.length; i++) {
    const k = cellKey(Math.floor((x[i] as number) / cell), Math.floor((y[i] as number) / cell));
    const list = cells.get(k);
    if (list) list.push(i);
    else cells.set(k, [i]);
  }
  return { cell, cells };
}

/** One pass; returns how many pairs overlapped. */
function separatePass(x: Float64Array, y: Float64Array, radius: Float64Array, fixed: Uint8Array, grid: Grid): number {
  let overlaps = 0;
  for (const [key, members] of grid.cells) {
    const cx = Math.floor(key / 65_536) - 32_768;
    const cy = (key % 65_536) - 32_768;
    for (let dx = 0; dx <= 1; dx++) {
      for (let dy = dx === 0 ? 0 : -1; dy <= 1; dy++) {
        const other = dx === 0 && dy === 0 ? members : grid.cells.get(cellKey(cx + dx, cy + dy));
        if (other) overlaps += separateLists(x, y, radius, fixed, members, other, other === members);
      }
    }
  }
  return overlaps;
}

function separateLists(x: Float64Array, y: Float64Array, radius: Float64Array, fixed: Uint8Array, a: number[], b: number[], same: boolean): number {
  let overlaps = 0;
  for (let p = 0; p < a.length; p++) {
    const i = a[p] as number;
    for (let q = same ? p + 1 : 0; q < b.length; q++) {
      const j = b[q] as number;
      let ddx = (x[j] as number) - (x[i] as number);
      let ddy = (y[j] as number) - (y[i] as number);
      const want = (radius[i] as number) + (radius[j] as number) + OVERLAP_GAP;
      const d2 = ddx * ddx + ddy * ddy;
      if (d2 >= want * want) continue;
      overlaps++;
      let d = Math.sqrt(d2);
      if (d < 1e-6) {
        // Exactly on top of each other: part them along a direction that depends on the pair.
        ddx = Math.cos(i * 2.399 + j);
        ddy = Math.sin(i * 2.399 + j);
        d = 1;
      }
      const wi = fixed[i] ? 0 : fixed[j] ? 1 : 0.5;
      const wj = fixed[j] ? 0 : fixed[i] ? 1 : 0.5;
      const push = (want - d) / d;
      x[i] = (x[i] as number) - ddx * push * wi;
      y[i] = (y[i] as number) - ddy * push * wi;
      x[j] = (x[j] as number) + ddx * push * wj;
      y[j] = (y[j] as number) + ddy * push * wj;
    }
  }
  return overlaps;
}

/** Moves the nodes in place so that (nearly) no two overlap; `sizes` are diameters. */
export function removeOverlaps(x: Float64Array, y: Float64Array, sizes: Float64Array, fixed: Uint8Array, passes = 30): void {
  if (x.length < 2) return;
  const radius = sizes.map((s) => s / 2);
  let largest = 0;
  for (const r of radius) largest = Math.max(largest, r);
  const cell = 2 * largest + OVERLAP_GAP;
  for (let k = 0; k < passes; k++) {
    if (separatePass(x, y, radius, fixed, buildGrid(x, y, cell)) === 0) return;
  }
}

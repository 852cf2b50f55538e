// Node positions the analyst arranged, kept per database in a small JSON file under the data
// folder (the store's schema has no table for view state). Saving merges into what is there, so
// arranging one neighbourhood does not forget another; the file is replaced atomically.
import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

export type Positions = Record<string, { x: number; y: number }>;

export interface LayoutStore {
  load(dbPath: string): Promise<Positions>;
  /** Merges `positions` into the saved ones; returns how many are saved in all. */
  save(dbPath: string, positions: Positions): Promise<number>;
}

/** Older positions are dropped first past this many, so the file stays small. */
const MAX_POSITIONS = 100_000;

export function fileLayoutStore(dir: string): LayoutStore {
  const fileOf = (dbPath: string) => join(dir, `layout-${createHash('sha256').update(dbPath).digest('hex').slice(0, 16)}.json`);

  async function load(dbPath: string): Promise<Positions> {
    try {
      const data = JSON.parse(await readFile(fileOf(dbPath), 'utf8')) as { dbPath?: string; positions?: Positions };
      return data.dbPath === dbPath && data.positions ? data.positions : {};
    } catch {
      return {};
    }
  }

  return {
    load,
    async save(dbPath, positions) {
      const merged = { ...(await load(dbPath)) };
      for (const [id, p] of Object.entries(positions)) {
        delete merged[id];
        merged[id] = { x: p.x, y: p.y };
      }
      const entries = Object.entries(merged).slice(-MAX_POSITIONS);
      await mkdir(dir, { recursive: true });
      const file = fileOf(dbPath);
      await writeFile(`${file}.tmp`, JSON.stringify({ dbPath, positions: Object.fromEntries(entries) }));
      await rename(`${file}.tmp`, file);
      return entries.length;
    },
  };
}

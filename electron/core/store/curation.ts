// The curation log: analysts' corrections (merge one entity into another, rename, suppress an
// entity or a relation), in the order they were made. Entries name entities by stable key and
// label, never by row id, because re-ingesting an article may recreate its entities under new
// ids; curation-apply.ts replays the whole log after every ingest.
import { z } from 'zod';
import { ALL_RELATION_TYPES, ENTITY_TYPES, type EntityType, type RelationType } from '../../../shared/domain';
import { KgError } from '../../../shared/errors';
import { prepare, type Db } from './db';

export interface EntityRef {
  type: EntityType;
  label: string;
  key?: string;
  /** The folded label the entity was created with, which relabelling never changes. */
  origin?: string;
}

export type Correction =
  | { action: 'merge'; from: EntityRef; into: EntityRef }
  | { action: 'rename'; entity: EntityRef; label: string }
  | { action: 'suppress_entity'; entity: EntityRef }
  | { action: 'suppress_relation'; source: EntityRef; type: RelationType; target: EntityRef };

export type CurationEntry = Correction & { id: number; createdAt: string; note: string | null };

const entityRef = z.object({
  type: z.enum(ENTITY_TYPES),
  label: z.string().min(1),
  key: z.string().min(1).optional(),
  origin: z.string().min(1).optional(),
});
const correction = z.discriminatedUnion('action', [
  z.object({ action: z.literal('merge'), from: entityRef, into: entityRef }),
  z.object({ action: z.literal('rename'), entity: entityRef, label: z.string().min(1) }),
  z.object({ action: z.literal('suppress_entity'), entity: entityRef }),
  z.object({ action: z.literal('suppress_relation'), source: entityRef, type: z.enum(ALL_RELATION_TYPES), target: entityRef }),
]);

interface CurationRow {
  id: number;
  action: string;
  payload: string;
  created_at: string;
  note: string | null;
}

export function rowToCurationEntry(row: CurationRow): CurationEntry {
  const parsed = correction.safeParse({ ...(JSON.parse(row.payload) as object), action: row.action });
  if (!parsed.success) throw new KgError('DB_ERROR', `Curation log entry ${row.id} is malformed: ${parsed.error.message}`);
  return { ...parsed.data, id: row.id, createdAt: row.created_at, note: row.note };
}

/** Appends a correction to the log (it takes effect at the next applyCurationLog). */
export function addCuration(db: Db, c: Correction, opts: { note?: string; now?: Date } = {}): number {
  const parsed = correction.safeParse(c);
  if (!parsed.success) throw new KgError('INVALID_INPUT', `Invalid correction: ${parsed.error.message}`);
  const { action, ...payload } = parsed.data;
  const { lastInsertRowid } = prepare(
    db,
    'INSERT INTO curation_log (action, payload, created_at, note) VALUES (?, ?, ?, ?)',
  ).run(action, JSON.stringify(payload), (opts.now ?? new Date()).toISOString(), opts.note ?? null);
  return Number(lastInsertRowid);
}

export function listCuration(db: Db): CurationEntry[] {
  const rows = prepare(db, 'SELECT * FROM curation_log ORDER BY id').all() as CurationRow[];
  return rows.map(rowToCurationEntry);
}

/** Withdraws a correction; its effect disappears at the next replay (merges are not undone). */
export function dropCuration(db: Db, id: number): void {
  prepare(db, 'DELETE FROM curation_log WHERE id = ?').run(id);
}

export function countCuration(db: Db): number {
  return (prepare(db, 'SELECT count(*) AS n FROM curation_log').get() as { n: number }).n;
}

// The entities table: one row per real-world thing the graph knows, with a canonical label, an
// optional stable key (iso:AZ, lex:anama) that identifies it across articles and stores, and the
// analysts' suppression flag. `label_key` is foldKey(label), kept so that the curation log can
// find an entity by label through an index. `known_label` is the English label a gazetteer gave
// the entity (its key says so), kept for when labels go back to English (./labels.ts);
// `origin_label_key` is the folded label it was created with, which relabelling never changes.
import type { EntityType } from '../../../shared/domain';
import { foldKey } from '../../../shared/text/fold';
import { idList, prepare, type Db } from './db';

export interface Entity {
  id: number;
  type: EntityType;
  label: string;
  key: string | null;
  suppressed: boolean;
}

export interface NewEntity {
  type: EntityType;
  label: string;
  key?: string | null;
}

interface EntityRow {
  id: number;
  type: EntityType;
  label: string;
  key: string | null;
  suppressed: number;
}

const COLUMNS = 'id, type, label, key, suppressed';

export function rowToEntity(row: EntityRow): Entity {
  return { id: row.id, type: row.type, label: row.label, key: row.key, suppressed: row.suppressed !== 0 };
}

/** Keys given by a gazetteer (countries, subdivisions, capitals, lexicon bodies and places), which also gives the English label. */
const GAZETTEER_KEY = /^(iso|lex|city|place):/;

/** Inserts an entity; throws when its key is already taken. */
export function addEntity(db: Db, e: NewEntity): number {
  const known = e.key && GAZETTEER_KEY.test(e.key) ? e.label : null;
  const labelKey = foldKey(e.label);
  const { lastInsertRowid } = prepare(
    db,
    'INSERT INTO entities (type, label, label_key, key, known_label, origin_label_key) VALUES (?, ?, ?, ?, ?, ?)',
  ).run(e.type, e.label, labelKey, e.key ?? null, known, labelKey);
  return Number(lastInsertRowid);
}

export function getEntity(db: Db, id: number): Entity | undefined {
  const row = prepare(db, `SELECT ${COLUMNS} FROM entities WHERE id = ?`).get(id) as EntityRow | undefined;
  return row && rowToEntity(row);
}

export function entityIdByKey(db: Db, key: string): number | undefined {
  const row = prepare(db, 'SELECT id FROM entities WHERE key = ?').get(key) as { id: number } | undefined;
  return row?.id;
}

/** Entities of `type` created under a label that folds to `labelKey`, whatever they are labelled now. */
export function entityIdsByOriginLabelKey(db: Db, type: EntityType, labelKey: string): number[] {
  const rows = prepare(db, 'SELECT id FROM entities WHERE type = ? AND origin_label_key = ?').all(type, labelKey) as { id: number }[];
  return rows.map((r) => r.id);
}

/** Entities of `type` whose label folds to `labelKey`. */
export function entityIdsByLabelKey(db: Db, type: EntityType, labelKey: string): number[] {
  const rows = prepare(db, 'SELECT id FROM entities WHERE type = ? AND label_key = ?').all(type, labelKey) as { id: number }[];
  return rows.map((r) => r.id);
}

export function listEntities(db: Db, opts: { includeSuppressed?: boolean } = {}): Entity[] {
  const where = opts.includeSuppressed ? '' : 'WHERE suppressed = 0';
  const rows = prepare(db, `SELECT ${COLUMNS} FROM entities ${where} ORDER BY id`).all() as EntityRow[];
  return rows.map(rowToEntity);
}

export function countEntitiesByType(db: Db): Map<EntityType, number> {
  const rows = prepare(db, 'SELECT type, count(*) AS n FROM entities GROUP BY type ORDER BY type').all() as {
    type: EntityType;
    n: number;
  }[];
  return new Map(rows.map((r) => [r.type, r.n]));
}

export function renameEntity(db: Db, id: number, label: string): void {
  prepare(db, 'UPDATE entities SET label = ?, label_key = ? WHERE id = ?').run(label, foldKey(label), id);
}

/** The folded label entity `id` was created with. */
export function originLabelKey(db: Db, id: number): string | null {
  const row = prepare(db, 'SELECT origin_label_key FROM entities WHERE id = ?').get(id) as { origin_label_key: string | null } | undefined;
  return row?.origin_label_key ?? null;
}

/** The English label a gazetteer gave entity `id`, if any. */
export function knownLabel(db: Db, id: number): string | null {
  const row = prepare(db, 'SELECT known_label FROM entities WHERE id = ?').get(id) as { known_label: string | null } | undefined;
  return row?.known_label ?? null;
}

/** Gives entity `id` a key, and the gazetteer label that came with it unless it has one. */
export function updateEntityKey(db: Db, id: number, key: string | null, known: string | null = null): void {
  prepare(db, 'UPDATE entities SET key = ?, known_label = coalesce(known_label, ?) WHERE id = ?').run(key, known, id);
}

export function setEntitySuppressed(db: Db, id: number, suppressed: boolean): void {
  prepare(db, 'UPDATE entities SET suppressed = ? WHERE id = ?').run(suppressed ? 1 : 0, id);
}

export function clearEntitySuppression(db: Db): void {
  prepare(db, 'UPDATE entities SET suppressed = 0 WHERE suppressed != 0').run();
}

/** Drops the entity row itself (its aliases cascade); its mentions and relations must be gone. */
export function dropEntity(db: Db, id: number): void {
  prepare(db, 'DELETE FROM entities WHERE id = ?').run(id);
}

/** Of `ids`, drops the entities that no mention and no relation refers to any more. */
export function dropEntitiesWithoutSupport(db: Db, ids: readonly number[]): void {
  if (ids.length === 0) return;
  prepare(
    db,
    `DELETE FROM entities WHERE id IN (SELECT value FROM json_each(?))
       AND NOT EXISTS (SELECT 1 FROM mentions WHERE entity_id = entities.id)
       AND NOT EXISTS (SELECT 1 FROM relations WHERE source_id = entities.id)
       AND NOT EXISTS (SELECT 1 FROM relations WHERE target_id = entities.id)`,
  ).run(idList(ids));
}

// The relations table: one row per (source, type, target) over the whole corpus, with optional
// attributes and the analysts' suppression flag. Symmetric types are stored with the smaller
// entity id as source, so that "A meets B" and "B meets A" are one relation. A relation exists
// only while some evidence states it; see dropRelationsWithoutEvidence.
import { SYMMETRIC_RELATIONS, type RelationType } from '../../../shared/domain';
import { idList, prepare, type Db } from './db';

export interface Relation {
  id: number;
  sourceId: number;
  type: RelationType;
  targetId: number;
  attributes: Record<string, string> | null;
  suppressed: boolean;
}

export interface RelationKey {
  sourceId: number;
  type: RelationType;
  targetId: number;
}

interface RelationRow {
  id: number;
  source_id: number;
  type: RelationType;
  target_id: number;
  attributes: string | null;
  suppressed: number;
}

export function rowToRelation(row: RelationRow): Relation {
  return {
    id: row.id,
    sourceId: row.source_id,
    type: row.type,
    targetId: row.target_id,
    attributes: row.attributes === null ? null : (JSON.parse(row.attributes) as Record<string, string>),
    suppressed: row.suppressed !== 0,
  };
}

/** The stored orientation of a relation: symmetric types source from the smaller id. */
export function normalizeRelation(key: RelationKey): RelationKey {
  if (SYMMETRIC_RELATIONS.has(key.type) && key.sourceId > key.targetId) {
    return { sourceId: key.targetId, type: key.type, targetId: key.sourceId };
  }
  return key;
}

/** Inserts the relation or, when it exists, merges `attributes` into it. Returns its id. */
export function mergeRelation(db: Db, key: RelationKey, attributes?: Record<string, string>): number {
  const k = normalizeRelation(key);
  // Look before writing: most mentions of a relation restate one already stored, and an
  // upsert would rewrite its row every time.
  const existing = prepare(db, 'SELECT id FROM relations WHERE source_id = ? AND type = ? AND target_id = ?').get(
    k.sourceId,
    k.type,
    k.targetId,
  ) as { id: number } | undefined;
  const json = attributes && Object.keys(attributes).length > 0 ? JSON.stringify(attributes) : null;
  if (!existing) {
    const { lastInsertRowid } = prepare(db, 'INSERT INTO relations (source_id, type, target_id, attributes) VALUES (?, ?, ?, ?)').run(
      k.sourceId,
      k.type,
      k.targetId,
      json,
    );
    return Number(lastInsertRowid);
  }
  if (json !== null) {
    prepare(db, "UPDATE relations SET attributes = json_patch(coalesce(attributes, '{}'), ?) WHERE id = ?").run(json, existing.id);
  }
  return existing.id;
}

export function findRelation(db: Db, key: RelationKey): Relation | undefined {
  const k = normalizeRelation(key);
  const row = prepare(db, 'SELECT * FROM relations WHERE source_id = ? AND type = ? AND target_id = ?').get(
    k.sourceId,
    k.type,
    k.targetId,
  ) as RelationRow | undefined;
  return row && rowToRelation(row);
}

export function relationsFrom(db: Db, entityId: number): Relation[] {
  return (prepare(db, 'SELECT * FROM relations WHERE source_id = ? ORDER BY id').all(entityId) as RelationRow[]).map(rowToRelation);
}

export function relationsTo(db: Db, entityId: number): Relation[] {
  return (prepare(db, 'SELECT * FROM relations WHERE target_id = ? ORDER BY id').all(entityId) as RelationRow[]).map(rowToRelation);
}

export function listRelations(db: Db, opts: { includeSuppressed?: boolean } = {}): Relation[] {
  const where = opts.includeSuppressed ? '' : 'WHERE suppressed = 0';
  return (prepare(db, `SELECT * FROM relations ${where} ORDER BY id`).all() as RelationRow[]).map(rowToRelation);
}

export function countRelationsByType(db: Db): Map<RelationType, number> {
  const rows = prepare(db, 'SELECT type, count(*) AS n FROM relations GROUP BY type ORDER BY type').all() as {
    type: RelationType;
    n: number;
  }[];
  return new Map(rows.map((r) => [r.type, r.n]));
}

export function setRelationSuppressed(db: Db, id: number, suppressed: boolean): void {
  prepare(db, 'UPDATE relations SET suppressed = ? WHERE id = ?').run(suppressed ? 1 : 0, id);
}

export function clearRelationSuppression(db: Db): void {
  prepare(db, 'UPDATE relations SET suppressed = 0 WHERE suppressed != 0').run();
}

/** Drops a relation and, by cascade, its evidence. */
export function dropRelation(db: Db, id: number): void {
  prepare(db, 'DELETE FROM relations WHERE id = ?').run(id);
}

/** Of `ids`, drops the relations no evidence states any more. */
export function dropRelationsWithoutEvidence(db: Db, ids: readonly number[]): void {
  if (ids.length === 0) return;
  prepare(
    db,
    `DELETE FROM relations WHERE id IN (SELECT value FROM json_each(?))
       AND NOT EXISTS (SELECT 1 FROM evidence WHERE relation_id = relations.id)`,
  ).run(idList(ids));
}

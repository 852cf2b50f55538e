// The aliases table: every surface name an entity was seen under, per language, with the two
// forms the resolver compares by (foldKey and the cross-script skeleton) and a search-index
// shadow. alias_sources records the articles each alias was read in, so that re-ingesting a
// changed article does not leave behind names that only its old version contained.
import type { EntityType, Lang } from '../../../shared/domain';
import { foldForIndex, foldKey } from '../../../shared/text/fold';
import { skeleton } from '../../../shared/text/skeleton';
import { idList, prepare, type Db } from './db';

export interface Alias {
  id: number;
  entityId: number;
  name: string;
  lang: Lang;
  folded: string;
  skeleton: string;
}

interface AliasRow {
  id: number;
  entity_id: number;
  name: string;
  lang: Lang;
  folded: string;
  skeleton: string;
}

export function rowToAlias(row: AliasRow): Alias {
  return { id: row.id, entityId: row.entity_id, name: row.name, lang: row.lang, folded: row.folded, skeleton: row.skeleton };
}

function aliasId(db: Db, entityId: number, name: string, lang: Lang): number | undefined {
  const row = prepare(db, 'SELECT id FROM aliases WHERE entity_id = ? AND name = ? AND lang = ?').get(entityId, name, lang) as
    | { id: number }
    | undefined;
  return row?.id;
}

/**
 * Adds `name` to the entity's aliases unless it is there already, and records that `articleId`
 * (when given) is one of its sources. Returns the alias id.
 */
export function mergeAlias(db: Db, entityId: number, name: string, lang: Lang, articleId?: number): number {
  let id = aliasId(db, entityId, name, lang);
  if (id === undefined) {
    const { lastInsertRowid } = prepare(
      db,
      'INSERT INTO aliases (entity_id, name, lang, folded, skeleton) VALUES (?, ?, ?, ?, ?)',
    ).run(entityId, name, lang, foldKey(name), skeleton(name));
    id = Number(lastInsertRowid);
    prepare(db, 'INSERT INTO aliases_fts (rowid, folded) VALUES (?, ?)').run(id, foldForIndex(name));
  }
  if (articleId !== undefined) {
    prepare(db, 'INSERT OR IGNORE INTO alias_sources (alias_id, article_id) VALUES (?, ?)').run(id, articleId);
  }
  return id;
}

function entityIdsWhere(db: Db, column: 'folded' | 'skeleton', type: EntityType, value: string): number[] {
  const rows = prepare(
    db,
    `SELECT DISTINCT a.entity_id AS id FROM aliases a JOIN entities e ON e.id = a.entity_id
     WHERE a.${column} = ? AND e.type = ?`,
  ).all(value, type) as { id: number }[];
  return rows.map((r) => r.id);
}

/** Entities of `type` with an alias whose foldKey is `folded` (the resolver's main lookup). */
export function entityIdsByAlias(db: Db, type: EntityType, folded: string): number[] {
  return entityIdsWhere(db, 'folded', type, folded);
}

/** Entities of `type` with an alias whose cross-script skeleton is `key`. */
export function entityIdsBySkeleton(db: Db, type: EntityType, key: string): number[] {
  return entityIdsWhere(db, 'skeleton', type, key);
}

export function aliasesOfEntity(db: Db, entityId: number): Alias[] {
  const rows = prepare(db, 'SELECT * FROM aliases WHERE entity_id = ? ORDER BY lang, name').all(entityId) as AliasRow[];
  return rows.map(rowToAlias);
}

export function listAliases(db: Db): Alias[] {
  const rows = prepare(db, 'SELECT * FROM aliases ORDER BY entity_id, lang, name').all() as AliasRow[];
  return rows.map(rowToAlias);
}

export function countAliases(db: Db): number {
  return (prepare(db, 'SELECT count(*) AS n FROM aliases').get() as { n: number }).n;
}

/**
 * Moves every alias of `fromId` onto `intoId`, with its sources; a name the target already has
 * only contributes its sources.
 */
export function moveAliases(db: Db, fromId: number, intoId: number): void {
  for (const alias of aliasesOfEntity(db, fromId)) {
    const target = mergeAlias(db, intoId, alias.name, alias.lang);
    prepare(
      db,
      'INSERT OR IGNORE INTO alias_sources (alias_id, article_id) SELECT ?, article_id FROM alias_sources WHERE alias_id = ?',
    ).run(target, alias.id);
  }
  prepare(db, 'DELETE FROM aliases WHERE entity_id = ?').run(fromId);
}

/** Of the aliases of entities `entityIds`, drops those no stored article supports any more. */
export function dropAliasesWithoutSource(db: Db, entityIds: readonly number[]): void {
  if (entityIds.length === 0) return;
  prepare(
    db,
    `DELETE FROM aliases WHERE entity_id IN (SELECT value FROM json_each(?))
       AND NOT EXISTS (SELECT 1 FROM alias_sources WHERE alias_id = aliases.id)`,
  ).run(idList(entityIds));
}

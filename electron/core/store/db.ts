// The database handle every query module takes as its first argument, and a per-connection cache
// of prepared statements. Statements are prepared on first use rather than at import time, because
// the database is opened explicitly by the caller (openStore) and may be one of several.
import type Database from 'better-sqlite3';

export type Db = Database.Database;
export type Statement = Database.Statement;

const cache = new WeakMap<Db, Map<string, Statement>>();

/** The prepared statement for `sql` on `db`, prepared once per connection. */
export function prepare(db: Db, sql: string): Statement {
  let statements = cache.get(db);
  if (!statements) {
    statements = new Map();
    cache.set(db, statements);
  }
  let statement = statements.get(sql);
  if (!statement) {
    statement = db.prepare(sql);
    statements.set(sql, statement);
  }
  return statement;
}

/**
 * Binds a list of ids as one JSON parameter, for `IN (SELECT value FROM json_each(?))`: one
 * statement whatever the list length, and never near SQLITE_MAX_VARIABLE_NUMBER.
 */
export function idList(ids: Iterable<number>): string {
  return JSON.stringify([...ids]);
}

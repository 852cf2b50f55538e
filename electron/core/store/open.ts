// Opening a knowledge store: the one place that creates a connection, sets the pragmas the rest
// of the store relies on and brings the schema up to date. Nothing opens a database at import
// time; callers open one explicitly and pass it to the query modules.
import Database from 'better-sqlite3';
import { KgError } from '../../../shared/errors';
import type { Db } from './db';
import { relabelIfPending } from './labels';
import { assertNotFromFuture, migrate, SCHEMA_VERSION, schemaVersion } from './migrations/index';

export interface OpenStoreOptions {
  /** Path to a better_sqlite3.node built for the running runtime (Electron ships its own build). */
  nativeBinding?: string;
  readonly?: boolean;
  /** Refuse to create a database that does not exist yet. */
  fileMustExist?: boolean;
}

function connect(path: string, opts: OpenStoreOptions): Db {
  try {
    return new Database(path, {
      nativeBinding: opts.nativeBinding,
      readonly: opts.readonly ?? false,
      fileMustExist: opts.fileMustExist ?? false,
    });
  } catch (err) {
    const reason = err instanceof Error ? err.message : String(err);
    throw new KgError('DB_ERROR', `Cannot open the database ${path}: ${reason}`);
  }
}

function assertReadable(db: Db, path: string): void {
  const version = schemaVersion(db);
  if (version < SCHEMA_VERSION) {
    throw new KgError('DB_ERROR', `The database ${path} needs upgrading (schema ${version} < ${SCHEMA_VERSION}); open it once for writing.`);
  }
}

/**
 * Opens (creating if needed) the store at `path`, or an in-memory store for ':memory:', and
 * migrates it. Throws KgError DB_FROM_FUTURE for a database written by a newer version, and
 * DB_ERROR when the file cannot be opened or is not a database.
 */
export function openStore(path: string, opts: OpenStoreOptions = {}): Db {
  const db = connect(path, opts);
  try {
    // Before anything else, so that nothing (not even the journal mode) changes a newer database.
    assertNotFromFuture(db);
    // WAL lets readers (the UI) work while an ingest writes; FULL makes each commit durable,
    // so that a crash loses at most the article being written.
    if (!opts.readonly) db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
    if (opts.readonly) assertReadable(db, path);
    else {
      migrate(db);
      relabelIfPending(db);
    }
    return db;
  } catch (err) {
    db.close();
    if (err instanceof KgError) throw err;
    const reason = err instanceof Error ? err.message : String(err);
    throw new KgError('DB_ERROR', `Cannot use the database ${path}: ${reason}`);
  }
}

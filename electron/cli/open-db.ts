// Opening the store for a command that reads it: a missing file is a user mistake (wrong --db,
// nothing ingested yet), said plainly instead of silently creating an empty store.
import { existsSync } from 'node:fs';
import { KgError } from '../../shared/errors';
import { openStore, type Db } from '../core/store/index';

export function openExisting(path: string): Db {
  if (!existsSync(path)) {
    throw new KgError('NOT_FOUND', `No knowledge store at ${path}. Run \`kg ingest <paths> --db ${path}\` first, or pass --db.`);
  }
  return openStore(path);
}

export async function withDb<T>(db: Db, fn: (db: Db) => Promise<T> | T): Promise<T> {
  try {
    return await fn(db);
  } finally {
    db.close();
  }
}

// The ordered registry of schema steps and the runner that brings a database up to date. The
// version lives in PRAGMA user_version; all pending steps run in one transaction, so a database
// is either at its old version or at the new one. A database written by a newer KG Explorer is
// refused rather than opened, since this version cannot know what its extra steps meant.
import { KgError } from '../../../../shared/errors';
import type { Db } from '../db';
import { coreSchema } from './001-core';
import { searchIndex } from './002-search';
import { curationLog } from './003-curation';
import { storeSettings } from './004-settings';
import type { Migration } from './types';

export type { Migration } from './types';

export const MIGRATIONS: readonly Migration[] = [coreSchema, searchIndex, curationLog, storeSettings];

export const SCHEMA_VERSION = MIGRATIONS.length;

export function schemaVersion(db: Db): number {
  return db.pragma('user_version', { simple: true }) as number;
}

export interface MigrationResult {
  from: number;
  to: number;
}

/** Throws KgError DB_FROM_FUTURE when the database was written by a newer KG Explorer. */
export function assertNotFromFuture(db: Db): number {
  const version = schemaVersion(db);
  if (version > SCHEMA_VERSION) {
    throw new KgError(
      'DB_FROM_FUTURE',
      `This database has schema version ${version}, but this KG Explorer only knows versions up to ${SCHEMA_VERSION}. ` +
        'It was written by a newer KG Explorer; open it with that version, or choose another database file.',
    );
  }
  return version;
}

/** Runs the steps after the database's version up to `target` (default: the latest). */
export function migrate(db: Db, target: number = SCHEMA_VERSION): MigrationResult {
  const from = assertNotFromFuture(db);
  const pending = MIGRATIONS.filter((m) => m.version > from && m.version <= target);
  if (pending.length === 0) return { from, to: from };
  db.transaction(() => {
    for (const step of pending) {
      step.up(db);
      db.pragma(`user_version = ${step.version}`);
    }
  })();
  return { from, to: schemaVersion(db) };
}

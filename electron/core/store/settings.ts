// The settings table: small values that belong to one store (a preference travels with the file
// it shapes). Values are strings; each reader parses and checks its own.
import { prepare, type Db } from './db';

export function getSetting(db: Db, key: string): string | null {
  const row = prepare(db, 'SELECT value FROM settings WHERE key = ?').get(key) as
    { value: string } | undefined;
  return row?.value ?? null;
}

export function dropSetting(db: Db, key: string): void {
  prepare(db, 'DELETE FROM settings WHERE key = ?').run(key);
}

export function setSetting(db: Db, key: string, value: string): void {
  prepare(
    db,
    'INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value',
  ).run(key, value);
}

import Database from 'better-sqlite3';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { KgError } from '../../../shared/errors';
import { migrate, MIGRATIONS, openStore, schemaVersion, SCHEMA_VERSION, searchArticles, searchEntities, listEntities } from './index';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'kg-migrate-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function tables(db: Database.Database): string[] {
  return (db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name").all() as { name: string }[]).map((r) => r.name);
}

describe('migrations', () => {
  it('are numbered 1..n in order', () => {
    expect(MIGRATIONS.map((m) => m.version)).toEqual(MIGRATIONS.map((_, i) => i + 1));
    expect(SCHEMA_VERSION).toBe(MIGRATIONS.length);
  });

  it('bring an empty database to the latest version', () => {
    const db = openStore(':memory:');
    expect(schemaVersion(db)).toBe(SCHEMA_VERSION);
    expect(tables(db)).toEqual(expect.arrayContaining(['articles', 'entities', 'aliases', 'mentions', 'relations', 'evidence', 'curation_log', 'articles_fts', 'aliases_fts']));
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(migrate(db)).toEqual({ from: SCHEMA_VERSION, to: SCHEMA_VERSION });
    db.close();
  });

  it('open a file database in WAL mode with synchronous=FULL', () => {
    const db = openStore(join(dir, 'kg.sqlite'));
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('synchronous', { simple: true })).toBe(2);
    db.close();
  });

  it('upgrade a version-1 database with data, backfilling the search index', () => {
    const path = join(dir, 'v1.sqlite');
    const v1 = new Database(path);
    migrate(v1, 1);
    expect(schemaVersion(v1)).toBe(1);
    v1.prepare(
      `INSERT INTO articles (id, file, path, hash, lang, encoding, byte_length, text, body_start, body_end, ingested_at, extractor)
       VALUES (1, 'a.txt', '/x/a.txt', 'h', 'fr', 'UTF-8', 30, 'Le ministère des Affaires étrangères', 0, 36, '2024-01-01', 'old@0')`,
    ).run();
    v1.prepare("INSERT INTO entities (id, type, label, label_key) VALUES (1, 'agency', 'Ministère', 'ministere')").run();
    v1.prepare("INSERT INTO aliases (entity_id, name, lang, folded, skeleton) VALUES (1, 'Ministère', 'fr', 'ministere', 'MNSTR')").run();
    v1.prepare("INSERT INTO mentions (entity_id, article_id, start, end, rule) VALUES (1, 1, 3, 12, 'r')").run();
    v1.close();

    const db = openStore(path);
    expect(schemaVersion(db)).toBe(SCHEMA_VERSION);
    expect(searchArticles(db, 'ministere').map((h) => h.file)).toEqual(['a.txt']);
    expect(searchEntities(db, 'ministere').map((h) => h.label)).toEqual(['Ministère']);
    expect(listEntities(db)).toEqual([{ id: 1, type: 'agency', label: 'Ministère', key: null, suppressed: false }]);
    db.close();
  });

  it('upgrade a version-3 database to chosen labels, keeping gazetteer labels', () => {
    const path = join(dir, 'v3.sqlite');
    const v3 = new Database(path);
    migrate(v3, 3);
    v3.prepare(
      `INSERT INTO articles (id, file, path, hash, lang, encoding, byte_length, text, body_start, body_end, ingested_at, extractor)
       VALUES (1, 'a.txt', '/x/a.txt', 'h', 'fr', 'UTF-8', 1, 'x', 0, 1, 'now', 'old@0'), (2, 'b.txt', '/x/b.txt', 'h2', 'en', 'UTF-8', 1, 'x', 0, 1, 'now', 'old@0')`,
    ).run();
    v3.exec(`INSERT INTO entities (id, type, label, label_key, key) VALUES
               (1, 'agency', 'armée arménienne', 'armee armenienne', 'inst:AM:ARMED_FORCES'),
               (2, 'country', 'Armenia', 'armenia', 'iso:AM');
             INSERT INTO aliases (id, entity_id, name, lang, folded, skeleton) VALUES
               (1, 1, 'armée arménienne', 'fr', 'armee armenienne', 'RMRMN'), (2, 1, 'Armenian Armed Forces', 'en', 'armenian armed forces', 'RMNNRMDFRCS'),
               (3, 2, 'Arménie', 'fr', 'armenie', 'RMN');
             INSERT INTO alias_sources VALUES (1, 1), (2, 2), (3, 1);`);
    v3.close();

    const db = openStore(path);
    expect(listEntities(db).map((e) => e.label)).toEqual(['Armenian Armed Forces', 'Armenia']);
    expect(db.prepare('SELECT known_label FROM entities ORDER BY id').pluck().all()).toEqual([null, 'Armenia']);
    db.close();
  });

  it('refuse a database from a newer version and leave it untouched', () => {
    const path = join(dir, 'future.sqlite');
    const future = new Database(path);
    future.pragma(`user_version = ${SCHEMA_VERSION + 1}`);
    future.close();
    let error: unknown;
    try {
      openStore(path);
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(KgError);
    expect((error as KgError).code).toBe('DB_FROM_FUTURE');
    expect((error as KgError).message).toContain(`schema version ${SCHEMA_VERSION + 1}`);
    expect(() => openStore(path, { readonly: true })).toThrow(expect.objectContaining({ code: 'DB_FROM_FUTURE' }));
    const after = new Database(path, { readonly: true });
    expect(after.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION + 1);
    expect(after.pragma('journal_mode', { simple: true })).toBe('delete');
    expect(tables(after)).toEqual([]);
    after.close();
  });

  it('roll back every step when one fails', () => {
    const db = new Database(':memory:');
    db.exec('CREATE TABLE curation_log (x)'); // makes step 3 fail after steps 1 and 2 ran
    expect(() => migrate(db)).toThrow();
    expect(schemaVersion(db)).toBe(0);
    expect(tables(db)).toEqual(['curation_log']);
    db.close();
  });

  it('report a file that is not a database as DB_ERROR', () => {
    const path = join(dir, 'junk.sqlite');
    writeFileSync(path, 'this is not a database, just some text that is long enough '.repeat(20));
    expect(() => openStore(path)).toThrow(expect.objectContaining({ code: 'DB_ERROR' }));
  });

  it('pass nativeBinding through to better-sqlite3', () => {
    const binding = createRequire(import.meta.url).resolve('better-sqlite3/build/Release/better_sqlite3.node');
    const db = openStore(':memory:', { nativeBinding: binding });
    expect(schemaVersion(db)).toBe(SCHEMA_VERSION);
    db.close();
    expect(() => openStore(':memory:', { nativeBinding: join(dir, 'missing.node') })).toThrow(expect.objectContaining({ code: 'DB_ERROR' }));
  });
});

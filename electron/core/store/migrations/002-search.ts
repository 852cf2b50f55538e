// Schema version 2: full-text search over article text and entity aliases. The index holds a
// shadow of each text produced by foldForIndex (Arabic harakat, letter variants and clitics folded
// away, which unicode61 alone cannot do), never the text itself: the tables are contentless and
// snippets are cut from the stored article. Rows leave the index through triggers, so cascaded
// deletes keep it in step; rows enter it from the query modules, which compute the folded text.
import { foldForIndex } from '../../../../shared/text/fold';
import type { Db } from '../db';
import type { Migration } from './types';

function ftsTable(name: string): string {
  return `CREATE VIRTUAL TABLE ${name} USING fts5 (
    folded,
    content = '',
    contentless_delete = 1,
    tokenize = "unicode61 remove_diacritics 2",
    prefix = '2 3'
  );`;
}

const SQL = `
${ftsTable('articles_fts')}
${ftsTable('aliases_fts')}
CREATE TRIGGER articles_fts_drop AFTER DELETE ON articles BEGIN
  DELETE FROM articles_fts WHERE rowid = old.id;
END;
CREATE TRIGGER aliases_fts_drop AFTER DELETE ON aliases BEGIN
  DELETE FROM aliases_fts WHERE rowid = old.id;
END;
`;

function backfill(db: Db, table: 'articles' | 'aliases', column: string): void {
  const insert = db.prepare(`INSERT INTO ${table}_fts (rowid, folded) VALUES (?, ?)`);
  // Pages rather than iterate(): better-sqlite3 allows no write while a read is open.
  const page = db.prepare(`SELECT id, ${column} AS text FROM ${table} WHERE id > ? ORDER BY id LIMIT 500`);
  for (let last = 0; ; ) {
    const rows = page.all(last) as { id: number; text: string }[];
    if (rows.length === 0) return;
    for (const row of rows) insert.run(row.id, foldForIndex(row.text));
    last = rows[rows.length - 1]!.id;
  }
}

export const searchIndex: Migration = {
  version: 2,
  name: 'full-text search over folded article text and aliases',
  up: (db) => {
    db.exec(SQL);
    backfill(db, 'articles', 'text');
    backfill(db, 'aliases', 'name');
  },
};

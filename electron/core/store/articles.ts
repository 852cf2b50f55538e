// The articles table: each article's text exactly as stored (every offset in the store counts
// UTF-16 code units into it), its metadata, and which extractor version read it. Adding an
// article also puts its folded text in the search index; dropping one cascades to everything
// extracted from it and then collects what was left without support.
import type { Lang } from '../../../shared/domain';
import { foldForIndex } from '../../../shared/text/fold';
import { idList, prepare, type Db } from './db';
import { dropAliasesWithoutSource } from './aliases';
import { dropEntitiesWithoutSupport } from './entities';
import { dropRelationsWithoutEvidence } from './relations';

export interface Article {
  id: number;
  /** The file name: an article's identity in the store and in exported evidence. */
  file: string;
  path: string;
  /** sha256 of the stored text. */
  hash: string;
  title: string | null;
  date: string | null;
  lang: Lang;
  url: string | null;
  encoding: string;
  byteLength: number;
  text: string;
  bodyStart: number;
  bodyEnd: number;
  ingestedAt: string;
  /** `id@version` of the extractor that produced the derived rows. */
  extractor: string;
}

export type NewArticle = Omit<Article, 'id'>;
export type ArticleSummary = Omit<Article, 'text'>;

interface ArticleRow {
  id: number;
  file: string;
  path: string;
  hash: string;
  title: string | null;
  date: string | null;
  lang: Lang;
  url: string | null;
  encoding: string;
  byte_length: number;
  text?: string;
  body_start: number;
  body_end: number;
  ingested_at: string;
  extractor: string;
}

const SUMMARY_COLUMNS =
  'id, file, path, hash, title, date, lang, url, encoding, byte_length, body_start, body_end, ingested_at, extractor';

function rowToSummary(row: ArticleRow): ArticleSummary {
  return {
    id: row.id,
    file: row.file,
    path: row.path,
    hash: row.hash,
    title: row.title,
    date: row.date,
    lang: row.lang,
    url: row.url,
    encoding: row.encoding,
    byteLength: row.byte_length,
    bodyStart: row.body_start,
    bodyEnd: row.body_end,
    ingestedAt: row.ingested_at,
    extractor: row.extractor,
  };
}

export function rowToArticle(row: ArticleRow): Article {
  return { ...rowToSummary(row), text: row.text ?? '' };
}

/**
 * Inserts an article and indexes its text; throws on a file name already stored. `indexText` is
 * foldForIndex(a.text) when the caller folded it already (on another thread, say).
 */
export function addArticle(db: Db, a: NewArticle, indexText: string = foldForIndex(a.text)): number {
  const { lastInsertRowid } = prepare(
    db,
    `INSERT INTO articles (file, path, hash, title, date, lang, url, encoding, byte_length, text,
       body_start, body_end, ingested_at, extractor)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(a.file, a.path, a.hash, a.title, a.date, a.lang, a.url, a.encoding, a.byteLength, a.text,
    a.bodyStart, a.bodyEnd, a.ingestedAt, a.extractor);
  const id = Number(lastInsertRowid);
  prepare(db, 'INSERT INTO articles_fts (rowid, folded) VALUES (?, ?)').run(id, indexText);
  return id;
}

export function getArticle(db: Db, id: number): Article | undefined {
  const row = prepare(db, 'SELECT * FROM articles WHERE id = ?').get(id) as ArticleRow | undefined;
  return row && rowToArticle(row);
}

/** The stored version of a file, without its text: enough to tell whether it changed. */
export function getArticleSummaryByFile(db: Db, file: string): ArticleSummary | undefined {
  const row = prepare(db, `SELECT ${SUMMARY_COLUMNS} FROM articles WHERE file = ?`).get(file) as ArticleRow | undefined;
  return row && rowToSummary(row);
}

export function listArticleSummaries(db: Db): ArticleSummary[] {
  const rows = prepare(db, `SELECT ${SUMMARY_COLUMNS} FROM articles ORDER BY file`).all() as ArticleRow[];
  return rows.map(rowToSummary);
}

export function listArticleSummariesById(db: Db, ids: Iterable<number>): ArticleSummary[] {
  const rows = prepare(
    db,
    `SELECT ${SUMMARY_COLUMNS} FROM articles WHERE id IN (SELECT value FROM json_each(?)) ORDER BY file`,
  ).all(idList(ids)) as ArticleRow[];
  return rows.map(rowToSummary);
}

/** Every article with its text, one at a time (for checks over the whole store). */
export function* iterateArticles(db: Db): Generator<Article> {
  // Not cached: an iterating statement is busy until exhausted and cannot be shared.
  for (const row of db.prepare('SELECT * FROM articles ORDER BY id').iterate()) yield rowToArticle(row as ArticleRow);
}

export function countArticles(db: Db): number {
  return (prepare(db, 'SELECT count(*) AS n FROM articles').get() as { n: number }).n;
}

/**
 * Drops an article with its mentions, evidence and alias sources, then the relations left
 * without evidence, the aliases left without a source and the entities left with neither
 * mentions nor relations. Returns the entities it named (some may be gone), whose names may have
 * changed. Call inside a transaction.
 */
export function dropArticle(db: Db, id: number): number[] {
  const relationIds = (prepare(db, 'SELECT DISTINCT relation_id AS id FROM evidence WHERE article_id = ?').all(id) as {
    id: number;
  }[]).map((r) => r.id);
  const entityIds = (prepare(
    db,
    `SELECT entity_id AS id FROM mentions WHERE article_id = ?
     UNION SELECT a.entity_id FROM alias_sources s JOIN aliases a ON a.id = s.alias_id WHERE s.article_id = ?
     UNION SELECT r.source_id FROM evidence e JOIN relations r ON r.id = e.relation_id WHERE e.article_id = ?
     UNION SELECT r.target_id FROM evidence e JOIN relations r ON r.id = e.relation_id WHERE e.article_id = ?`,
  ).all(id, id, id, id) as { id: number }[]).map((r) => r.id);
  prepare(db, 'DELETE FROM articles WHERE id = ?').run(id);
  dropRelationsWithoutEvidence(db, relationIds);
  dropAliasesWithoutSource(db, entityIds);
  dropEntitiesWithoutSupport(db, entityIds);
  return entityIds;
}

// Full-text search over articles and entity names (the FTS5 tables of migration 2). Queries are
// rewritten by toFtsQuery; ranking is FTS5's bm25; article snippets are cut from the stored text.
import type { EntityType, Lang } from '../../../shared/domain';
import { getArticle } from './articles';
import { prepare, type Db } from './db';
import { getEntity } from './entities';
import { toFtsQuery } from './fts-query';
import { makeSnippet, type Snippet } from './snippet';

export interface SearchOptions {
  limit?: number;
}

export interface ArticleHit {
  articleId: number;
  file: string;
  title: string | null;
  lang: Lang;
  /** bm25: lower is better. */
  rank: number;
  snippet: Snippet | null;
}

export interface EntityHit {
  entityId: number;
  type: EntityType;
  label: string;
  key: string | null;
  /** The aliases that matched, best first. */
  matched: { name: string; lang: Lang }[];
  rank: number;
}

export function searchArticles(db: Db, query: string, opts: SearchOptions = {}): ArticleHit[] {
  const q = toFtsQuery(query);
  if (!q) return [];
  const rows = prepare(
    db,
    'SELECT rowid AS id, bm25(articles_fts) AS rank FROM articles_fts WHERE articles_fts MATCH ? ORDER BY rank LIMIT ?',
  ).all(q.match, opts.limit ?? 20) as { id: number; rank: number }[];
  return rows.flatMap((row) => {
    const a = getArticle(db, row.id);
    if (!a) return [];
    const snippet = makeSnippet(a.text, q.terms, a.bodyStart) ?? makeSnippet(a.text, q.terms);
    return [{ articleId: a.id, file: a.file, title: a.title, lang: a.lang, rank: row.rank, snippet }];
  });
}

export function searchEntities(db: Db, query: string, opts: SearchOptions = {}): EntityHit[] {
  const q = toFtsQuery(query);
  if (!q) return [];
  const limit = opts.limit ?? 20;
  const rows = prepare(
    db,
    `SELECT a.entity_id, a.name, a.lang, bm25(aliases_fts) AS rank
     FROM aliases_fts JOIN aliases a ON a.id = aliases_fts.rowid
     WHERE aliases_fts MATCH ? ORDER BY rank LIMIT ?`,
  ).all(q.match, limit * 5) as { entity_id: number; name: string; lang: Lang; rank: number }[];
  const hits = new Map<number, EntityHit>();
  for (const row of rows) {
    const hit = hits.get(row.entity_id);
    if (hit) {
      hit.matched.push({ name: row.name, lang: row.lang });
      continue;
    }
    const e = getEntity(db, row.entity_id);
    if (!e || e.suppressed || hits.size >= limit) continue;
    hits.set(e.id, { entityId: e.id, type: e.type, label: e.label, key: e.key, matched: [{ name: row.name, lang: row.lang }], rank: row.rank });
  }
  return [...hits.values()];
}

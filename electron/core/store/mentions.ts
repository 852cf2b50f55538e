// The mentions table: where in which article an entity is named, as UTF-16 offsets into the
// stored text, with the extraction rule that found it.
import { prepare, type Db } from './db';

export interface StoredMention {
  id: number;
  entityId: number;
  articleId: number;
  start: number;
  end: number;
  rule: string;
}

export type NewMention = Omit<StoredMention, 'id'>;

interface MentionRow {
  id: number;
  entity_id: number;
  article_id: number;
  start: number;
  end: number;
  rule: string;
}

export function rowToMention(row: MentionRow): StoredMention {
  return { id: row.id, entityId: row.entity_id, articleId: row.article_id, start: row.start, end: row.end, rule: row.rule };
}

export function addMention(db: Db, m: NewMention): number {
  const { lastInsertRowid } = prepare(
    db,
    'INSERT INTO mentions (entity_id, article_id, start, end, rule) VALUES (?, ?, ?, ?, ?)',
  ).run(m.entityId, m.articleId, m.start, m.end, m.rule);
  return Number(lastInsertRowid);
}

export function mentionsOfEntity(db: Db, entityId: number): StoredMention[] {
  const rows = prepare(db, 'SELECT * FROM mentions WHERE entity_id = ? ORDER BY article_id, start').all(entityId) as MentionRow[];
  return rows.map(rowToMention);
}

export function mentionsInArticle(db: Db, articleId: number): StoredMention[] {
  const rows = prepare(db, 'SELECT * FROM mentions WHERE article_id = ? ORDER BY start').all(articleId) as MentionRow[];
  return rows.map(rowToMention);
}

export function countMentions(db: Db): number {
  return (prepare(db, 'SELECT count(*) AS n FROM mentions').get() as { n: number }).n;
}

/** Per entity: how many mentions, and in which articles (ids). */
export function mentionSummary(db: Db): Map<number, { count: number; articleIds: number[] }> {
  const rows = prepare(
    db,
    'SELECT entity_id, article_id, count(*) AS n FROM mentions GROUP BY entity_id, article_id ORDER BY entity_id, article_id',
  ).all() as { entity_id: number; article_id: number; n: number }[];
  const out = new Map<number, { count: number; articleIds: number[] }>();
  for (const row of rows) {
    const entry = out.get(row.entity_id) ?? { count: 0, articleIds: [] };
    entry.count += row.n;
    entry.articleIds.push(row.article_id);
    out.set(row.entity_id, entry);
  }
  return out;
}

export function moveMentions(db: Db, fromId: number, intoId: number): void {
  prepare(db, 'UPDATE mentions SET entity_id = ? WHERE entity_id = ?').run(intoId, fromId);
}

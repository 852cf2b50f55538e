// The evidence table: the passages that state a relation, as UTF-16 offsets into the stored
// article text together with the quote itself, so that `text.slice(start, end) === quote` can be
// checked at any time (findBadEvidence) and the quote travels with exported graphs.
import { prepare, type Db } from './db';

export interface Evidence {
  id: number;
  relationId: number;
  articleId: number;
  start: number;
  end: number;
  quote: string;
  rule: string;
  confidence: number;
}

export type NewEvidence = Omit<Evidence, 'id'>;

/** Evidence with the file name of its article, as exports and the evidence panel show it. */
export interface CitedEvidence extends Evidence {
  file: string;
}

interface EvidenceRow {
  id: number;
  relation_id: number;
  article_id: number;
  start: number;
  end: number;
  quote: string;
  rule: string;
  confidence: number;
  file?: string;
}

export function rowToEvidence(row: EvidenceRow): Evidence {
  return {
    id: row.id,
    relationId: row.relation_id,
    articleId: row.article_id,
    start: row.start,
    end: row.end,
    quote: row.quote,
    rule: row.rule,
    confidence: row.confidence,
  };
}

function rowToCited(row: EvidenceRow): CitedEvidence {
  return { ...rowToEvidence(row), file: row.file ?? '' };
}

/** Adds a passage to a relation; the same span of the same article is stored once. */
export function mergeEvidence(db: Db, e: NewEvidence): void {
  prepare(
    db,
    `INSERT OR IGNORE INTO evidence (relation_id, article_id, start, end, quote, rule, confidence)
     VALUES (?, ?, ?, ?, ?, ?, ?)`,
  ).run(e.relationId, e.articleId, e.start, e.end, e.quote, e.rule, e.confidence);
}

export function evidenceOfRelation(db: Db, relationId: number): CitedEvidence[] {
  const rows = prepare(
    db,
    `SELECT e.*, a.file FROM evidence e JOIN articles a ON a.id = e.article_id
     WHERE e.relation_id = ? ORDER BY a.file, e.start`,
  ).all(relationId) as EvidenceRow[];
  return rows.map(rowToCited);
}

/** All evidence, grouped by relation id, for whole-graph exports. */
export function evidenceByRelation(db: Db): Map<number, CitedEvidence[]> {
  const rows = prepare(
    db,
    `SELECT e.*, a.file FROM evidence e JOIN articles a ON a.id = e.article_id
     ORDER BY e.relation_id, a.file, e.start`,
  ).all() as EvidenceRow[];
  const out = new Map<number, CitedEvidence[]>();
  for (const row of rows) {
    const list = out.get(row.relation_id) ?? [];
    list.push(rowToCited(row));
    out.set(row.relation_id, list);
  }
  return out;
}

export function countEvidence(db: Db): number {
  return (prepare(db, 'SELECT count(*) AS n FROM evidence').get() as { n: number }).n;
}

/** Moves all evidence of relation `fromId` onto `intoId` (spans it already has are dropped). */
export function moveEvidence(db: Db, fromId: number, intoId: number): void {
  prepare(
    db,
    `INSERT OR IGNORE INTO evidence (relation_id, article_id, start, end, quote, rule, confidence)
     SELECT ?, article_id, start, end, quote, rule, confidence FROM evidence WHERE relation_id = ?`,
  ).run(intoId, fromId);
  prepare(db, 'DELETE FROM evidence WHERE relation_id = ?').run(fromId);
}

/**
 * Evidence rows whose quote is not the slice of the article text they point at. Offsets count
 * UTF-16 code units, which SQLite's substr() does not, so the check runs here rather than in SQL.
 */
export function findBadEvidence(db: Db): Evidence[] {
  const bad: Evidence[] = [];
  const ofArticle = prepare(db, 'SELECT * FROM evidence WHERE article_id = ?');
  // Not cached: an iterating statement stays busy until exhausted and cannot be shared.
  const articles = db.prepare('SELECT id, text FROM articles WHERE id IN (SELECT article_id FROM evidence)').iterate();
  for (const { id, text } of articles as Iterable<{ id: number; text: string }>) {
    for (const row of ofArticle.all(id) as EvidenceRow[]) {
      if (text.slice(row.start, row.end) !== row.quote) bad.push(rowToEvidence(row));
    }
  }
  return bad;
}

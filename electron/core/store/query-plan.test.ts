// The hot lookups must be index searches, not table scans: the SQL checked here is the SQL the
// query modules actually prepare, captured by spying on db.prepare.
import { describe, expect, it, vi } from 'vitest';
import {
  entityIdByKey,
  entityIdsByAlias,
  entityIdsBySkeleton,
  evidenceOfRelation,
  getArticleSummaryByFile,
  mentionsInArticle,
  mentionsOfEntity,
  openStore,
  relationsFrom,
  relationsTo,
  type Db,
} from './index';

function planOf(db: Db, call: () => unknown, params: unknown[]): string {
  const spy = vi.spyOn(db, 'prepare');
  call();
  const sql = spy.mock.calls.at(-1)?.[0];
  spy.mockRestore();
  if (sql === undefined) throw new Error('the call prepared no statement');
  const rows = db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...params) as { detail: string }[];
  return rows.map((r) => r.detail).join('\n');
}

describe('hot queries use their index', () => {
  const db = openStore(':memory:');
  const cases: [string, () => unknown, unknown[], RegExp][] = [
    ['aliases by folded form', () => entityIdsByAlias(db, 'country', 'x'), ['x', 'country'], /SEARCH a USING INDEX aliases_folded \(folded=\?\)/],
    ['aliases by skeleton', () => entityIdsBySkeleton(db, 'official', 'x'), ['x', 'official'], /SEARCH a USING INDEX aliases_skeleton \(skeleton=\?\)/],
    ['entity by key', () => entityIdByKey(db, 'iso:AZ'), ['iso:AZ'], /SEARCH entities USING COVERING INDEX sqlite_autoindex_entities_1 \(key=\?\)/],
    ['relations by source', () => relationsFrom(db, 1), [1], /SEARCH relations USING INDEX relations_source_type_target \(source_id=\?\)/],
    ['relations by target', () => relationsTo(db, 1), [1], /SEARCH relations USING INDEX relations_target \(target_id=\?\)/],
    ['evidence by relation', () => evidenceOfRelation(db, 1), [1], /SEARCH e USING INDEX evidence_relation_span \(relation_id=\?\)/],
    ['mentions by entity', () => mentionsOfEntity(db, 1), [1], /SEARCH mentions USING INDEX mentions_entity \(entity_id=\?\)/],
    ['mentions by article', () => mentionsInArticle(db, 1), [1], /SEARCH mentions USING INDEX mentions_article \(article_id=\?\)/],
    ['article by file name', () => getArticleSummaryByFile(db, 'a.txt'), ['a.txt'], /SEARCH articles USING INDEX sqlite_autoindex_articles_1 \(file=\?\)/],
  ];
  it.each(cases)('%s', (_name, call, params, expected) => {
    const plan = planOf(db, call, params);
    expect(plan).toMatch(expected);
    expect(plan).not.toMatch(/SCAN (a|e|entities|relations|evidence|mentions|aliases|articles)\b/);
  });
});

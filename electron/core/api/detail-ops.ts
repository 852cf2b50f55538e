// The detail panels: an entity with its aliases, articles and relations; the evidence of a
// relation, each quote within its sentence; an article with its mentions and the relations it
// supports. Every answer carries article metadata, never file paths.
import { KgError } from '../../../shared/errors';
import type { EntityType, Lang, RelationType } from '../../../shared/domain';
import type { ArticleDetail, ArticleMeta, EntityDetail, EntityRef, EvidenceItem, RelationGroup } from '../../../shared/ipc';
import { articleId, articleRowId, entityId, entityRowId, relationId, relationRowId } from '../graph/ids';
import { prepare, type Db } from '../store/db';
import { aliasesOfEntity, getArticle, getEntity, listArticleSummariesById, evidenceOfRelation, type ArticleSummary } from '../store/index';
import type { ApiContext } from './context';
import type { Implementations } from './define';
import { sentenceAround } from './sentence';

type DetailOps = Pick<Implementations, 'entity:get' | 'evidence:forRelation' | 'article:get'>;

export function articleMeta(a: Pick<ArticleSummary, 'id' | 'file' | 'title' | 'date' | 'lang' | 'url'>): ArticleMeta {
  return { id: articleId(a.id), file: a.file, title: a.title, date: a.date, lang: a.lang, url: a.url };
}

function entityRefs(db: Db, rowIds: Iterable<number>): Map<number, EntityRef> {
  const rows = prepare(db, 'SELECT id, type, label FROM entities WHERE id IN (SELECT value FROM json_each(?))').all(JSON.stringify([...rowIds])) as Array<{
    id: number;
    type: EntityType;
    label: string;
  }>;
  return new Map(rows.map((r) => [r.id, { id: entityId(r.id), type: r.type, label: r.label }]));
}

interface RelationRow {
  id: number;
  source_id: number;
  target_id: number;
  type: RelationType;
  evidence: number;
}

function relationGroups(db: Db, rowId: number): RelationGroup[] {
  const rows = prepare(
    db,
    `SELECT r.id, r.source_id, r.target_id, r.type, (SELECT count(*) FROM evidence ev WHERE ev.relation_id = r.id) AS evidence
     FROM relations r WHERE r.suppressed = 0 AND r.id IN (SELECT id FROM relations WHERE source_id = @id UNION SELECT id FROM relations WHERE target_id = @id)
     ORDER BY r.type, evidence DESC, r.id`,
  ).all({ id: rowId }) as RelationRow[];
  const refs = entityRefs(db, rows.map((r) => (r.source_id === rowId ? r.target_id : r.source_id)));
  const groups = new Map<RelationType, RelationGroup>();
  for (const r of rows) {
    const other = refs.get(r.source_id === rowId ? r.target_id : r.source_id);
    if (!other) continue;
    let group = groups.get(r.type);
    if (!group) groups.set(r.type, (group = { type: r.type, relations: [] }));
    group.relations.push({ id: relationId(r.id), direction: r.source_id === rowId ? 'out' : 'in', other, evidenceCount: r.evidence });
  }
  return [...groups.values()];
}

function entityDetail(db: Db, id: string): EntityDetail {
  const rowId = entityRowId(id);
  const entity = getEntity(db, rowId);
  if (!entity || entity.suppressed) throw new KgError('NOT_FOUND', `No entity ${id}`);
  const aliases: Partial<Record<Lang, string[]>> = {};
  for (const a of aliasesOfEntity(db, rowId)) (aliases[a.lang] ??= []).push(a.name);
  const perArticle = prepare(db, 'SELECT article_id AS id, count(*) AS n FROM mentions WHERE entity_id = ? GROUP BY article_id').all(rowId) as Array<{
    id: number;
    n: number;
  }>;
  const counts = new Map(perArticle.map((r) => [r.id, r.n]));
  const articles = listArticleSummariesById(db, counts.keys()).map((a) => ({ ...articleMeta(a), mentions: counts.get(a.id) ?? 0 }));
  return {
    id,
    type: entity.type,
    label: entity.label,
    key: entity.key,
    aliases,
    mentionCount: perArticle.reduce((n, r) => n + r.n, 0),
    articles: articles.sort((a, b) => b.mentions - a.mentions || a.file.localeCompare(b.file)),
    relations: relationGroups(db, rowId),
  };
}

function evidenceItems(db: Db, id: string): EvidenceItem[] {
  const rowId = relationRowId(id);
  const exists = prepare(db, 'SELECT 1 FROM relations WHERE id = ? AND suppressed = 0').get(rowId);
  if (!exists) throw new KgError('NOT_FOUND', `No relation ${id}`);
  const texts = new Map<number, { meta: ArticleMeta; text: string; lang: Lang }>();
  return evidenceOfRelation(db, rowId).flatMap((ev) => {
    let article = texts.get(ev.articleId);
    if (!article) {
      const a = getArticle(db, ev.articleId);
      if (!a) return [];
      texts.set(a.id, (article = { meta: articleMeta(a), text: a.text, lang: a.lang }));
    }
    return [{
      article: article.meta,
      start: ev.start,
      end: ev.end,
      quote: ev.quote,
      rule: ev.rule,
      confidence: ev.confidence,
      sentence: sentenceAround(article.text, ev.start, ev.end, article.lang),
    }];
  });
}

function articleDetail(db: Db, id: string): ArticleDetail {
  const a = getArticle(db, articleRowId(id));
  if (!a) throw new KgError('NOT_FOUND', `No article ${id}`);
  const mentions = prepare(
    db,
    'SELECT m.entity_id, e.type, m.start, m.end FROM mentions m JOIN entities e ON e.id = m.entity_id WHERE m.article_id = ? AND e.suppressed = 0 ORDER BY m.start',
  ).all(a.id) as Array<{ entity_id: number; type: EntityType; start: number; end: number }>;
  const evidence = prepare(
    db,
    `SELECT r.id, r.type, r.source_id, r.target_id, ev.start, ev.end FROM evidence ev JOIN relations r ON r.id = ev.relation_id
     WHERE ev.article_id = ? AND r.suppressed = 0 ORDER BY r.id, ev.start`,
  ).all(a.id) as Array<{ id: number; type: RelationType; source_id: number; target_id: number; start: number; end: number }>;
  const refs = entityRefs(db, evidence.flatMap((r) => [r.source_id, r.target_id]));
  const relations = new Map<number, ArticleDetail['relations'][number]>();
  for (const r of evidence) {
    const [source, target] = [refs.get(r.source_id), refs.get(r.target_id)];
    if (!source || !target) continue;
    let rel = relations.get(r.id);
    if (!rel) relations.set(r.id, (rel = { id: relationId(r.id), type: r.type, source, target, evidence: [] }));
    rel.evidence.push({ start: r.start, end: r.end });
  }
  return {
    meta: articleMeta(a),
    text: a.text,
    mentions: mentions.map((m) => ({ entityId: entityId(m.entity_id), type: m.type, start: m.start, end: m.end })),
    relations: [...relations.values()],
  };
}

export function detailOps(ctx: ApiContext): DetailOps {
  return {
    'entity:get': ({ id }) => entityDetail(ctx.store().db, id),
    'evidence:forRelation': ({ relationId: id }) => evidenceItems(ctx.store().db, id),
    'article:get': ({ id }) => articleDetail(ctx.store().db, id),
  };
}

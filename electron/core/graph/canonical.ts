// The store as a CanonicalGraph (shared/graph-format.ts): what `kg export` writes and every
// exporter starts from. Nodes carry their aliases by language, mention counts and articles;
// edges carry their evidence with quotes and offsets, so provenance survives the file leaving
// the app. Suppressed entities and relations are left out, and co-mentions unless asked for.
import { CO_MENTIONED, type EntityType, type Lang, type RelationType } from '../../../shared/domain';
import type { CanonicalGraph, GraphArticle, GraphEdge, GraphNode } from '../../../shared/graph-format';
import {
  evidenceByRelation,
  listAliases,
  listArticleSummaries,
  listEntities,
  listRelations,
  mentionSummary,
  type ArticleSummary,
  type Db,
  type Entity,
  type Relation,
} from '../store/index';
import { entityId, relationId } from './ids';

export interface CanonicalSelection {
  /** Store row ids of the entities to start from; absent means the whole graph. */
  entityIds?: readonly number[];
  /** How many relation hops around `entityIds` to include (default 1; 0 = only those entities). */
  depth?: number;
  entityTypes?: readonly EntityType[];
  relationTypes?: readonly RelationType[];
  includeCoMentions?: boolean;
  /**
   * The view's evidence filters (language, article, dates, minimum evidence) as the relations and
   * articles they keep: only those relations are walked and exported, with only the evidence read
   * in those articles (null: no article filter); the whole graph is then the entities those
   * relations link and those articles mention.
   */
  cut?: { relationIds: ReadonlySet<number>; articleIds: ReadonlySet<number> | null };
}

function selectRelations(relations: Relation[], nodes: Set<number>, s: CanonicalSelection): Relation[] {
  const types = s.relationTypes && new Set<RelationType>(s.relationTypes);
  return relations.filter(
    (r) =>
      nodes.has(r.sourceId) &&
      nodes.has(r.targetId) &&
      // As in the view (graph/filters.ts allowedRelationTypes): co-mentions come with the flag, whatever the types.
      (r.type === CO_MENTIONED ? s.includeCoMentions : !types || types.has(r.type)) &&
      (!s.cut || s.cut.relationIds.has(r.id)),
  );
}

/** The entities within `depth` hops of `seeds` over `relations`. */
function neighbourhood(seeds: readonly number[], depth: number, relations: Relation[], allowed: Set<number>): Set<number> {
  const reached = new Set(seeds.filter((id) => allowed.has(id)));
  let frontier = [...reached];
  for (let hop = 0; hop < depth && frontier.length > 0; hop++) {
    const current = new Set(frontier);
    frontier = [];
    for (const r of relations) {
      for (const [from, to] of [[r.sourceId, r.targetId], [r.targetId, r.sourceId]] as const) {
        if (current.has(from) && !reached.has(to)) {
          reached.add(to);
          frontier.push(to);
        }
      }
    }
  }
  return reached;
}

/** The entities the kept relations link, and the allowed ones the kept articles mention (when articles are filtered). */
function named(allowed: Set<number>, relations: Relation[], mentions: Mentions, articleIds: ReadonlySet<number> | null): Set<number> {
  const out = new Set(relations.flatMap((r) => [r.sourceId, r.targetId]));
  if (!articleIds) return out;
  for (const [id, m] of mentions) if (allowed.has(id) && m.articleIds.some((a) => articleIds.has(a))) out.add(id);
  return out;
}

function aliasesByEntity(db: Db): Map<number, Partial<Record<Lang, string[]>>> {
  const out = new Map<number, Partial<Record<Lang, string[]>>>();
  for (const a of listAliases(db)) {
    const byLang = out.get(a.entityId) ?? {};
    (byLang[a.lang] ??= []).push(a.name);
    out.set(a.entityId, byLang);
  }
  return out;
}

type Mentions = ReturnType<typeof mentionSummary>;

function toNodes(db: Db, entities: Entity[], files: Map<number, string>, mentions: Mentions): GraphNode[] {
  const aliases = aliasesByEntity(db);
  return entities.map((e) => {
    const m = mentions.get(e.id);
    return {
      id: entityId(e.id),
      type: e.type,
      label: e.label,
      aliases: aliases.get(e.id) ?? {},
      ...(e.key ? { key: e.key } : {}),
      mentions: m?.count ?? 0,
      articles: (m?.articleIds ?? []).flatMap((id) => files.get(id) ?? []).sort(),
    };
  });
}

function toEdges(db: Db, relations: Relation[], articleIds: ReadonlySet<number> | null): GraphEdge[] {
  const evidence = evidenceByRelation(db);
  const read = (e: { articleId: number }) => !articleIds || articleIds.has(e.articleId);
  return relations.map((r) => ({
    id: relationId(r.id),
    source: entityId(r.sourceId),
    target: entityId(r.targetId),
    type: r.type,
    ...(r.attributes ? { attributes: r.attributes } : {}),
    evidence: (evidence.get(r.id) ?? []).filter(read).map((e) => ({
      article: e.file,
      start: e.start,
      end: e.end,
      quote: e.quote,
      rule: e.rule,
      confidence: e.confidence,
    })),
  }));
}

function toArticle(a: ArticleSummary): GraphArticle {
  return { file: a.file, title: a.title, date: a.date, lang: a.lang, url: a.url };
}

export function buildCanonicalGraph(db: Db, selection: CanonicalSelection = {}): CanonicalGraph {
  const types = selection.entityTypes && new Set<EntityType>(selection.entityTypes);
  const candidates = listEntities(db).filter((e) => !types || types.has(e.type));
  const allowed = new Set(candidates.map((e) => e.id));
  const usable = selectRelations(listRelations(db), allowed, selection);
  const mentions = mentionSummary(db);
  const chosen = selection.entityIds
    ? neighbourhood(selection.entityIds, selection.depth ?? 1, usable, allowed)
    : selection.cut
      ? named(allowed, usable, mentions, selection.cut.articleIds)
      : allowed;
  const entities = candidates.filter((e) => chosen.has(e.id));
  const relations = selectRelations(usable, chosen, selection);
  const articles = listArticleSummaries(db);
  const files = new Map(articles.map((a) => [a.id, a.file]));
  const nodes = toNodes(db, entities, files, mentions);
  const edges = toEdges(db, relations, selection.cut?.articleIds ?? null);
  const cited = new Set([...nodes.flatMap((n) => n.articles ?? []), ...edges.flatMap((e) => e.evidence.map((x) => x.article))]);
  return {
    format: 'kg-explorer/graph',
    version: 1,
    nodes,
    edges,
    articles: articles.filter((a) => !(selection.entityIds || selection.cut) || cited.has(a.file)).map(toArticle),
  };
}

// `kg import-graph`: a canonical graph file written into a new, empty store, so that a graph
// exported elsewhere (or by an earlier version) can be explored, filtered and exported again.
// Exporting the imported store gives back the same nodes, edges and evidence, with ids
// renumbered by the new store in the file's order. What the file cannot say is documented and
// approximated, never invented silently:
//   - article text: rebuilt from the quotes at their offsets (./article-text.ts);
//   - mentions: the file gives a count and the articles, not positions; each article gets one
//     mention and the first the rest, all pointing at the entity's line in the names appendix;
//   - alias sources: every article the entity is mentioned in;
//   - an article without a language: Arabic when its quotes are Arabic, else English;
//   - evidence without rule or confidence: rule `import-graph`, confidence 1;
//   - an edge without evidence is not a relation in the store, so it is skipped and reported.
import { createHash } from 'node:crypto';
import type { Lang } from '../../../shared/domain';
import { KgError } from '../../../shared/errors';
import type { CanonicalGraph, GraphArticle, GraphNode } from '../../../shared/graph-format';
import {
  addArticle,
  addEntity,
  addMention,
  countArticles,
  listEntities,
  mergeAlias,
  mergeEvidence,
  mergeRelation,
  type Db,
} from '../store/index';
import { rebuildArticleText, type Quote } from './article-text';

export const IMPORT_TAG = 'import-graph';

export interface ImportOptions {
  /** Where the graph came from, recorded as the articles' path. */
  source?: string;
  now?: () => Date;
}

export interface ImportReport {
  nodes: number;
  edges: number;
  evidence: number;
  articles: number;
  mentions: number;
  /** Ids of edges left out because no evidence states them. */
  skippedEdges: string[];
}

interface ArticlePlan {
  file: string;
  record?: GraphArticle;
  quotes: Quote[];
  /** Entities named in the article: node index and how many mentions to record. */
  named: { node: number; count: number }[];
}

function plan(graph: CanonicalGraph): Map<string, ArticlePlan> {
  const plans = new Map<string, ArticlePlan>();
  const at = (file: string) => {
    let p = plans.get(file);
    if (!p) plans.set(file, (p = { file, quotes: [], named: [] }));
    return p;
  };
  for (const a of graph.articles) at(a.file).record = a;
  for (const e of graph.edges) for (const ev of e.evidence) at(ev.article).quotes.push({ start: ev.start, end: ev.end, text: ev.quote });
  graph.nodes.forEach((n, i) => {
    const files = [...new Set(n.articles ?? [])];
    files.forEach((file, k) => at(file).named.push({ node: i, count: k === 0 ? Math.max(1, (n.mentions ?? 0) - (files.length - 1)) : 1 }));
  });
  return plans;
}

function guessLang(quotes: readonly Quote[]): Lang {
  return quotes.some((q) => /[\u0600-\u06FF]/.test(q.text)) ? 'ar' : 'en';
}

/** Adds the article with its rebuilt text; returns its id and where each named entity's line is. */
function writeArticle(db: Db, p: ArticlePlan, graph: CanonicalGraph, opts: ImportOptions) {
  const rebuilt = rebuildArticleText(p.file, p.quotes, p.named.map((n) => (graph.nodes[n.node] as GraphNode).label));
  const id = addArticle(db, {
    file: p.file,
    path: opts.source ?? IMPORT_TAG,
    hash: createHash('sha256').update(rebuilt.text).digest('hex'),
    title: p.record?.title ?? null,
    date: p.record?.date ?? null,
    lang: p.record?.lang ?? guessLang(p.quotes),
    url: p.record?.url ?? null,
    encoding: 'utf-8',
    byteLength: Buffer.byteLength(rebuilt.text),
    text: rebuilt.text,
    bodyStart: 0,
    bodyEnd: rebuilt.bodyEnd,
    ingestedAt: (opts.now?.() ?? new Date()).toISOString(),
    extractor: `${IMPORT_TAG}@1`,
  });
  return { id, spans: rebuilt.names };
}

function writeEntities(db: Db, graph: CanonicalGraph, articleIds: Map<string, number>): number[] {
  return graph.nodes.map((n) => {
    const id = addEntity(db, { type: n.type, label: n.label, key: n.key ?? null });
    const sources = [...new Set(n.articles ?? [])].flatMap((f) => articleIds.get(f) ?? []);
    for (const [lang, names] of Object.entries(n.aliases) as [Lang, string[]][]) {
      for (const name of names) {
        if (sources.length === 0) mergeAlias(db, id, name, lang);
        for (const articleId of sources) mergeAlias(db, id, name, lang, articleId);
      }
    }
    return id;
  });
}

function writeRelations(db: Db, graph: CanonicalGraph, entityIds: Map<string, number>, articleIds: Map<string, number>, report: ImportReport): void {
  for (const e of graph.edges) {
    if (e.evidence.length === 0) {
      report.skippedEdges.push(e.id);
      continue;
    }
    const relationId = mergeRelation(db, { sourceId: entityIds.get(e.source)!, type: e.type, targetId: entityIds.get(e.target)! }, e.attributes);
    for (const ev of e.evidence) {
      const articleId = articleIds.get(ev.article)!;
      mergeEvidence(db, { relationId, articleId, start: ev.start, end: ev.end, quote: ev.quote, rule: ev.rule ?? IMPORT_TAG, confidence: ev.confidence ?? 1 });
      report.evidence++;
    }
    report.edges++;
  }
}

/** Writes `graph` (already checked by parseCanonicalGraph) into the empty store `db`, in one transaction. */
export function importGraph(db: Db, graph: CanonicalGraph, opts: ImportOptions = {}): ImportReport {
  if (countArticles(db) > 0 || listEntities(db, { includeSuppressed: true }).length > 0) {
    throw new KgError('INVALID_INPUT', 'import-graph writes into a new, empty store; this one already holds data');
  }
  const report: ImportReport = { nodes: graph.nodes.length, edges: 0, evidence: 0, articles: 0, mentions: 0, skippedEdges: [] };
  return db.transaction(() => {
    const plans = [...plan(graph).values()];
    const written = plans.map((p) => ({ p, ...writeArticle(db, p, graph, opts) }));
    const articleIds = new Map(written.map((w) => [w.p.file, w.id]));
    report.articles = written.length;
    const ids = writeEntities(db, graph, articleIds);
    for (const { p, id, spans } of written) {
      p.named.forEach((n, i) => {
        const span = spans[i]!;
        for (let k = 0; k < n.count; k++) addMention(db, { entityId: ids[n.node]!, articleId: id, start: span.start, end: span.end, rule: IMPORT_TAG });
        report.mentions += n.count;
      });
    }
    writeRelations(db, graph, new Map(graph.nodes.map((n, i) => [n.id, ids[i]!])), articleIds, report);
    return report;
  })();
}

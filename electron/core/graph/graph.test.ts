// The graph views and algorithms over a real store: the sample corpus ingested with the fake
// extractor (pipeline/testing), whose names and relations are known.
import { join } from 'node:path';
import { readdirSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { ingestPaths } from '../pipeline/index';
import { fakeExtractor } from '../pipeline/testing/fake-extractor';
import { SAMPLE_NAMES, SAMPLE_OPTIONS } from '../pipeline/testing/sample-names';
import { addArticle, addEntity, mergeEvidence, mergeRelation, openStore, renameEntity, type Db } from '../store/index';
import { createGraphCache } from './cache';
import { filteredRelations } from './filters';
import { communities, computeMetric, induced, shortestPath, topCentral } from './algorithms';
import { articleId, entityId, entityRowId, relationId } from './ids';
import { loadGraph } from './load';
import { neighbourhood } from './neighbourhood';
import { MAX_OVERVIEW_EDGES, overview } from './overview';

const SAMPLES = join(__dirname, '../../../resources/samples');
let db: Db;

function idOfKey(key: string): string {
  const row = db.prepare('SELECT id FROM entities WHERE key = ?').get(key) as { id: number };
  return entityId(row.id);
}
function idOfLabel(label: string): string {
  const row = db.prepare('SELECT id FROM entities WHERE label = ?').get(label) as { id: number };
  return entityId(row.id);
}

beforeAll(async () => {
  db = openStore(':memory:');
  const files = readdirSync(SAMPLES).map((f) => join(SAMPLES, f));
  const summary = await ingestPaths(db, files, { extractor: fakeExtractor(SAMPLE_NAMES, SAMPLE_OPTIONS) });
  expect(summary.failed).toEqual([]);
});

describe('graph cache', () => {
  it("serves a loaded graph again until the store changes, also through the cache's own connection", () => {
    const cache = createGraphCache();
    const anama = idOfLabel('ANAMA');
    const first = cache.get(db, {});
    expect(cache.get(db, {})).toBe(first);
    renameEntity(db, entityRowId(anama), 'Mine Action Agency');
    const next = cache.get(db, {});
    expect(next).not.toBe(first);
    expect(next.getNodeAttribute(anama, 'label')).toBe('Mine Action Agency');
    renameEntity(db, entityRowId(anama), 'ANAMA');
  });
});

describe('overview', () => {
  it('shows typed relations by default and co-mentions on request', () => {
    const typed = overview(db, {}, 300);
    expect(new Set(typed.edges.map((e) => e.type))).toEqual(new Set(['heads']));
    const all = overview(db, { includeCoMentions: true }, 300);
    expect(all.edges.length).toBeGreaterThan(1);
    expect(all.totals.edges).toBe(all.edges.length);
    for (const e of all.edges) expect(e.evidenceCount).toBeGreaterThan(0);
    const ids = new Set(all.nodes.map((n) => n.id));
    for (const e of all.edges) expect(ids.has(e.source) && ids.has(e.target)).toBe(true);
  });

  it('fills the view with mentioned entities and carries aliases by language', () => {
    const view = overview(db, {}, 300);
    const anama = view.nodes.find((n) => n.label === 'ANAMA');
    expect(anama).toMatchObject({ type: 'agency' });
    expect(anama!.degree).toBe(view.edges.filter((e) => e.source === anama!.id || e.target === anama!.id).length);
    expect(anama!.mentionCount).toBeGreaterThan(0);
    expect(Object.values(anama!.aliases).flat()).toContain('ANAMA');
    const az = view.nodes.find((n) => n.label === 'Azerbaijan')!;
    expect(Object.keys(az.aliases).length).toBeGreaterThan(1);
  });

  it('keeps at most MAX_OVERVIEW_EDGES relations among its entities and says it was cut', () => {
    const dense = openStore(':memory:');
    const article = addArticle(dense, {
      file: 'a.txt', path: '/a.txt', hash: 'h', title: null, date: null, lang: 'en', url: null, encoding: 'UTF-8',
      byteLength: 4, text: 'text', bodyStart: 0, bodyEnd: 4, ingestedAt: 'now', extractor: 't@1',
    });
    const ids = Array.from({ length: 60 }, (_, i) => addEntity(dense, { type: 'agency', label: `Agency ${i}` }));
    for (const [i, s] of ids.entries()) {
      for (const t of ids.slice(i + 1)) {
        const relationId = mergeRelation(dense, { sourceId: s, type: 'cooperates_with', targetId: t });
        mergeEvidence(dense, { relationId, articleId: article, start: 0, end: 4, quote: 'text', rule: 'r', confidence: 1 });
      }
    }
    const view = overview(dense, {}, 300);
    expect(view.nodes).toHaveLength(60);
    expect(view.totals.edges).toBe((60 * 59) / 2);
    expect(view.edges).toHaveLength(MAX_OVERVIEW_EDGES);
    expect(view.truncated).toBe(true);
    dense.close();
  });

  it('bounds the view by degree and says it was cut', () => {
    const view = overview(db, { includeCoMentions: true }, 2);
    expect(view.nodes).toHaveLength(2);
    expect(view.truncated).toBe(true);
    expect(view.nodes[0]!.degree).toBeGreaterThanOrEqual(view.nodes[1]!.degree);
    expect(view.totals.nodes).toBeGreaterThan(2);
  });

  it('filters by language, entity type and evidence', () => {
    const ar = overview(db, { includeCoMentions: true, langs: ['ar'] }, 300);
    const en = overview(db, { includeCoMentions: true, langs: ['en'] }, 300);
    expect(ar.totals.articles + en.totals.articles).toBeLessThanOrEqual(overview(db, {}, 300).totals.articles);
    const countries = overview(db, { includeCoMentions: true, entityTypes: ['country'] }, 300);
    for (const n of countries.nodes) expect(n.type).toBe('country');
    const strong = overview(db, { includeCoMentions: true, minEvidence: 2 }, 300);
    for (const e of strong.edges) expect(e.evidenceCount).toBeGreaterThanOrEqual(2);
    expect(overview(db, { dateFrom: '2999-01-01', includeCoMentions: true }, 300).edges).toEqual([]);
  });

  it('filters by article and by date range: the relations read in the articles kept', () => {
    const read = (where: string, ...params: string[]): string[] =>
      (
        db
          .prepare(
            `SELECT DISTINCT r.id FROM relations r JOIN evidence ev ON ev.relation_id = r.id JOIN articles a ON a.id = ev.article_id WHERE ${where}`,
          )
          .all(...params) as { id: number }[]
      )
        .map((r) => relationId(r.id))
        .sort();
    const shown = (f: Parameters<typeof overview>[1]): string[] => overview(db, { includeCoMentions: true, ...f }, 300).edges.map((e) => e.id).sort();
    const articles = db.prepare('SELECT id, date FROM articles ORDER BY id').all() as { id: number; date: string | null }[];
    const one = articles[1]!;
    const byArticle = shown({ articleIds: [articleId(one.id)] });
    expect(byArticle.length).toBeGreaterThan(0);
    expect(byArticle.length).toBeLessThan(shown({}).length);
    expect(byArticle).toEqual(read('a.id = ?', String(one.id)));

    const dated = articles.filter((a) => a.date !== null).map((a) => a.date!.slice(0, 10)).sort();
    expect(dated.length).toBeGreaterThan(1);
    const [first, last] = [dated[0]!, dated.at(-1)!];
    expect(first).not.toBe(last);
    const early = shown({ dateTo: first });
    expect(early.length).toBeGreaterThan(0);
    expect(early).toEqual(read('substr(a.date, 1, 10) <= ?', first));
    const late = shown({ dateFrom: last, dateTo: last });
    expect(late).toEqual(read('substr(a.date, 1, 10) = ?', last));
    // An undated article (the samples have some) is in no date range.
    expect(articles.some((a) => a.date === null)).toBe(true);
    expect(shown({ dateFrom: '0001-01-01' })).toEqual(read('a.date IS NOT NULL'));
  });
});

describe('neighbourhood', () => {
  it('walks rings from the seeds and keeps the edges among what it reached', () => {
    const anama = idOfLabel('ANAMA');
    const one = neighbourhood(db, [entityRowId(anama)], 1, { includeCoMentions: true }, 2000);
    expect(one.nodes.map((n) => n.id)).toContain(anama);
    const two = neighbourhood(db, [entityRowId(anama)], 2, { includeCoMentions: true }, 2000);
    expect(two.nodes.length).toBeGreaterThanOrEqual(one.nodes.length);
    const cut = neighbourhood(db, [entityRowId(anama)], 3, { includeCoMentions: true }, 2);
    expect(cut.nodes).toHaveLength(2);
    expect(cut.truncated).toBe(true);
  });
});

describe('algorithms', () => {
  it('finds a shortest path and refuses one that does not exist', () => {
    const graph = loadGraph(db, { includeCoMentions: true });
    const from = idOfLabel('Vugar Suleymanov');
    const to = idOfKey('iso:AM');
    const path = shortestPath(graph, from, to);
    expect(path.found).toBe(true);
    if (path.found) {
      expect(path.nodeIds[0]).toBe(from);
      expect(path.nodeIds.at(-1)).toBe(to);
      expect(path.edgeIds).toHaveLength(path.nodeIds.length - 1);
    }
    expect(shortestPath(loadGraph(db, {}), from, to)).toEqual({ found: false });
    expect(shortestPath(graph, from, 'e999999')).toEqual({ found: false });
  });

  it('computes metrics as mappings over the graph or a part of it', () => {
    const graph = loadGraph(db, { includeCoMentions: true });
    for (const metric of ['degree', 'pagerank', 'betweenness'] as const) {
      const values = computeMetric(graph, metric);
      expect(Object.keys(values).sort()).toEqual(graph.nodes().sort());
    }
    const top = topCentral(graph, 3);
    expect(top).toHaveLength(3);
    const part = induced(graph, top);
    expect(part.order).toBe(3);
    const groups = communities(graph);
    expect(Object.keys(groups)).toHaveLength(graph.order);
    expect(communities(graph)).toEqual(groups);
  });
});

describe('query plans', () => {
  const plan = (scope: Parameters<typeof filteredRelations>[1]) => {
    const q = filteredRelations({ includeCoMentions: true }, scope);
    return (db.prepare(`EXPLAIN QUERY PLAN ${q.sql}`).all(q.params) as Array<{ detail: string }>).map((r) => r.detail).join('\n');
  };

  it('reaches a bounded view through the relation indexes, never by probing every pair of ids', () => {
    const within = plan({ within: [1, 2, 3] });
    expect(within).toContain('relations_source_type_target (source_id=?)');
    expect(within).not.toMatch(/source_id=\? AND type=\? AND target_id=\?/);
    const touching = plan({ touching: [1] });
    expect(touching).toContain('relations_target (target_id=?)');
  });
});

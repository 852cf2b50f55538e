// Importing a canonical graph file into a new store: the round trip store -> JSON -> new store
// -> JSON gives the same nodes, edges, evidence and articles (ids renumbered in order), the
// rebuilt store keeps its offset invariants, and what the file cannot say is handled as documented.
import { resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { CanonicalGraph } from '../../../shared/graph-format';
import { getExporter } from '../export/registry';
import { buildCanonicalGraph } from '../graph/canonical';
import { ingestPaths } from '../pipeline/index';
import { fakeExtractor } from '../pipeline/testing/fake-extractor';
import { SAMPLE_NAMES, SAMPLE_OPTIONS } from '../pipeline/testing/sample-names';
import { findBadEvidence, getArticle, listArticleSummaries, mentionsOfEntity, openStore, type Db } from '../store/index';
import { importGraph, parseCanonicalGraph } from './index';

const SAMPLES = resolve(__dirname, '../../../resources/samples');
let original: CanonicalGraph;

beforeAll(async () => {
  const db = openStore(':memory:');
  await ingestPaths(db, [SAMPLES], { extractor: fakeExtractor(SAMPLE_NAMES, SAMPLE_OPTIONS) });
  original = buildCanonicalGraph(db, { includeCoMentions: true });
  db.close();
});

/** Through the JSON exporter and the file parser, as `kg export` then `kg import-graph` do. */
function reimport(graph: CanonicalGraph): { db: Db; graph: CanonicalGraph } {
  const file = String(getExporter('json')!.write(graph, {}));
  const db = openStore(':memory:');
  importGraph(db, parseCanonicalGraph(JSON.parse(file)), { source: 'graph.json' });
  return { db, graph: buildCanonicalGraph(db, { includeCoMentions: true }) };
}

/** Replaces ids by their rank, since a new store numbers rows afresh. */
function byRank(g: CanonicalGraph): CanonicalGraph {
  const nodeRank = new Map(g.nodes.map((n, i) => [n.id, `n${i}`]));
  return {
    ...g,
    nodes: g.nodes.map((n) => ({ ...n, id: nodeRank.get(n.id)! })),
    edges: g.edges.map((e, i) => ({ ...e, id: `x${i}`, source: nodeRank.get(e.source)!, target: nodeRank.get(e.target)! })),
  };
}

describe('import-graph round trip', () => {
  it('exports again the same nodes, edges, evidence and articles', () => {
    expect(original.edges.length).toBeGreaterThan(5);
    expect(original.edges.some((e) => e.type === 'co_mentioned')).toBe(true);
    const { graph } = reimport(original);
    expect(byRank(graph)).toEqual(byRank(original));
  });

  it('is stable under a second round trip, ids included', () => {
    const once = reimport(original).graph;
    expect(reimport(once).graph).toEqual(once);
  });

  it('keeps every quote and mention at its offsets in the rebuilt article text', () => {
    const { db } = reimport(original);
    expect(findBadEvidence(db)).toEqual([]);
    const article = getArticle(db, listArticleSummaries(db)[0]!.id)!;
    expect(article.text.length).toBeGreaterThan(article.bodyEnd);
    const node = original.nodes.find((n) => n.key === 'iso:AZ')!;
    const entityId = Number(reimport(original).graph.nodes.find((n) => n.key === 'iso:AZ')!.id.slice(1));
    for (const m of mentionsOfEntity(db, entityId)) {
      const text = getArticle(db, m.articleId)!.text;
      expect(text.slice(m.start, m.end)).toBe(node.label);
      expect(m.start).toBeGreaterThanOrEqual(getArticle(db, m.articleId)!.bodyEnd);
    }
  });
});

const tiny = (): CanonicalGraph => ({
  format: 'kg-explorer/graph',
  version: 1,
  nodes: [
    { id: 'a', type: 'official', label: 'Nikol Pashinyan', aliases: { en: ['Nikol Pashinyan'], ar: ['نيكول باشينيان'] }, mentions: 3, articles: ['x.txt', 'y.txt'] },
    { id: 'b', type: 'country', label: 'Armenia', aliases: { en: ['Armenia'] }, key: 'iso:AM', mentions: 1, articles: ['x.txt'] },
  ],
  edges: [
    { id: 'r', source: 'a', target: 'b', type: 'heads', evidence: [{ article: 'y.txt', start: 4, end: 10, quote: 'باشين' + 'ي' }] },
    { id: 'lonely', source: 'b', target: 'a', type: 'supports', evidence: [] },
  ],
  articles: [{ file: 'x.txt', title: 'X', date: '2025-01-01', lang: 'en', url: null }],
});

describe('importGraph', () => {
  it('fills what the file cannot say as documented, and reports skipped edges', () => {
    const db = openStore(':memory:');
    const report = importGraph(db, parseCanonicalGraph(tiny()));
    expect(report).toEqual({ nodes: 2, edges: 1, evidence: 1, articles: 2, mentions: 4, skippedEdges: ['lonely'] });
    const g = buildCanonicalGraph(db);
    expect(g.nodes.map((n) => [n.label, n.mentions, n.articles])).toEqual([
      ['Nikol Pashinyan', 3, ['x.txt', 'y.txt']],
      ['Armenia', 1, ['x.txt']],
    ]);
    expect(g.edges[0]!.evidence).toEqual([{ article: 'y.txt', start: 4, end: 10, quote: 'باشيني', rule: 'import-graph', confidence: 1 }]);
    // y.txt is cited but not described: its language is read from the quote.
    expect(g.articles.find((a) => a.file === 'y.txt')).toEqual({ file: 'y.txt', title: null, date: null, lang: 'ar', url: null });
    expect(findBadEvidence(db)).toEqual([]);
  });

  it('refuses a store that already holds data', () => {
    const db = openStore(':memory:');
    importGraph(db, parseCanonicalGraph(tiny()));
    expect(() => importGraph(db, parseCanonicalGraph(tiny()))).toThrow(/new, empty store/);
  });

  it('refuses quotes that disagree about the same stretch of text, writing nothing', () => {
    const g = tiny();
    g.edges[0]!.evidence.push({ article: 'y.txt', start: 6, end: 9, quote: 'abc' });
    const db = openStore(':memory:');
    expect(() => importGraph(db, parseCanonicalGraph(g))).toThrow(/disagree/);
    expect(listArticleSummaries(db)).toEqual([]);
  });
});

describe('parseCanonicalGraph', () => {
  it('lists every problem of a bad file', () => {
    const g = tiny() as unknown as { nodes: { id: string; type: string }[]; edges: { source: string; evidence: { end: number }[] }[] };
    g.nodes[1]!.id = 'a';
    g.edges[0]!.source = 'ghost';
    g.edges[0]!.evidence[0]!.end = 99;
    let message = '';
    try {
      parseCanonicalGraph(g, 'bad.json');
    } catch (err) {
      message = (err as Error).message;
    }
    expect(message).toContain('bad.json is not a usable KG Explorer graph');
    expect(message).toContain('node id a is used twice');
    expect(message).toContain('edge r refers to unknown node ghost');
    expect(message).toContain('does not fit its 6-character quote');
  });

  it('rejects what is not a graph file', () => {
    expect(() => parseCanonicalGraph({ format: 'other' })).toThrow(/format/);
    const g = tiny() as unknown as { nodes: { type: string }[] };
    g.nodes[0]!.type = 'planet';
    expect(() => parseCanonicalGraph(g)).toThrow(/nodes\.0\.type/);
  });
});

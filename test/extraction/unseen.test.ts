// The engine on articles written for testing only (test/extraction/unseen): other countries,
// conflicts, agencies and agreements, in English, French and Arabic, each with a gold annotation.
// Each article is scored alone, then all six together (which also tests merging across articles
// and languages). Thresholds sit below the current scores (see the README section) and guard
// against regressions; they are not the samples' targets.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { extractor } from '../../electron/core/extract';
import type { HarnessArticle } from './harness';
import { readArticles, runHarness } from './harness';
import type { ScoreFn } from './scoring';
import { UNSEEN, loadScorer } from './scoring';
import { readdirSync } from 'node:fs';

interface GoldFile {
  articles: Array<{ file: string; lang: 'en' | 'fr' | 'ar'; date: string | null }>;
  entities: Array<{ id: string; names: Record<string, string[]>; articles: string[] }>;
  relations: Array<{ source: string; type: string; target: string; evidence: unknown[] }>;
}

const PER_ARTICLE = { entityF1: 0.8, relationF1: 0.6 };
const ALL = { entityF1: 0.85, typedRecall: 0.8, relationF1: 0.7 };

const golds: GoldFile[] = readdirSync(UNSEEN)
  .filter((f) => f.endsWith('.gold.json'))
  .sort()
  .map((f) => JSON.parse(readFileSync(join(UNSEEN, f), 'utf8')) as GoldFile);

function articlesOf(g: GoldFile): HarnessArticle[] {
  return g.articles.flatMap((a) => readArticles([join(UNSEEN, a.file)], { [a.file]: a.lang }).map((x) => ({ ...x, date: a.date })));
}

/** One gold for all articles: entities with the same id are one entity. */
function combined(): GoldFile {
  const entities = new Map<string, GoldFile['entities'][number]>();
  for (const e of golds.flatMap((g) => g.entities)) {
    const prev = entities.get(e.id);
    if (!prev) entities.set(e.id, structuredClone(e));
    else for (const [lang, ns] of Object.entries(e.names)) prev.names[lang] = [...new Set([...(prev.names[lang] ?? []), ...ns])];
  }
  const relations = new Map(golds.flatMap((g) => g.relations).map((r) => [`${r.source} ${r.type} ${r.target}`, r]));
  return { articles: golds.flatMap((g) => g.articles), entities: [...entities.values()], relations: [...relations.values()] };
}

let score: ScoreFn | null = null;
beforeAll(async () => {
  score = await loadScorer();
  if (!score) console.log('skipping unseen-article scores: ../shared/tools/score-graph.mjs is not beside the repository');
});

describe('unseen-style articles, one by one', () => {
  for (const g of golds) {
    it(`${g.articles[0]!.file}: entity F1 >= ${PER_ARTICLE.entityF1}, relation F1 >= ${PER_ARTICLE.relationF1}`, (ctx) => {
      if (!score) return ctx.skip();
      const s = score(g, runHarness(extractor, articlesOf(g)).graph, UNSEEN);
      expect(s.entity.f1).toBeGreaterThanOrEqual(PER_ARTICLE.entityF1);
      expect(s.relation.f1).toBeGreaterThanOrEqual(PER_ARTICLE.relationF1);
      expect(s.evidence.verified).toBe(s.evidence.quotes);
    });
  }
});

describe('unseen-style articles together', () => {
  it('keeps the thresholds and never over-merges', (ctx) => {
    if (!score) return ctx.skip();
    const gold = combined();
    const s = score(gold, runHarness(extractor, golds.flatMap(articlesOf)).graph, UNSEEN);
    expect(s.entity.f1).toBeGreaterThanOrEqual(ALL.entityF1);
    expect(s.entity.typedRecall).toBeGreaterThanOrEqual(ALL.typedRecall);
    expect(s.relation.f1).toBeGreaterThanOrEqual(ALL.relationF1);
    expect(s.resolution.overMerged).toEqual([]);
    expect(s.evidence.verified).toBe(s.evidence.quotes);
  });
});

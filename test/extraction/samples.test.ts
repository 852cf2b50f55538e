// Regression guard on the five sample articles: the engine must keep the quality
// targets when scored against the gold annotation, and the French sample and its Arabic
// translation must yield the same entities and typed relations.
import { beforeAll, describe, expect, it } from 'vitest';
import { extractor } from '../../electron/core/extract';
import type { HarnessRun } from './harness';
import { readArticles, runHarness } from './harness';
import type { Score, ScoreFn } from './scoring';
import { SAMPLES, SAMPLE_GOLD, loadScorer, readGold, textFiles } from './scoring';

let score: ScoreFn | null = null;
let run: HarnessRun;

beforeAll(async () => {
  score = await loadScorer();
  if (!score) console.log('skipping scored checks: ../shared/tools/score-graph.mjs is not beside the repository');
  const gold = readGold(SAMPLE_GOLD);
  const langs = Object.fromEntries(gold.articles.map((a) => [a.file, a.lang]));
  run = runHarness(extractor, readArticles(textFiles(SAMPLES), langs));
});

describe('samples against the gold annotation', () => {
  let s: Score;
  beforeAll(() => {
    if (score) s = score(readGold(SAMPLE_GOLD), run.graph, SAMPLES);
  });

  it('finds the entities (F1 >= 0.90, typed recall >= 0.85)', (ctx) => {
    if (!score) return ctx.skip();
    expect(s.entity.f1).toBeGreaterThanOrEqual(0.9);
    expect(s.entity.typedRecall).toBeGreaterThanOrEqual(0.85);
  });

  it('merges names across languages (>= 0.90) and never over-merges', (ctx) => {
    if (!score) return ctx.skip();
    expect(s.resolution.crossLingualRate).toBeGreaterThanOrEqual(0.9);
    expect(s.resolution.overMerged).toEqual([]);
  });

  it('finds the relations (F1 >= 0.70)', (ctx) => {
    if (!score) return ctx.skip();
    expect(s.relation.f1).toBeGreaterThanOrEqual(0.7);
  });

  it('quotes every piece of evidence exactly at its offsets', (ctx) => {
    if (!score) return ctx.skip();
    expect(s.evidence.bad).toEqual([]);
    expect(s.evidence.verified).toBe(s.evidence.quotes);
  });
});

describe('translation invariance (000 French, 001 its Arabic translation)', () => {
  const typed = (file: string) => {
    const { extraction, ids } = run.extractions.get(file)!;
    const entities = new Set(extraction.entities.map((e) => ids.get(e.localId)));
    const relations = new Set(
      extraction.relations.filter((r) => r.type !== 'co_mentioned').map((r) => `${ids.get(r.source)} ${r.type} ${ids.get(r.target)}`),
    );
    return { entities, relations };
  };

  it('yields the same entity set and the same typed relations', () => {
    const fr = typed('000_ea09c19839c88b9d.txt');
    const ar = typed('001_e658fe718727ad49.txt');
    expect([...ar.entities].sort()).toEqual([...fr.entities].sort());
    expect([...ar.relations].sort()).toEqual([...fr.relations].sort());
  });
});

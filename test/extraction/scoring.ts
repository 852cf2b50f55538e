// Loads the shared scorer (../shared/tools/score-graph.mjs, beside the repository) when it is
// there; CI has it, a bare checkout may not, and the tests then skip with a reason.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { CanonicalGraph } from '../../shared/graph-format';
import type { Lang } from '../../shared/domain';

export const ROOT = resolve(import.meta.dirname, '../..');
export const SCORER = resolve(ROOT, '../shared/tools/score-graph.mjs');
export const SAMPLES = join(ROOT, 'resources/samples');
export const SAMPLE_GOLD = join(ROOT, 'test/fixtures/seeds.gold.json');
export const UNSEEN = join(ROOT, 'test/extraction/unseen');

export interface Score {
  entity: { p: number; r: number; f1: number; typedRecall: number };
  resolution: { crossLingualRate: number; overMerged: string[] };
  relation: { p: number; r: number; f1: number; missed: string[]; wrong: string[] };
  evidence: { quotes: number; verified: number; bad: string[] };
  missedEntities: string[];
  spurious: string[];
}

export type ScoreFn = (gold: unknown, graph: CanonicalGraph, corpusDir: string) => Score;

export async function loadScorer(): Promise<ScoreFn | null> {
  if (!existsSync(SCORER)) return null;
  const mod = (await import(pathToFileURL(SCORER).href)) as { score: ScoreFn };
  return mod.score;
}

export interface Gold {
  articles: Array<{ file: string; lang: Lang }>;
}

export function readGold(path: string): Gold {
  return JSON.parse(readFileSync(path, 'utf8')) as Gold;
}

export function textFiles(dir: string): string[] {
  return readdirSync(dir).filter((f) => f.endsWith('.txt')).sort().map((f) => join(dir, f));
}

// The engine on articles written for testing only (test/extraction/unseen): other countries,
// conflicts, agencies and agreements, in English, French and Arabic, each with a gold annotation.
// Each article is scored alone, then all together (which also tests merging across articles
// and languages). Thresholds sit below the current scores (see the README section) and guard
// against regressions; they are not the samples' targets.
//
// BLIND lists articles written after the engine was tuned and scored once, as written, before
// anyone looked at their misses. Their floors started at those untuned scores and are only raised
// as the engine improves, never above what the articles score; they are not held to PER_ARTICLE.
// BLIND_2 is a second such round, written after the first one had been tuned on; BLIND_3 a third,
// written after the second; BLIND_4 a fourth, written after the third.
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

// Untuned scores, as first measured (entity F1 / typed recall / relation F1):
// ar_doha_taliban 0.333/0.242/0.100, ar_somalia_atmis 0.676/0.585/0.218, en_laos_uxo 0.695/0.600/0.348,
// en_libya_ceasefire 0.828/0.756/0.293, fr_mer_noire_cereales 0.758/0.676/0.372,
// fr_rdc_m23_luanda 0.618/0.500/0.098; all eighteen together 0.792/0.705/0.581.
const BLIND: Record<string, { entityF1: number; relationF1: number }> = {
  'ar_doha_taliban.txt': { entityF1: 0.92, relationF1: 0.73 },
  'ar_somalia_atmis.txt': { entityF1: 0.98, relationF1: 0.59 },
  'en_laos_uxo.txt': { entityF1: 0.91, relationF1: 0.63 },
  'en_libya_ceasefire.txt': { entityF1: 0.95, relationF1: 0.57 },
  'fr_mer_noire_cereales.txt': { entityF1: 0.94, relationF1: 0.65 },
  'fr_rdc_m23_luanda.txt': { entityF1: 0.94, relationF1: 0.66 },
};
const ALL_WITH_BLIND = { entityF1: 0.95, typedRecall: 0.93, relationF1: 0.77 };

// Untuned scores of the second round (entity F1 / typed recall / relation F1):
// ar_astana_syria 0.585/0.514/0.053, ar_iraq_turkey_water 0.636/0.536/0.178,
// en_kosovo_ohrid 0.800/0.750/0.390, en_srilanka_demining 0.800/0.727/0.148,
// fr_sahara_minurso 0.847/0.690/0.222, fr_soudan_sud_machar 0.823/0.767/0.174;
// all twenty-four together 0.860/0.805/0.594.
const BLIND_2: Record<string, { entityF1: number; relationF1: number }> = {
  'ar_astana_syria.txt': { entityF1: 0.82, relationF1: 0.39 },
  'ar_iraq_turkey_water.txt': { entityF1: 0.96, relationF1: 0.76 },
  'en_kosovo_ohrid.txt': { entityF1: 0.95, relationF1: 0.71 },
  'en_srilanka_demining.txt': { entityF1: 0.91, relationF1: 0.49 },
  'fr_sahara_minurso.txt': { entityF1: 0.92, relationF1: 0.41 },
  'fr_soudan_sud_machar.txt': { entityF1: 0.98, relationF1: 0.42 },
};
const ALL_WITH_BLIND_2 = { entityF1: 0.94, typedRecall: 0.9, relationF1: 0.71 };

// Untuned scores of the third round (entity F1 / typed recall / relation F1):
// ar_chad_refugees 0.623/0.514/0.233, ar_gaza_hudna 0.722/0.625/0.233,
// en_cabo_delgado_rwanda 0.810/0.756/0.327, en_myanmar_shan_truce 0.843/0.730/0.138,
// fr_casamance_deminage 0.800/0.677/0.261, fr_centrafrique_ndjamena 0.871/0.781/0.205;
// all thirty together 0.890/0.823/0.623.
const BLIND_3: Record<string, { entityF1: number; relationF1: number }> = {
  'ar_chad_refugees.txt': { entityF1: 0.72, relationF1: 0.31 },
  'ar_gaza_hudna.txt': { entityF1: 0.85, relationF1: 0.62 },
  'en_cabo_delgado_rwanda.txt': { entityF1: 0.87, relationF1: 0.5 },
  'en_myanmar_shan_truce.txt': { entityF1: 0.94, relationF1: 0.42 },
  'fr_casamance_deminage.txt': { entityF1: 0.87, relationF1: 0.51 },
  'fr_centrafrique_ndjamena.txt': { entityF1: 0.92, relationF1: 0.52 },
};
const ALL_WITH_BLIND_3 = { entityF1: 0.91, typedRecall: 0.86, relationF1: 0.68 };
// Nodes that match two gold entities when the blind articles join the rest: two different
// Japanese grant agreements, each called "grant agreement" in its own article, share that name
// in the pooled gold. (Country nodes that took their capital's name where the capital is a place,
// "Libya" with "Tripoli", were the others until capitals were read as cities in context.)
const KNOWN_OVER_MERGED = ['grant agreement -> grant_agreement_2023_03_14, japan_uxo_lao_grant_2024'];
// With the second round: two ceasefires each called only "cessez-le-feu" share it in the pooled
// gold. (Iraq, Sri Lanka and South Sudan took their capital's name until a capital after "بتوقيت",
// "a visit to", or opening a dateline or a byline's brackets was read as the city.)
const KNOWN_OVER_MERGED_2 = [...KNOWN_OVER_MERGED, 'cessez-le-feu -> luanda_ceasefire_2024_07_30, ceasefire_1991'];
// With the third round: agreements called only "accord de paix" or "اتفاق (ل)وقف إطلاق النار" in
// their articles share that name in the pooled gold, and country nodes that took the name of their
// capital (Kigali, Maputo, Bangkok, Dakar, Cairo).
const KNOWN_OVER_MERGED_3 = [
  ...KNOWN_OVER_MERGED_2,
  'agreement 2018 -> bissau_peace_agreement_2023_08_04, r_arcss_2018_09_12',
  'accord de paix -> bissau_peace_agreement_2023_08_04, r_arcss_2018_09_12, luanda_ceasefire_2024_07_30, ceasefire_1991',
  'اتفاق لوقف إطلاق النار -> gaza_ceasefire_2025_01_15, ceasefire_2024_11_27',
  'اتفاق وقف إطلاق النار -> gaza_ceasefire_2025_01_15, ceasefire_2024_11_27',
  'Rwanda -> rwanda, kigali',
  'Kigali -> rwanda, kigali',
  'Mozambique -> mozambique, maputo',
  'Thailand -> thailand, bangkok',
  'Senegal -> senegal, dakar',
  'Egypt -> egypt, cairo',
];

// Untuned scores of the fourth round (entity F1 / typed recall / relation F1):
// ar_egypt_alamein_mines 0.681/0.667/0.217, ar_yemen_riyadh 0.750/0.692/0.491,
// en_haiti_kenya_mission 0.889/0.788/0.286, en_philippines_bangsamoro 0.828/0.677/0.410,
// fr_mozambique_renamo 0.807/0.719/0.245, fr_tchad_doha 0.814/0.742/0.514;
// all thirty-six together 0.876/0.801/0.587.
// Two floors went down by one relation each when a titled official with no country stopped acting
// for the article's main country unless it (or a place in it) is named near him: "Prime Minister
// Maeen Abdulmalik" and "President Ferdinand Marcos Jr." are their own country's, but "President
// Trump" in a story about Ukraine is not, and nothing in the text tells them apart.
const BLIND_4: Record<string, { entityF1: number; relationF1: number }> = {
  'ar_egypt_alamein_mines.txt': { entityF1: 0.83, relationF1: 0.54 },
  'ar_yemen_riyadh.txt': { entityF1: 0.9, relationF1: 0.65 },
  'en_haiti_kenya_mission.txt': { entityF1: 0.96, relationF1: 0.58 },
  'en_philippines_bangsamoro.txt': { entityF1: 0.83, relationF1: 0.58 },
  'fr_mozambique_renamo.txt': { entityF1: 0.89, relationF1: 0.47 },
  'fr_tchad_doha.txt': { entityF1: 0.91, relationF1: 0.76 },
};
const ALL_WITH_BLIND_4 = { entityF1: 0.91, typedRecall: 0.85, relationF1: 0.66 };
// With the fourth round: more country nodes that took the name of their capital (N'Djamena,
// Port-au-Prince). (Saudi Arabia named "رياض" in a person's name, "هشام رياض", and two more
// agreements called only "accord de paix" were others until the fixes after this round.)
const KNOWN_OVER_MERGED_4 = [
  ...KNOWN_OVER_MERGED_3,
  'Chad -> chad, ndjamena',
  "N'Djamena -> chad, ndjamena",
  'Haiti -> haiti, port_au_prince',
];

const golds: GoldFile[] = readdirSync(UNSEEN)
  .filter((f) => f.endsWith('.gold.json'))
  .sort()
  .map((f) => JSON.parse(readFileSync(join(UNSEEN, f), 'utf8')) as GoldFile);

function articlesOf(g: GoldFile): HarnessArticle[] {
  return g.articles.flatMap((a) => readArticles([join(UNSEEN, a.file)], { [a.file]: a.lang }).map((x) => ({ ...x, date: a.date })));
}

const isSecondRound = (g: GoldFile): boolean => g.articles[0]!.file in BLIND_2;
const isThirdRound = (g: GoldFile): boolean => g.articles[0]!.file in BLIND_3;
const isFourthRound = (g: GoldFile): boolean => g.articles[0]!.file in BLIND_4;
const isBlind = (g: GoldFile): boolean =>
  g.articles[0]!.file in BLIND || isSecondRound(g) || isThirdRound(g) || isFourthRound(g);
const floorsOf = (g: GoldFile): { entityF1: number; relationF1: number } =>
  BLIND[g.articles[0]!.file] ?? BLIND_2[g.articles[0]!.file] ?? BLIND_3[g.articles[0]!.file] ?? BLIND_4[g.articles[0]!.file] ?? PER_ARTICLE;

/** One gold for the given articles: entities with the same id are one entity. */
function combined(golds: GoldFile[]): GoldFile {
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
    const floor = floorsOf(g);
    it(`${g.articles[0]!.file}${isBlind(g) ? ' (blind)' : ''}: entity F1 >= ${floor.entityF1}, relation F1 >= ${floor.relationF1}`, (ctx) => {
      if (!score) return ctx.skip();
      const s = score(g, runHarness(extractor, articlesOf(g)).graph, UNSEEN);
      expect(s.entity.f1).toBeGreaterThanOrEqual(floor.entityF1);
      expect(s.relation.f1).toBeGreaterThanOrEqual(floor.relationF1);
      expect(s.evidence.verified).toBe(s.evidence.quotes);
    });
  }
});

describe('unseen-style articles together', () => {
  it('keeps the thresholds and never over-merges', (ctx) => {
    if (!score) return ctx.skip();
    const tuned = golds.filter((g) => !isBlind(g));
    const s = score(combined(tuned), runHarness(extractor, tuned.flatMap(articlesOf)).graph, UNSEEN);
    expect(s.entity.f1).toBeGreaterThanOrEqual(ALL.entityF1);
    expect(s.entity.typedRecall).toBeGreaterThanOrEqual(ALL.typedRecall);
    expect(s.relation.f1).toBeGreaterThanOrEqual(ALL.relationF1);
    expect(s.resolution.overMerged).toEqual([]);
    expect(s.evidence.verified).toBe(s.evidence.quotes);
  });

  it('with the blind articles, keeps their floors and over-merges nothing new', (ctx) => {
    if (!score) return ctx.skip();
    const firstRound = golds.filter((g) => !isSecondRound(g) && !isThirdRound(g) && !isFourthRound(g));
    const s = score(combined(firstRound), runHarness(extractor, firstRound.flatMap(articlesOf)).graph, UNSEEN);
    expect(s.entity.f1).toBeGreaterThanOrEqual(ALL_WITH_BLIND.entityF1);
    expect(s.entity.typedRecall).toBeGreaterThanOrEqual(ALL_WITH_BLIND.typedRecall);
    expect(s.relation.f1).toBeGreaterThanOrEqual(ALL_WITH_BLIND.relationF1);
    expect(s.resolution.overMerged.filter((m) => !KNOWN_OVER_MERGED.includes(m))).toEqual([]);
    expect(s.evidence.verified).toBe(s.evidence.quotes);
  });

  it('with the second blind round, keeps its floors and over-merges nothing new', (ctx) => {
    if (!score) return ctx.skip();
    const firstTwoRounds = golds.filter((g) => !isThirdRound(g) && !isFourthRound(g));
    const s = score(combined(firstTwoRounds), runHarness(extractor, firstTwoRounds.flatMap(articlesOf)).graph, UNSEEN);
    expect(s.entity.f1).toBeGreaterThanOrEqual(ALL_WITH_BLIND_2.entityF1);
    expect(s.entity.typedRecall).toBeGreaterThanOrEqual(ALL_WITH_BLIND_2.typedRecall);
    expect(s.relation.f1).toBeGreaterThanOrEqual(ALL_WITH_BLIND_2.relationF1);
    expect(s.resolution.overMerged.filter((m) => !KNOWN_OVER_MERGED_2.includes(m))).toEqual([]);
    expect(s.evidence.verified).toBe(s.evidence.quotes);
  });

  it('with the third blind round, keeps its floors and over-merges nothing new', (ctx) => {
    if (!score) return ctx.skip();
    const firstThreeRounds = golds.filter((g) => !isFourthRound(g));
    const s = score(combined(firstThreeRounds), runHarness(extractor, firstThreeRounds.flatMap(articlesOf)).graph, UNSEEN);
    expect(s.entity.f1).toBeGreaterThanOrEqual(ALL_WITH_BLIND_3.entityF1);
    expect(s.entity.typedRecall).toBeGreaterThanOrEqual(ALL_WITH_BLIND_3.typedRecall);
    expect(s.relation.f1).toBeGreaterThanOrEqual(ALL_WITH_BLIND_3.relationF1);
    expect(s.resolution.overMerged.filter((m) => !KNOWN_OVER_MERGED_3.includes(m))).toEqual([]);
    expect(s.evidence.verified).toBe(s.evidence.quotes);
  });

  it('with the fourth blind round, keeps its floors and over-merges nothing new', (ctx) => {
    if (!score) return ctx.skip();
    const s = score(combined(golds), runHarness(extractor, golds.flatMap(articlesOf)).graph, UNSEEN);
    expect(s.entity.f1).toBeGreaterThanOrEqual(ALL_WITH_BLIND_4.entityF1);
    expect(s.entity.typedRecall).toBeGreaterThanOrEqual(ALL_WITH_BLIND_4.typedRecall);
    expect(s.relation.f1).toBeGreaterThanOrEqual(ALL_WITH_BLIND_4.relationF1);
    expect(s.resolution.overMerged.filter((m) => !KNOWN_OVER_MERGED_4.includes(m))).toEqual([]);
    expect(s.evidence.verified).toBe(s.evidence.quotes);
  });
});

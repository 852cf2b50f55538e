// Extraction throughput on one core: the rule engine alone (no store) over a generated corpus of
// news-like articles in English, French and Arabic (bench/generate). The lexicon and the
// gazetteer automaton are built first and timed apart, and a warm-up pass over 200 articles lets
// the JIT settle, so that the figure is the steady-state rate a long ingest sees.
// Target: 500 articles/s at about 4 KB an article, on one core.
import { extractor } from '../electron/core/extract/index';
import { generateCorpus } from './generate';
import type { BenchContext, BenchModule } from './index';

const SEED = 20240501;

async function run(ctx: BenchContext): Promise<void> {
  const count = ctx.quick ? 300 : 2000;
  const corpus = generateCorpus({ count, seed: SEED });
  const bytes = corpus.reduce((n, a) => n + a.text.length, 0);
  let t = performance.now();
  for (const a of corpus.slice(0, 200)) extractor.extract({ text: a.text, lang: a.lang, bodyStart: 0, bodyEnd: a.text.length });
  ctx.report('extract.warmup_ms', performance.now() - t);
  t = performance.now();
  const cpu = process.cpuUsage();
  let relations = 0;
  for (const a of corpus) {
    relations += extractor.extract({ text: a.text, lang: a.lang, bodyStart: 0, bodyEnd: a.text.length }).relations.length;
  }
  const seconds = (performance.now() - t) / 1000;
  const used = process.cpuUsage(cpu);
  ctx.report('extract.articles', count);
  ctx.report('extract.avg_article_chars', Math.round(bytes / count));
  ctx.report('extract.articles_per_s', count / seconds);
  // On a shared machine the wall clock also counts time spent waiting for a core.
  ctx.report('extract.articles_per_cpu_s', count / ((used.user + used.system) / 1e6));
  ctx.report('extract.relations_per_article', relations / count);
}

export const bench: BenchModule = {
  id: 'extract',
  description: 'Rule-engine extraction throughput (articles/s) on a generated en/fr/ar corpus.',
  run,
};

// Ingest throughput, peak memory and store size per article on generated corpora (bench/generate)
// of 1,000 and 10,000 articles, through the same path the app's import worker takes, for text in
// memory: parseArticle and the project's extractor on prepare threads (as many as the import
// worker starts, defaultPrepareThreads), ingestBatch writing into a file store in WAL mode with
// synchronous=FULL. The 1,000 case also runs with one durable commit per article, and on one
// thread only, for scale. Each case runs in a child process, so that its peak RSS (worker
// threads included) is its own. The target is 10,000 articles in under 60 s and 1 GB.
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { extractor } from '../electron/core/extract/index';
import { parseArticle } from '../electron/core/ingest/index';
import { defaultPrepareThreads, ingestBatch, type BatchItem, type IngestOptions } from '../electron/core/pipeline/index';
import { countEvidence, countMentions, openStore } from '../electron/core/store/index';
import { prepareWorkers } from '../electron/core/worker/spawn';
import { generateCorpus, type CorpusArticle } from './generate';
import type { BenchContext, BenchModule } from './index';

const SEED = 20240501;

function label(count: number): string {
  return count % 1000 === 0 ? `${count / 1000}k` : String(count);
}

function fileBytes(path: string): number {
  try {
    return statSync(path).size;
  } catch {
    return 0;
  }
}

function items(corpus: CorpusArticle[], dir: string): BatchItem[] {
  return corpus.map((a) => {
    const input = { file: a.file, path: join(dir, a.file), text: a.text, kind: 'txt' as const, byteLength: Buffer.byteLength(a.text), encoding: 'UTF-8' };
    return { file: a.file, path: input.path, read: () => parseArticle(input), source: { kind: 'text', input } };
  });
}

type Mode = 'each' | 'one_thread' | undefined;

function options(mode: Mode): IngestOptions {
  if (mode === 'one_thread') return { extractor };
  const workers = { spawn: prepareWorkers(), threads: defaultPrepareThreads() };
  return { workers, groupCommit: mode === 'each' ? { maxArticles: 1 } : undefined };
}

/** `each`: one durable commit per article instead of the default commit groups; `one_thread`: no prepare threads. */
async function measure(count: number, mode: Mode, ctx: BenchContext): Promise<void> {
  const corpus = generateCorpus({ count, seed: SEED });
  const bytes = corpus.reduce((n, a) => n + Buffer.byteLength(a.text), 0);
  const dir = mkdtempSync(join(tmpdir(), 'kg-bench-'));
  const path = join(dir, 'kg.sqlite');
  const db = openStore(path);
  try {
    const started = performance.now();
    const cpu = process.cpuUsage();
    const summary = await ingestBatch(db, items(corpus, dir), options(mode));
    const seconds = (performance.now() - started) / 1000;
    const used = process.cpuUsage(cpu);
    if (summary.added !== count) throw new Error(`ingest bench: ${summary.added} of ${count} articles added (${summary.failed[0]?.reason ?? ''})`);
    const mentions = countMentions(db);
    const evidence = countEvidence(db);
    db.pragma('wal_checkpoint(TRUNCATE)');
    db.close();
    const name = `ingest.${label(count)}${mode === 'each' ? '.commit_each' : mode ? `.${mode}` : ''}`;
    ctx.report(`${name}.seconds`, seconds);
    // CPU time as well as wall time: on a shared machine the wall clock also measures the others.
    ctx.report(`${name}.cpu_seconds`, (used.user + used.system) / 1e6);
    ctx.report(`${name}.articles_per_s`, count / seconds);
    ctx.report(`${name}.mb_per_s`, bytes / 1e6 / seconds);
    ctx.report(`${name}.peak_rss_mb`, process.resourceUsage().maxRSS / 1024);
    if (mode) return;
    ctx.report(`${name}.prepare_threads`, defaultPrepareThreads());
    ctx.report(`${name}.db_kb_per_article`, (fileBytes(path) + fileBytes(`${path}-wal`)) / 1024 / count);
    ctx.report(`${name}.mentions_per_article`, mentions / count);
    ctx.report(`${name}.evidence_per_article`, evidence / count);
  } finally {
    if (db.open) db.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

export const bench: BenchModule = {
  id: 'ingest',
  description: `parse + extract (${extractor.id}@${extractor.version}) + store generated articles, per corpus size`,
  async run(ctx) {
    await ctx.inChild(['1000']);
    await ctx.inChild(['1000', 'each']);
    await ctx.inChild(['1000', 'one_thread']);
    if (!ctx.quick) await ctx.inChild(['10000']);
  },
  async child([count, mode], ctx) {
    const n = Number(count);
    if (!Number.isInteger(n) || n < 1) throw new Error(`ingest bench: bad article count ${count}`);
    if (mode !== undefined && mode !== 'each' && mode !== 'one_thread') throw new Error(`ingest bench: bad mode ${mode}`);
    await measure(n, mode, ctx);
  },
};

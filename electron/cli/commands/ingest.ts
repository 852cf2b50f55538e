// `kg ingest <paths...>`: reads files and folders into the store, with a progress bar on a
// terminal and one line per file otherwise, then a summary. Exits 0 unless nothing could be read.
import { SingleBar } from 'cli-progress';
import { ingestPaths, type IngestProgress, type IngestSummary } from '../../core/pipeline/index';
import { openStore } from '../../core/store/index';
import { DB_OPTION, dbPath, type CliContext, type Command } from '../context';
import { withDb } from '../open-db';

const MAX_LISTED_WARNINGS = 10;

function progressReporter(ctx: CliContext, quiet: boolean): { onProgress: (p: IngestProgress) => void; stop: () => void } {
  if (ctx.tty && ctx.stream) {
    const bar = new SingleBar({ format: '{bar} {value}/{total} {file}', stream: ctx.stream, hideCursor: true, clearOnComplete: true });
    let started = false;
    return {
      onProgress: (p) => {
        if (!started) bar.start(p.total, 0, { file: '' });
        started = true;
        bar.update(p.done, { file: p.file });
      },
      stop: () => started && bar.stop(),
    };
  }
  return {
    onProgress: (p) => {
      if (quiet && p.status !== 'failed') return;
      const why = p.status === 'failed' ? `  ${p.code}: ${p.reason}` : '';
      ctx.out(`[${p.done}/${p.total}] ${p.status.padEnd(9)} ${p.file}${why}`);
    },
    stop: () => undefined,
  };
}

function printSummary(ctx: CliContext, s: IngestSummary): void {
  const files = s.added + s.unchanged + s.replaced + s.failed.length;
  ctx.out(`${files} file${files === 1 ? '' : 's'}: ${s.added} added, ${s.unchanged} unchanged, ${s.replaced} replaced, ${s.failed.length} failed${s.cancelled ? ' (cancelled)' : ''}`);
  if (s.failed.length > 0) {
    ctx.out('failed:');
    for (const f of s.failed) ctx.out(`  ${f.file}  ${f.code}  ${f.reason}`);
  }
  if (s.warnings.length > 0) {
    ctx.out(`extraction warnings: ${s.warnings.length} (refused, not stored)`);
    for (const w of s.warnings.slice(0, MAX_LISTED_WARNINGS)) ctx.out(`  ${w.file}  ${w.reason}`);
    if (s.warnings.length > MAX_LISTED_WARNINGS) ctx.out(`  ... and ${s.warnings.length - MAX_LISTED_WARNINGS} more`);
  }
  if (s.curation.applied + s.curation.unresolved.length > 0) {
    ctx.out(`curation log: ${s.curation.applied} applied, ${s.curation.unresolved.length} unresolved`);
    for (const u of s.curation.unresolved) ctx.out(`  #${u.id}  ${u.reason}`);
  }
}

export const ingestCommand: Command = {
  name: 'ingest',
  summary: 'read article files and folders (.txt .md .html) into the store',
  usage: 'kg ingest <paths...> [--db FILE] [--quiet]',
  options: { ...DB_OPTION, quiet: { type: 'boolean', short: 'q' } },
  positionals: 'some',
  async run(ctx, values, paths) {
    const path = dbPath(ctx, values);
    const reporter = progressReporter(ctx, values.quiet === true);
    const summary = await withDb(openStore(path), (db) =>
      ingestPaths(db, paths, { extractor: ctx.extractor, onProgress: reporter.onProgress }).finally(reporter.stop),
    );
    printSummary(ctx, summary);
    const read = summary.added + summary.unchanged + summary.replaced;
    if (read === 0) {
      ctx.err(summary.failed.length > 0 ? 'kg ingest: no file could be read' : 'kg ingest: no article files found (.txt, .md, .html)');
      return 1;
    }
    ctx.out(`store: ${path}`);
    return 0;
  },
};

// `npm run bench`: a small registry that finds every bench/*-bench.ts module and runs it. Each
// module exports `bench: BenchModule` and reports figures as `name value` lines, one per figure
// (`ingest.10k.articles_per_s 412.3`), so runs can be compared with diff or a spreadsheet.
//
//   npm run bench [-- --only ID[,ID...]] [-- --quick]
//
// A case that needs its own process (so that its peak RSS is its own) calls ctx.inChild(args):
// this file then runs again as `--child ID args...` and calls the module's `child(args, ctx)`.
import { spawn } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';

export interface BenchContext {
  quick: boolean;
  /** Prints one figure; `value` is rounded to 0.1 unless it is an integer. */
  report(name: string, value: number): void;
  /** Runs `child(args)` of the calling module in a fresh Node process, relaying its figures. */
  inChild(args: string[]): Promise<void>;
}

export interface BenchModule {
  id: string;
  description: string;
  run(ctx: BenchContext): Promise<void>;
  child?(args: string[], ctx: BenchContext): Promise<void>;
}

const BENCH_DIR = dirname(fileURLToPath(import.meta.url));
const RUN_TS = join(BENCH_DIR, '..', 'bin', 'run-ts.mjs');

function format(value: number): string {
  return Number.isInteger(value) ? String(value) : value.toFixed(1);
}

function report(name: string, value: number): void {
  process.stdout.write(`${name} ${format(value)}\n`);
}

function inChild(id: string, quick: boolean, args: string[]): Promise<void> {
  const argv = [RUN_TS, join(BENCH_DIR, 'index.ts'), '--child', id, ...(quick ? ['--quick'] : []), '--', ...args];
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, argv, { stdio: ['ignore', 'inherit', 'inherit'] });
    child.on('error', reject);
    child.on('exit', (code, signal) =>
      code === 0 ? resolve() : reject(new Error(`bench ${id} ${args.join(' ')} exited with ${signal ?? code}`)),
    );
  });
}

async function loadModules(): Promise<BenchModule[]> {
  const files = readdirSync(BENCH_DIR).filter((f) => f.endsWith('-bench.ts')).sort();
  const modules = await Promise.all(files.map(async (f) => (await import(pathToFileURL(join(BENCH_DIR, f)).href)) as { bench?: BenchModule }));
  return modules.flatMap((m, i) => {
    if (m.bench) return [m.bench];
    process.stderr.write(`bench: ${files[i]} exports no \`bench\`; skipped\n`);
    return [];
  });
}

async function main(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    options: { only: { type: 'string' }, quick: { type: 'boolean' }, child: { type: 'string' } },
    allowPositionals: true,
    strict: true,
  });
  const quick = values.quick === true;
  const modules = await loadModules();
  const ctxFor = (id: string): BenchContext => ({ quick, report, inChild: (args) => inChild(id, quick, args) });
  if (values.child) {
    const m = modules.find((x) => x.id === values.child);
    if (!m?.child) throw new Error(`no bench module ${values.child} with a child entry`);
    await m.child(positionals, ctxFor(m.id));
    return 0;
  }
  const only = values.only?.split(',').map((s) => s.trim());
  const chosen = modules.filter((m) => !only || only.includes(m.id));
  if (chosen.length === 0) throw new Error(`no bench module matches --only ${values.only}; known: ${modules.map((m) => m.id).join(', ')}`);
  for (const m of chosen) {
    process.stderr.write(`# ${m.id}: ${m.description}${quick ? ' (quick)' : ''}\n`);
    await m.run(ctxFor(m.id));
  }
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => (process.exitCode = code),
  (err: unknown) => {
    process.stderr.write(`bench: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exitCode = 1;
  },
);

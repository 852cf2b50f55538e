// Export time per format for a 5,000-node synthetic subgraph (10,000 edges, about 20,000
// evidence records, en/fr/ar labels): the median of a few runs of each exporter, as the CLI and
// the app call it (`exportFiles`, fonts embedded in the SVG). Targets: every data format under
// 1 s, SVG under 3 s. Prints `export.<format>.5k_ms N` and the output size as
// `export.<format>.5k_kb N`.
import { exportFiles, exporterIds, getExporter } from '../electron/core/export/registry';
import { syntheticGraph } from '../test/export/fixtures';
import type { BenchContext, BenchModule } from './index';
import { median } from './median';

const NODES = 5_000;


async function run(ctx: BenchContext): Promise<void> {
  const graph = syntheticGraph(NODES);
  const runs = ctx.quick ? 3 : 5;
  for (const id of exporterIds()) {
    const exporter = getExporter(id)!;
    const times: number[] = [];
    let bytes = 0;
    // One unmeasured run first, so that module loading and JIT warm-up are not counted.
    for (let i = 0; i <= runs; i++) {
      const started = performance.now();
      const files = exportFiles(exporter, graph, {}, `bench.${exporter.extension}`);
      const elapsed = performance.now() - started;
      if (i > 0) times.push(elapsed);
      bytes = files.reduce((n, f) => n + (typeof f.data === 'string' ? Buffer.byteLength(f.data) : f.data.length), 0);
    }
    ctx.report(`export.${id}.5k_ms`, Math.round(median(times)));
    ctx.report(`export.${id}.5k_kb`, Math.round(bytes / 1024));
  }
}

export const bench: BenchModule = {
  id: 'export',
  description: `export time per format for a ${NODES}-node synthetic subgraph (median of a few runs)`,
  run,
};

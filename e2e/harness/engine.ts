// Loads the engine (electron/core) for the browser specs. Its modules are written for bundler
// resolution (extensionless deep imports such as graphology-metrics/centrality/pagerank), which
// Playwright's strict ESM loader refuses, so they are imported through tsx — the same loader
// bin/run-ts.mjs and the import worker use under plain Node. Types are imported statically.
import { fileURLToPath } from 'node:url';
import { resolve } from 'node:path';
import { tsImport } from 'tsx/esm/api';

export const ROOT = resolve(fileURLToPath(import.meta.url), '../../..');

import type * as HostNs from '../../electron/core/api/host';
import type * as PipelineNs from '../../electron/core/pipeline/index';
import type * as StoreNs from '../../electron/core/store/index';
import type * as SpawnNs from '../../electron/core/worker/spawn';
import type * as FakeExtractorNs from '../../electron/core/pipeline/testing/fake-extractor';
import type * as SampleNamesNs from '../../electron/core/pipeline/testing/sample-names';

export type HostModule = typeof HostNs;
export type PipelineModule = typeof PipelineNs;
export type StoreModule = typeof StoreNs;
export type SpawnModule = typeof SpawnNs;
export type FakeExtractorModule = typeof FakeExtractorNs;
export type SampleNamesModule = typeof SampleNamesNs;

export interface EngineModules {
  host: HostModule;
  pipeline: PipelineModule;
  store: StoreModule;
  spawn: SpawnModule;
  fake: FakeExtractorModule;
  sampleNames: SampleNamesModule;
}

let loaded: Promise<EngineModules> | null = null;

function load<T>(path: string): Promise<T> {
  return tsImport(resolve(ROOT, path), import.meta.url) as Promise<T>;
}

export function engineModules(): Promise<EngineModules> {
  loaded ??= (async () => ({
    host: await load<HostModule>('electron/core/api/host.ts'),
    pipeline: await load<PipelineModule>('electron/core/pipeline/index.ts'),
    store: await load<StoreModule>('electron/core/store/index.ts'),
    spawn: await load<SpawnModule>('electron/core/worker/spawn.ts'),
    fake: await load<FakeExtractorModule>('electron/core/pipeline/testing/fake-extractor.ts'),
    sampleNames: await load<SampleNamesModule>('electron/core/pipeline/testing/sample-names.ts'),
  }))();
  return loaded;
}

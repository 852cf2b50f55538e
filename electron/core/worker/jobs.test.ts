// Import jobs over real worker threads (the TypeScript entry through tsx) into a temp store.
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { EventName, EventPayloads, ImportProgress } from '../../../shared/ipc';
import { openStore } from '../store/index';
import { createImportJobs, type ImportJobs } from './jobs';
import { sourceWorker } from './spawn';

const SAMPLES = join(__dirname, '../../../resources/samples');
let dir: string;
let events: Array<{ event: EventName; payload: unknown }>;
let jobs: ImportJobs;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'kg-jobs-'));
  events = [];
  const dbPath = join(dir, 'kg.sqlite');
  openStore(dbPath).close();
  jobs = createImportJobs({
    spawn: sourceWorker(),
    target: () => ({ dbPath }),
    emit: <E extends EventName>(event: E, payload: EventPayloads[E]) => events.push({ event, payload }),
  });
});

afterEach(async () => {
  await jobs.dispose();
  rmSync(dir, { recursive: true, force: true });
});

const progress = () => events.filter((e) => e.event === 'import:progress').map((e) => e.payload as ImportProgress);

describe('import jobs', () => {
  it('imports in a worker, reporting each file, then says the store changed', async () => {
    const files = readdirSync(SAMPLES).map((f) => join(SAMPLES, f));
    const jobId = jobs.start([...files, join(dir, 'missing.txt')]);
    await jobs.idle();
    const final = jobs.status(jobId)!;
    expect(final.state).toBe('done');
    expect(final.summary).toMatchObject({ added: files.length, unchanged: 0, replaced: 0 });
    expect(final.summary!.failed).toEqual([expect.objectContaining({ file: 'missing.txt' })]);
    const perFile = progress().filter((p) => p.state === 'running' && p.last);
    expect(perFile.map((p) => p.done)).toEqual(files.map((_, i) => i + 1));
    expect(progress()[0]!.state).toBe('queued');
    expect(events.at(-1)).toEqual({ event: 'store:changed', payload: { reason: 'import' } });
    const db = openStore(join(dir, 'kg.sqlite'), { readonly: true });
    expect((db.prepare('SELECT count(*) AS n FROM articles').get() as { n: number }).n).toBe(files.length);
    db.close();
  });

  it('runs one batch at a time, cancels a queued one and reports unchanged files quietly', async () => {
    const file = join(SAMPLES, readdirSync(SAMPLES)[0]!);
    const first = jobs.start([file]);
    const second = jobs.start([file]);
    const third = jobs.start([file]);
    expect(jobs.status(second)!.state).toBe('queued');
    expect(jobs.cancel(third)).toBe(true);
    expect(jobs.cancel('import-999')).toBe(false);
    await jobs.idle();
    expect(jobs.status(first)!.summary!.added).toBe(1);
    expect(jobs.status(second)!.summary).toMatchObject({ added: 0, unchanged: 1 });
    expect(jobs.status(third)!.state).toBe('cancelled');
    expect(events.filter((e) => e.event === 'store:changed')).toHaveLength(1);
    expect(jobs.status()!.jobId).toBe(third);
  });

  it('fails a job whose store cannot be opened, with a coded error', async () => {
    const bad = createImportJobs({ spawn: sourceWorker(), target: () => ({ dbPath: join(dir, 'no', 'such', 'dir', 'kg.sqlite') }), emit: () => {} });
    const jobId = bad.start([SAMPLES]);
    await bad.idle();
    expect(bad.status(jobId)).toMatchObject({ state: 'failed', error: { code: 'DB_ERROR' } });
    await bad.dispose();
  });
});

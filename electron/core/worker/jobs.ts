// Import jobs: each batch of paths runs in its own worker thread, one batch at a time (two writers
// would only wait on each other's locks), later batches queued. Every change of a job's state is
// pushed as an `import:progress` event; a finished batch that changed the store also pushes
// `store:changed`, which is the renderer's cue to fetch the graph again.
import type { Worker } from 'node:worker_threads';
import type { Emit, ImportProgress } from '../../../shared/ipc';
import type { FromWorker, ImportWorkerData, ToWorker } from './protocol';
import type { SpawnImportWorker } from './spawn';

export interface ImportJobs {
  /** Queues an import of `paths` and returns its job id. */
  start(paths: string[]): string;
  /** A job's progress (the latest job when no id is given), or null. */
  status(jobId?: string): ImportProgress | null;
  cancel(jobId: string): boolean;
  /** Resolves when no job is queued or running. */
  idle(): Promise<void>;
  /** Stops every job (on quit). */
  dispose(): Promise<void>;
}

export interface ImportJobsOptions {
  spawn: SpawnImportWorker;
  /** The store the workers write into; read when a job starts, so that it follows "Open database…". */
  target: () => Omit<ImportWorkerData, 'paths'>;
  emit: Emit;
}

interface Job {
  progress: ImportProgress;
  paths: string[];
  worker?: Worker;
}

export function createImportJobs(opts: ImportJobsOptions): ImportJobs {
  const jobs = new Map<string, Job>();
  const queue: Job[] = [];
  let running: Job | null = null;
  let counter = 0;
  let waiters: Array<() => void> = [];

  const publish = (job: Job, change: Partial<ImportProgress>) => {
    job.progress = { ...job.progress, ...change };
    opts.emit('import:progress', job.progress);
  };

  const finish = (job: Job, change: Partial<ImportProgress>) => {
    if (job !== running) return;
    running = null;
    publish(job, change);
    const s = job.progress.summary;
    if (s && s.added + s.replaced > 0) opts.emit('store:changed', { reason: 'import' });
    next();
  };

  const onMessage = (job: Job, m: FromWorker) => {
    if (m.type === 'listed') publish(job, { total: m.total });
    else if (m.type === 'file') {
      const last = { file: m.file, status: m.status, ...(m.code ? { code: m.code, reason: m.reason ?? '' } : {}) };
      publish(job, { total: m.total, done: m.done, last });
    } else if (m.type === 'done') finish(job, { state: m.cancelled ? 'cancelled' : 'done', summary: m.summary });
    else finish(job, { state: 'failed', error: m.error });
  };

  function next(): void {
    const job = queue.shift();
    if (!job) {
      for (const resolve of waiters) resolve();
      waiters = [];
      return;
    }
    running = job;
    publish(job, { state: 'running' });
    const worker = opts.spawn({ ...opts.target(), paths: job.paths });
    job.worker = worker;
    worker.on('message', (m: FromWorker) => onMessage(job, m));
    worker.on('error', (err) => finish(job, { state: 'failed', error: { code: 'INTERNAL', message: err.message } }));
    worker.on('exit', (code) => finish(job, { state: 'failed', error: { code: 'INTERNAL', message: `The import stopped unexpectedly (exit code ${code}).` } }));
  }

  return {
    start(paths) {
      const jobId = `import-${++counter}`;
      const job: Job = { paths, progress: { jobId, state: 'queued', total: null, done: 0 } };
      jobs.set(jobId, job);
      queue.push(job);
      opts.emit('import:progress', job.progress);
      if (!running) next();
      return jobId;
    },
    status(jobId) {
      const job = jobId === undefined ? [...jobs.values()].at(-1) : jobs.get(jobId);
      return job?.progress ?? null;
    },
    cancel(jobId) {
      const job = jobs.get(jobId);
      if (!job) return false;
      if (job === running) job.worker?.postMessage({ type: 'cancel' } satisfies ToWorker);
      else if (queue.includes(job)) {
        queue.splice(queue.indexOf(job), 1);
        publish(job, { state: 'cancelled' });
      } else return false;
      return true;
    },
    idle() {
      return running || queue.length ? new Promise((resolve) => waiters.push(resolve)) : Promise.resolve();
    },
    async dispose() {
      queue.length = 0;
      const worker = running?.worker;
      running = null;
      if (worker) await worker.terminate();
      for (const resolve of waiters) resolve();
      waiters = [];
    },
  };
}

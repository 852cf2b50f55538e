// A few worker threads that prepare articles (./prepare.ts: read, decode, detect the language,
// extract, check, fold) for the one thread that writes them into the store. SQLite takes one
// writer at a time, and a connection belongs to its thread, so the writes stay where they are and
// only the pure part moves. Each job goes to the thread with the fewest jobs in hand; answers
// come back in any order, and the caller puts them back in input order (see ./batch.ts).
//
// Every worker runs the project's rule engine (extract/index.ts createExtractor), which loads its
// lexicon on the first article; a custom Extractor object cannot cross to another thread.
import { availableParallelism } from 'node:os';
import type { MessagePort, Worker } from 'node:worker_threads';
import { KgError } from '../../../shared/errors';
import type { ArticleSource, PrepareResult, StoredVersion } from './prepare';

export interface PrepareWorkerData {
  role: 'prepare';
  /** The lexicon folder for createExtractor; its default when absent. */
  lexiconDir?: string;
}

export interface PrepareJob {
  id: number;
  source: ArticleSource;
  stored?: StoredVersion;
}

export interface PrepareAnswer {
  id: number;
  result: PrepareResult;
}

export type SpawnPrepareWorker = (data: PrepareWorkerData) => Worker;

export interface PreparePool {
  prepare(source: ArticleSource, stored?: StoredVersion): Promise<PrepareResult>;
  /** Stops the threads; jobs still in hand are rejected. */
  close(): Promise<void>;
}

interface Pending {
  resolve(result: PrepareResult): void;
  reject(err: Error): void;
}

interface Thread {
  worker: Worker;
  pending: Map<number, Pending>;
}

function startThread(spawn: SpawnPrepareWorker, lexiconDir: string | undefined): Thread {
  const thread: Thread = { worker: spawn({ role: 'prepare', lexiconDir }), pending: new Map() };
  const failAll = (err: Error) => {
    for (const p of thread.pending.values()) p.reject(err);
    thread.pending.clear();
  };
  thread.worker.on('message', ({ id, result }: PrepareAnswer) => {
    thread.pending.get(id)?.resolve(result);
    thread.pending.delete(id);
  });
  thread.worker.on('error', (err) => failAll(new KgError('INTERNAL', `An extraction thread failed: ${err.message}`)));
  thread.worker.on('exit', (code) => failAll(new KgError('INTERNAL', `An extraction thread stopped unexpectedly (exit code ${code}).`)));
  return thread;
}

/** One thread fewer than the cores, for the writer, and no more than two: the writer keeps up with two. */
export function defaultPrepareThreads(): number {
  return Math.max(1, Math.min(2, availableParallelism() - 1));
}

export function createPreparePool(spawn: SpawnPrepareWorker, threads: number, lexiconDir?: string): PreparePool {
  const pool = Array.from({ length: Math.max(1, threads) }, () => startThread(spawn, lexiconDir));
  let nextId = 0;
  return {
    prepare(source, stored) {
      const thread = pool.reduce((a, b) => (b.pending.size < a.pending.size ? b : a));
      const id = nextId++;
      return new Promise<PrepareResult>((resolve, reject) => {
        thread.pending.set(id, { resolve, reject });
        thread.worker.postMessage({ id, source, stored } satisfies PrepareJob);
      });
    },
    async close() {
      await Promise.all(pool.map((t) => t.worker.terminate()));
    },
  };
}

/** The worker's side: answers each job as it comes, one at a time. */
export async function servePrepareJobs(port: MessagePort, data: PrepareWorkerData): Promise<void> {
  const [{ createExtractor }, { prepareArticle }] = await Promise.all([import('../extract/index'), import('./prepare')]);
  const extractor = createExtractor({ lexiconDir: data.lexiconDir });
  port.on('message', ({ id, source, stored }: PrepareJob) => {
    port.postMessage({ id, result: prepareArticle(source, extractor, stored) } satisfies PrepareAnswer);
  });
}

// The import worker's entry point: ingests a batch of files into the store on its own thread, so
// that neither the UI nor the main process waits on decoding, extraction or SQLite writes. It
// opens its own connection, loads the engine lazily, reports every file as it finishes and stops
// between files when asked to cancel. Built as a separate chunk for Electron (electron-vite's
// `?modulePath`), run through tsx under plain Node (./spawn.ts).
//
// A batch large enough is read and extracted on prepare threads started from this same entry
// (pipeline/prepare-pool.ts), while this thread writes; workerData tells the two roles apart.
import { isMainThread, parentPort, workerData, type MessagePort } from 'node:worker_threads';
import { errorValue } from '../../../shared/errors';
import type { PrepareWorkerData } from '../pipeline/prepare-pool';
import type { FromWorker, ImportWorkerData, ToWorker } from './protocol';

async function run(port: MessagePort, data: ImportWorkerData): Promise<void> {
  const send = (message: FromWorker) => port.postMessage(message);
  const abort = new AbortController();
  port.on('message', (message: ToWorker) => {
    if (message.type === 'cancel') abort.abort();
  });
  const [{ openStore }, { ingestPaths, defaultPrepareThreads }, { createExtractor }, { prepareWorkers }] = await Promise.all([
    import('../store/index'),
    import('../pipeline/index'),
    import('../extract/index'),
    import('./spawn'),
  ]);
  const db = openStore(data.dbPath, { nativeBinding: data.nativeBinding });
  try {
    let listed = false;
    const engine = data.entry
      ? { workers: { spawn: prepareWorkers(data.entry), threads: defaultPrepareThreads(), lexiconDir: data.lexiconDir } }
      : { extractor: createExtractor({ lexiconDir: data.lexiconDir }) };
    const summary = await ingestPaths(db, data.paths, {
      ...engine,
      signal: abort.signal,
      onProgress: (p) => {
        if (!listed) send({ type: 'listed', total: p.total });
        listed = true;
        send({ type: 'file', done: p.done, total: p.total, file: p.file, status: p.status, code: p.code, reason: p.reason });
      },
    });
    send({
      type: 'done',
      cancelled: summary.cancelled,
      summary: {
        added: summary.added,
        unchanged: summary.unchanged,
        replaced: summary.replaced,
        failed: summary.failed.map(({ file, code, reason }) => ({ file, code, reason })),
      },
    });
  } finally {
    db.close();
  }
}

// The guard matters beyond style: a bundler may place shared code in this chunk and have the main
// thread import it, where nothing must run.
if (!isMainThread && parentPort) {
  const port = parentPort;
  const data = workerData as ImportWorkerData | PrepareWorkerData;
  if ('role' in data && data.role === 'prepare') {
    // A failure to start ends the thread, which the pool reports for the jobs it had given it.
    void import('../pipeline/prepare-pool').then(({ servePrepareJobs }) => servePrepareJobs(port, data));
  } else {
    run(port, data as ImportWorkerData)
      .catch((err: unknown) => port.postMessage({ type: 'failed', error: errorValue(err) } satisfies FromWorker))
      .finally(() => port.close());
  }
}

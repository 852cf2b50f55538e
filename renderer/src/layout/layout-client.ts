// The UI thread's handle on the layout workers: a small ForceAtlas2 worker and a Cytoscape one
// for the other layouts, each started ahead of need. One layout at a time: asking for a new one
// while another runs terminates the busy worker (a synchronous layout cannot be interrupted from
// inside) and the superseded promise resolves to null, so a stale layout never moves the nodes.
import type { LayoutName, LayoutRequest, LayoutResult, WorkerReply, WorkerRequest } from './protocol';

export type WorkerKind = 'fa2' | 'cytoscape';

export function workerFor(name: LayoutName): WorkerKind {
  return name === 'fa2' ? 'fa2' : 'cytoscape';
}

interface Pending {
  kind: WorkerKind;
  jobId: number;
  resolve: (result: LayoutResult | null) => void;
  reject: (err: Error) => void;
}

export class LayoutClient {
  private readonly workers = new Map<WorkerKind, Worker>();
  private readonly ready = new Map<WorkerKind, Promise<void>>();
  private readonly markReady = new Map<WorkerKind, () => void>();
  private pending: Pending | null = null;
  private nextJob = 1;

  constructor(private readonly spawn: (kind: WorkerKind) => Worker = defaultSpawn) {}

  get busy(): boolean {
    return this.pending !== null;
  }

  run(request: LayoutRequest): Promise<LayoutResult | null> {
    this.cancel();
    const kind = workerFor(request.name);
    const worker = this.ensureWorker(kind);
    const jobId = this.nextJob++;
    return new Promise<LayoutResult | null>((resolve, reject) => {
      this.pending = { kind, jobId, resolve, reject };
      const message: WorkerRequest = { jobId, request };
      worker.postMessage(message);
    });
  }

  /**
   * Resolves when a message posted to the worker for `name` reaches it at once (or after
   * `timeoutMs`). Chromium queues messages to a new worker until the UI thread has heard that the
   * worker's script ran, which it only hears between tasks; a message posted by the worker itself
   * while it starts can arrive before that. So the client says hello on creation and the worker's
   * answer, which it can only give once the queue was flushed, is the sign. A caller about to
   * block the UI thread (adding thousands of elements) waits for this before posting a layout, or
   * the layout only starts once the UI thread is free again.
   */
  whenReady(name: LayoutName, timeoutMs = 3000): Promise<void> {
    const kind = workerFor(name);
    this.ensureWorker(kind);
    const ready = this.ready.get(kind) ?? Promise.resolve();
    return Promise.race([ready, new Promise<void>((resolve) => setTimeout(resolve, timeoutMs))]);
  }

  /** Starts a worker ahead of its first layout, so its script is parsed before it is needed. */
  warm(kind: WorkerKind): void {
    this.ensureWorker(kind);
  }

  /** Abandons the running layout, if any. */
  cancel(): void {
    const pending = this.pending;
    if (!pending) return;
    this.pending = null;
    pending.resolve(null);
    this.drop(pending.kind);
  }

  dispose(): void {
    this.cancel();
    for (const kind of [...this.workers.keys()]) this.drop(kind);
  }

  private drop(kind: WorkerKind): void {
    this.workers.get(kind)?.terminate();
    this.workers.delete(kind);
    this.markReady.get(kind)?.();
    this.ready.delete(kind);
    this.markReady.delete(kind);
  }

  private ensureWorker(kind: WorkerKind): Worker {
    const existing = this.workers.get(kind);
    if (existing) return existing;
    const worker = this.spawn(kind);
    this.ready.set(kind, new Promise<void>((resolve) => this.markReady.set(kind, resolve)));
    worker.onmessage = (event: MessageEvent<WorkerReply>) => {
      if ('ready' in event.data) this.markReady.get(kind)?.();
      else this.settle(event.data);
    };
    worker.onerror = (event: ErrorEvent) => {
      event.preventDefault();
      this.fail(kind, new Error(`layout worker failed: ${event.message}`));
    };
    this.workers.set(kind, worker);
    worker.postMessage({ hello: true } satisfies WorkerRequest);
    return worker;
  }

  private settle(reply: Exclude<WorkerReply, { ready: true }>): void {
    const pending = this.pending;
    if (!pending || pending.jobId !== reply.jobId) return;
    this.pending = null;
    if (reply.ok) pending.resolve(reply.result);
    else pending.reject(new Error(reply.message));
  }

  private fail(kind: WorkerKind, err: Error): void {
    this.drop(kind);
    const pending = this.pending;
    if (pending?.kind !== kind) return;
    this.pending = null;
    pending.reject(err);
  }
}

// Vite finds workers by these literal `new Worker(new URL(...))` expressions and bundles each.
function defaultSpawn(kind: WorkerKind): Worker {
  if (kind === 'fa2') return new Worker(new URL('./fa2.worker.ts', import.meta.url), { type: 'module', name: 'layout-fa2' });
  return new Worker(new URL('./cy-layout.worker.ts', import.meta.url), { type: 'module', name: 'layout-cytoscape' });
}

// The UI thread's handle on the layout worker. One layout at a time: asking for a new one while
// another runs terminates the worker (a synchronous layout cannot be interrupted from inside) and
// the superseded promise resolves to null, so a stale layout never moves the nodes.
import type { LayoutRequest, LayoutResult, WorkerReply, WorkerRequest } from './protocol';

interface Pending {
  jobId: number;
  resolve: (result: LayoutResult | null) => void;
  reject: (err: Error) => void;
}

export class LayoutClient {
  private worker: Worker | null = null;
  private pending: Pending | null = null;
  private nextJob = 1;

  constructor(private readonly spawn: () => Worker = defaultSpawn) {}

  get busy(): boolean {
    return this.pending !== null;
  }

  run(request: LayoutRequest): Promise<LayoutResult | null> {
    this.cancel();
    const worker = this.ensureWorker();
    const jobId = this.nextJob++;
    return new Promise<LayoutResult | null>((resolve, reject) => {
      this.pending = { jobId, resolve, reject };
      const message: WorkerRequest = { jobId, request };
      worker.postMessage(message);
    });
  }

  /** Starts the worker ahead of the first layout, so its script is parsed before it is needed. */
  warm(): void {
    this.ensureWorker();
  }

  /** Abandons the running layout, if any. */
  cancel(): void {
    if (!this.pending) return;
    this.pending.resolve(null);
    this.pending = null;
    this.worker?.terminate();
    this.worker = null;
  }

  dispose(): void {
    this.cancel();
    this.worker?.terminate();
    this.worker = null;
  }

  private ensureWorker(): Worker {
    if (this.worker) return this.worker;
    const worker = this.spawn();
    worker.onmessage = (event: MessageEvent<WorkerReply>) => this.settle(event.data);
    worker.onerror = (event: ErrorEvent) => {
      event.preventDefault();
      this.fail(new Error(`layout worker failed: ${event.message}`));
    };
    this.worker = worker;
    return worker;
  }

  private settle(reply: WorkerReply): void {
    const pending = this.pending;
    if (!pending || pending.jobId !== reply.jobId) return;
    this.pending = null;
    if (reply.ok) pending.resolve(reply.result);
    else pending.reject(new Error(reply.message));
  }

  private fail(err: Error): void {
    const pending = this.pending;
    this.pending = null;
    this.worker?.terminate();
    this.worker = null;
    pending?.reject(err);
  }
}

function defaultSpawn(): Worker {
  return new Worker(new URL('./layout.worker.ts', import.meta.url), { type: 'module', name: 'layout' });
}

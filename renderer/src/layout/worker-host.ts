// The shared body of the layout workers: receive a LayoutRequest, run it, transfer the
// coordinate buffers back. Layout work never runs on the UI thread; a superseded job is not
// interrupted here but terminated from outside (./layout-client).
import type { LayoutRequest, LayoutResult, WorkerReply, WorkerRequest } from './protocol';

/** The slice of DedicatedWorkerGlobalScope used here (the web tsconfig carries DOM, not WebWorker, libs). */
interface WorkerScope {
  onmessage: ((event: MessageEvent<WorkerRequest>) => void) | null;
  postMessage(message: WorkerReply, transfer?: Transferable[]): void;
}

export function serveLayouts(run: (request: LayoutRequest) => LayoutResult): void {
  const scope = self as unknown as WorkerScope;
  scope.onmessage = (event: MessageEvent<WorkerRequest>) => {
    if ('hello' in event.data) {
      scope.postMessage({ ready: true });
      return;
    }
    const { jobId, request } = event.data;
    let reply: WorkerReply;
    try {
      reply = { jobId, ok: true, result: run(request) };
    } catch (err) {
      reply = { jobId, ok: false, message: err instanceof Error ? err.message : String(err) };
    }
    if (reply.ok) scope.postMessage(reply, [reply.result.x.buffer, reply.result.y.buffer]);
    else scope.postMessage(reply);
  };
}

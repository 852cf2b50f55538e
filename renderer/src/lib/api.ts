// The renderer's only door to the engine: `call(op, input)` invokes `window.api[op]` and unwraps
// the `Result`, throwing an ApiError that keeps the engine's stable error code. Components catch
// ApiError and show its message; nothing branches on message text.
import type { Result } from '../../../shared/errors';
import type { ApiOpName, Input, KgWindowApi, Output } from '../../../shared/ipc';

export class ApiError extends Error {
  override readonly name = 'ApiError';
  constructor(
    readonly code: string,
    message: string,
    readonly op: string,
  ) {
    super(message);
  }
}

export function api(): KgWindowApi {
  if (!window.api) throw new ApiError('INTERNAL', 'The engine bridge (window.api) is missing.', 'bridge');
  return window.api;
}

export async function call<K extends ApiOpName>(op: K, input: Input<K>): Promise<Output<K>> {
  // TypeScript cannot correlate the mapped type with K at the call site; the shape is KgApi's.
  const fn = api()[op] as unknown as (input: Input<K>) => Promise<Result<Output<K>>>;
  let result: Result<Output<K>>;
  try {
    result = await fn(input);
  } catch (err) {
    throw new ApiError('INTERNAL', err instanceof Error ? err.message : String(err), op);
  }
  if (!result.ok) throw new ApiError(result.error.code, result.error.message, op);
  return result.value;
}

export function errorMessage(err: unknown): string {
  if (err instanceof ApiError) return `${err.message} (${err.code})`;
  return err instanceof Error ? err.message : String(err);
}

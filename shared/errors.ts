// Typed errors with stable codes (graphology's errors.js is the model): callers branch on `code`,
// never on message text. Across IPC they travel as values, `{ ok: false, error: { code, message } }`.

export const ERROR_CODES = [
  'INVALID_INPUT',
  'NOT_FOUND',
  'UNREADABLE_FILE',
  'EMPTY_FILE',
  'BINARY_FILE',
  'FILE_TOO_LARGE',
  'UNSUPPORTED_FILE',
  'DB_FROM_FUTURE',
  'DB_ERROR',
  'EXPORT_TOO_LARGE',
  'CANCELLED',
  'INTERNAL',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export interface ErrorValue {
  code: ErrorCode;
  message: string;
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: ErrorValue };

export class KgError extends Error {
  override readonly name = 'KgError';
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
  }

  toValue(): ErrorValue {
    return { code: this.code, message: this.message };
  }
}

export function ok<T>(value: T): Result<T> {
  return { ok: true, value };
}

export function errorValue(err: unknown): ErrorValue {
  if (err instanceof KgError) return err.toValue();
  return { code: 'INTERNAL', message: err instanceof Error ? err.message : String(err) };
}

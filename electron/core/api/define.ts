// Turns typed implementations into the handler table of shared/ipc.ts: each entry validates its
// input with the contract's schema (the renderer is untrusted) and turns whatever it throws into
// an error value, so a handler can never reject and a caller always gets a Result.
import { z } from 'zod';
import { errorValue, KgError, type Result } from '../../../shared/errors';
import { OPS, type HandlerTable, type OpName, type Output, type ParsedInput } from '../../../shared/ipc';

export type Implementations = { [K in OpName]: (input: ParsedInput<K>) => Output<K> | Promise<Output<K>> };

export function invalidInput(error: z.ZodError): KgError {
  return new KgError('INVALID_INPUT', z.prettifyError(error));
}

function entry<K extends OpName>(name: K, implementation: Implementations[K]): (input: unknown) => Promise<Result<Output<K>>> {
  const schema = OPS[name].input;
  return async (input: unknown): Promise<Result<Output<K>>> => {
    const parsed = schema.safeParse(input);
    if (!parsed.success) return { ok: false, error: invalidInput(parsed.error).toValue() };
    try {
      return { ok: true, value: await implementation(parsed.data as ParsedInput<K>) };
    } catch (err) {
      return { ok: false, error: errorValue(err) };
    }
  };
}

export function defineHandlers(implementations: Implementations): HandlerTable {
  const table = {} as Record<OpName, unknown>;
  for (const name of Object.keys(OPS) as OpName[]) table[name] = entry(name, implementations[name]);
  return table as HandlerTable;
}

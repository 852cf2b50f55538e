// What a `kg` command runs against: where its output goes, whether that is a terminal, the
// environment it reads its defaults from. main() builds it from the process; tests build one
// that captures output, so commands never touch process.stdout or process.env themselves.
import { resolve } from 'node:path';
import type { ParseArgsConfig } from 'node:util';
import type { Extractor } from '../core/extract/types';

export interface CliContext {
  /** Writes one line to standard output. */
  out(line: string): void;
  /** Writes one line to standard error. */
  err(line: string): void;
  /** Standard output is an interactive terminal (progress bar, colours). */
  tty: boolean;
  /** The terminal stream a progress bar draws on, when `tty`. */
  stream?: NodeJS.WritableStream;
  env: Record<string, string | undefined>;
  cwd: string;
  /** The extraction engine; the project's rule engine unless a test supplies another. */
  extractor?: Extractor;
}

export type Options = NonNullable<ParseArgsConfig['options']>;
export type Values = Record<string, string | boolean | (string | boolean)[] | undefined>;

export interface Command {
  name: string;
  summary: string;
  usage: string;
  options: Options;
  positionals: 'none' | 'some';
  run(ctx: CliContext, values: Values, positionals: string[]): Promise<number>;
}

export const DB_OPTION: Options = { db: { type: 'string' } };

/** The store a command works on: --db, else $KG_DB, else kg.sqlite in the current folder. */
export function dbPath(ctx: CliContext, values: Values): string {
  const given = typeof values.db === 'string' ? values.db : ctx.env.KG_DB;
  return resolve(ctx.cwd, given || 'kg.sqlite');
}

export function processContext(): CliContext {
  // A reader that stops early (`kg search x | head`) closes the pipe: that ends the output, not
  // with a stack trace.
  process.stdout.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code !== 'EPIPE') throw err;
    process.exit(0);
  });
  return {
    out: (line) => process.stdout.write(`${line}\n`),
    err: (line) => process.stderr.write(`${line}\n`),
    tty: process.stdout.isTTY === true,
    stream: process.stdout,
    env: process.env,
    cwd: process.cwd(),
  };
}

// The `kg` command: the engine's CLI over electron/core (bin/kg.mjs runs it under plain Node).
// Each verb is a Command descriptor in ./commands; main parses the verb's flags strictly with
// node:util parseArgs and turns every failure into a message and an exit status:
// 0 done, 1 the work failed, 2 the command line was wrong.
import { parseArgs } from 'node:util';
import { errorValue, KgError } from '../../shared/errors';
import { exportCommand } from './commands/export';
import { importGraphCommand } from './commands/import-graph';
import { ingestCommand } from './commands/ingest';
import { labelsCommand } from './commands/labels';
import { searchCommand } from './commands/search';
import { statsCommand } from './commands/stats';
import { processContext, type CliContext, type Command, type Values } from './context';

const COMMANDS: readonly Command[] = [ingestCommand, statsCommand, searchCommand, labelsCommand, exportCommand, importGraphCommand];

export function helpText(): string {
  const width = Math.max(...COMMANDS.map((c) => c.name.length));
  return [
    'kg — build and query a KG Explorer knowledge store from news articles (en, fr, ar)',
    '',
    'usage: kg <command> [options]',
    '',
    'commands:',
    ...COMMANDS.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    '',
    ...COMMANDS.map((c) => `  ${c.usage}`),
    '',
    'The store is the SQLite file given by --db FILE; without --db, the file named by the KG_DB',
    'environment variable; without either, kg.sqlite in the current folder.',
    "Run 'kg <command> --help' for one command.",
  ].join('\n');
}

class UsageError extends Error {}

function parse(command: Command, args: string[]): { values: Values; positionals: string[] } {
  try {
    const { values, positionals } = parseArgs({ args, options: command.options, strict: true, allowPositionals: command.positionals === 'some' });
    if (command.positionals === 'some' && positionals.length === 0) throw new UsageError('missing arguments');
    return { values, positionals };
  } catch (err) {
    if (err instanceof UsageError) throw err;
    throw new UsageError(err instanceof Error ? err.message : String(err));
  }
}

async function runCommand(ctx: CliContext, command: Command, args: string[]): Promise<number> {
  if (args.includes('--help') || args.includes('-h')) {
    ctx.out(`${command.summary}\nusage: ${command.usage}`);
    return 0;
  }
  try {
    const { values, positionals } = parse(command, args);
    return await command.run(ctx, values, positionals);
  } catch (err) {
    if (err instanceof UsageError || (err instanceof KgError && err.code === 'INVALID_INPUT')) {
      ctx.err(`kg ${command.name}: ${err.message}\nusage: ${command.usage}`);
      return 2;
    }
    const e = errorValue(err);
    ctx.err(`kg ${command.name}: ${e.message}${e.code === 'INTERNAL' ? ' (internal error)' : ''}`);
    return 1;
  }
}

export async function main(argv: string[], ctx: CliContext = processContext()): Promise<number> {
  const [verb, ...args] = argv;
  if (verb === undefined) {
    ctx.err(helpText());
    return 2;
  }
  if (verb === 'help' || verb === '--help' || verb === '-h') {
    ctx.out(helpText());
    return 0;
  }
  const command = COMMANDS.find((c) => c.name === verb);
  if (!command) {
    ctx.err(`kg: unknown command "${verb}"; commands: ${COMMANDS.map((c) => c.name).join(', ')}. Run 'kg --help'.`);
    return 2;
  }
  return runCommand(ctx, command, args);
}

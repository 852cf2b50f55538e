// `kg search <text>`: full-text search over entity names and article text, with snippets.
// Arabic and French are folded as in the index: محمد finds مُحَمَّد, ministere finds ministère.
import { KgError } from '../../../shared/errors';
import { searchArticles, searchEntities, type ArticleHit, type Snippet } from '../../core/store/index';
import { entityId } from '../../core/graph/ids';
import { DB_OPTION, dbPath, type CliContext, type Command } from '../context';
import { openExisting, withDb } from '../open-db';

function mark(snippet: Snippet, tty: boolean): string {
  const [open, close] = tty ? ['\u001b[1;4m', '\u001b[0m'] : ['[', ']'];
  let out = '';
  let at = 0;
  for (const [s, e] of snippet.highlights) {
    out += snippet.text.slice(at, s) + open + snippet.text.slice(s, e) + close;
    at = e;
  }
  return `…${out}${snippet.text.slice(at)}…`;
}

function printArticles(ctx: CliContext, hits: ArticleHit[]): void {
  ctx.out(`articles (${hits.length})`);
  for (const h of hits) {
    ctx.out(`  ${h.file}  [${h.lang}]${h.title ? `  ${h.title}` : ''}`);
    if (h.snippet) ctx.out(`      ${mark(h.snippet, ctx.tty)}`);
  }
}

function parseLimit(value: unknown): number {
  const n = value === undefined ? 10 : Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 1000) throw new KgError('INVALID_INPUT', `--limit must be a whole number from 1 to 1000, not ${String(value)}`);
  return n;
}

export const searchCommand: Command = {
  name: 'search',
  summary: 'search entity names and article text (word* for a prefix, "quotes" for a phrase)',
  usage: 'kg search <text...> [--db FILE] [--limit N]',
  options: { ...DB_OPTION, limit: { type: 'string' } },
  positionals: 'some',
  async run(ctx, values, words) {
    const query = words.join(' ');
    const limit = parseLimit(values.limit);
    const [entities, articles] = await withDb(openExisting(dbPath(ctx, values)), (db) => [
      searchEntities(db, query, { limit }),
      searchArticles(db, query, { limit }),
    ] as const);
    ctx.out(`entities (${entities.length})`);
    for (const e of entities) {
      const names = e.matched.map((m) => `${m.name} (${m.lang})`).join(', ');
      ctx.out(`  ${entityId(e.entityId)}  ${e.type.padEnd(12)} ${e.label}${e.key ? `  [${e.key}]` : ''}  matched: ${names}`);
    }
    printArticles(ctx, articles);
    return 0;
  },
};

// `kg stats`: what the store holds, by table and type.
import { storeStats, type StoreStats } from '../../core/store/index';
import { DB_OPTION, dbPath, type Command } from '../context';
import { openExisting, withDb } from '../open-db';

function breakdown(counts: Record<string, number | undefined>): string {
  const parts = Object.entries(counts).map(([k, n]) => `${k} ${n ?? 0}`);
  return parts.length > 0 ? `  (${parts.join(', ')})` : '';
}

function megabytes(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(2)} MB`;
}

function lines(path: string, s: StoreStats): string[] {
  return [
    `store      ${path}  (schema ${s.schemaVersion}, ${megabytes(s.bytes)})`,
    `articles   ${s.articles}`,
    `entities   ${s.entities}${breakdown(s.entitiesByType)}`,
    `aliases    ${s.aliases}`,
    `mentions   ${s.mentions}`,
    `relations  ${s.relations}${breakdown(s.relationsByType)}`,
    `evidence   ${s.evidence}`,
    `curation   ${s.curation}`,
  ];
}

export const statsCommand: Command = {
  name: 'stats',
  summary: 'count what the store holds',
  usage: 'kg stats [--db FILE] [--json]',
  options: { ...DB_OPTION, json: { type: 'boolean' } },
  positionals: 'none',
  async run(ctx, values) {
    const path = dbPath(ctx, values);
    const stats = await withDb(openExisting(path), storeStats);
    if (values.json === true) ctx.out(JSON.stringify({ store: path, ...stats }, null, 2));
    else for (const line of lines(path, stats)) ctx.out(line);
    return 0;
  },
};

// `kg export --format FMT --out FILE`: the store as a graph file, through the exporter registry
// (electron/core/export) applied to the canonical graph. Options narrow the graph to the
// neighbourhood of some entities, to some types, or add co-mentions.
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { isEntityType, isRelationType, type EntityType, type RelationType } from '../../../shared/domain';
import { KgError } from '../../../shared/errors';
import { exportFiles, exporterIds, getExporter } from '../../core/export/registry';
import { buildCanonicalGraph, type CanonicalSelection } from '../../core/graph/canonical';
import { DB_OPTION, dbPath, type Command, type Values } from '../context';
import { openExisting, withDb } from '../open-db';

function list<T extends string>(value: unknown, valid: (v: unknown) => v is T, what: string): T[] | undefined {
  if (typeof value !== 'string') return undefined;
  const items = value.split(',').map((s) => s.trim()).filter(Boolean);
  const bad = items.filter((s) => !valid(s));
  if (bad.length > 0) throw new KgError('INVALID_INPUT', `unknown ${what}: ${bad.join(', ')}`);
  return items as T[];
}

function entityIds(value: unknown): number[] | undefined {
  if (!Array.isArray(value)) return undefined;
  return value.map((v) => {
    const n = Number(String(v).replace(/^e/, ''));
    if (!Number.isSafeInteger(n) || n < 1) throw new KgError('INVALID_INPUT', `--entity takes an entity id such as e12, not ${String(v)}`);
    return n;
  });
}

function selection(values: Values): CanonicalSelection {
  const depth = values.depth === undefined ? undefined : Number(values.depth);
  if (depth !== undefined && (!Number.isInteger(depth) || depth < 0 || depth > 5)) {
    throw new KgError('INVALID_INPUT', `--depth must be a whole number from 0 to 5, not ${String(values.depth)}`);
  }
  return {
    entityIds: entityIds(values.entity),
    depth,
    entityTypes: list<EntityType>(values.types, isEntityType, 'entity type'),
    relationTypes: list<RelationType>(values.relations, isRelationType, 'relation type'),
    includeCoMentions: values['co-mentions'] === true,
  };
}

export const exportCommand: Command = {
  name: 'export',
  summary: 'write the graph to a file in an export format',
  usage:
    `kg export --out FILE [--format ${exporterIds().join('|')}] [--db FILE] [--entity ID]... [--depth N] [--types T,..] [--relations R,..] [--co-mentions]`,
  options: {
    ...DB_OPTION,
    format: { type: 'string', default: 'json' },
    out: { type: 'string', short: 'o' },
    entity: { type: 'string', multiple: true },
    depth: { type: 'string' },
    types: { type: 'string' },
    relations: { type: 'string' },
    'co-mentions': { type: 'boolean' },
  },
  positionals: 'none',
  async run(ctx, values) {
    const format = String(values.format);
    const exporter = getExporter(format);
    if (!exporter) throw new KgError('INVALID_INPUT', `unknown format "${format}"; known formats: ${exporterIds().join(', ')}`);
    if (typeof values.out !== 'string') throw new KgError('INVALID_INPUT', 'kg export needs --out FILE');
    const sel = selection(values);
    const graph = await withDb(openExisting(dbPath(ctx, values)), (db) => buildCanonicalGraph(db, sel));
    // Multi-file formats (csv) write one file per part next to --out: graph.nodes.csv, graph.edges.csv.
    const files = exportFiles(exporter, graph, {}, resolve(ctx.cwd, values.out));
    for (const f of files) writeFileSync(f.path, f.data);
    ctx.out(`wrote ${graph.nodes.length} nodes, ${graph.edges.length} edges, ${graph.articles.length} articles to ${files.map((f) => f.path).join(', ')} (${exporter.id})`);
    return 0;
  },
};

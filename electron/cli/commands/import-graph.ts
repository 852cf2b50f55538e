// `kg import-graph FILE.json --db NEW.sqlite`: a canonical graph file (what `kg export --format
// json` writes) loaded into a new store, to be explored and exported again. The store must be
// new or empty; see electron/core/import-graph for what the file cannot say and how it is filled.
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { KgError } from '../../../shared/errors';
import { importGraph, parseCanonicalGraph } from '../../core/import-graph/index';
import { openStore } from '../../core/store/index';
import { DB_OPTION, dbPath, type Command } from '../context';
import { withDb } from '../open-db';

function readJson(path: string): unknown {
  if (!existsSync(path)) throw new KgError('NOT_FOUND', `No file at ${path}`);
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch (err) {
    throw new KgError('INVALID_INPUT', `${path} is not JSON: ${err instanceof Error ? err.message : String(err)}`);
  }
}

export const importGraphCommand: Command = {
  name: 'import-graph',
  summary: 'load a graph file (kg export --format json) into a new store',
  usage: 'kg import-graph FILE.json [--db NEW.sqlite]',
  options: { ...DB_OPTION },
  positionals: 'some',
  async run(ctx, values, positionals) {
    if (positionals.length !== 1) throw new KgError('INVALID_INPUT', 'kg import-graph takes one graph file');
    const file = resolve(ctx.cwd, positionals[0]!);
    const graph = parseCanonicalGraph(readJson(file), file);
    const path = dbPath(ctx, values);
    const report = await withDb(openStore(path), (db) => importGraph(db, graph, { source: file }));
    ctx.out(
      `imported ${report.nodes} nodes, ${report.edges} edges, ${report.evidence} evidence records, ` +
        `${report.articles} articles into ${path}`,
    );
    if (report.skippedEdges.length > 0) {
      ctx.out(`skipped ${report.skippedEdges.length} edges without evidence: ${report.skippedEdges.join(', ')}`);
    }
    return 0;
  },
};

// Reading a canonical graph file (shared/graph-format.ts) from outside the app: the file may have
// been edited by hand or written by another tool, so it is checked with a schema and then for
// what a schema cannot say (unique ids and keys, edges between known nodes, quotes as long as
// their spans). Every problem found is reported at once, as a KgError INVALID_INPUT.
import { z } from 'zod';
import { ALL_RELATION_TYPES, ENTITY_TYPES, LANGS } from '../../../shared/domain';
import { KgError } from '../../../shared/errors';
import type { CanonicalGraph } from '../../../shared/graph-format';

/** Longest article text the importer rebuilds (UTF-16 units); real articles are far shorter. */
export const MAX_ARTICLE_CHARS = 5_000_000;
const SHOWN_PROBLEMS = 10;

const evidenceSchema = z.object({
  article: z.string().min(1),
  start: z.number().int().min(0),
  end: z.number().int().max(MAX_ARTICLE_CHARS),
  quote: z.string(),
  rule: z.string().optional(),
  confidence: z.number().min(0).max(1).optional(),
});

const graphSchema = z.object({
  format: z.literal('kg-explorer/graph'),
  version: z.literal(1),
  nodes: z.array(
    z.object({
      id: z.string().min(1),
      type: z.enum(ENTITY_TYPES),
      label: z.string().min(1),
      aliases: z.partialRecord(z.enum(LANGS), z.array(z.string().min(1))),
      key: z.string().min(1).optional(),
      mentions: z.number().int().min(0).optional(),
      articles: z.array(z.string().min(1)).optional(),
    }),
  ),
  edges: z.array(
    z.object({
      id: z.string().min(1),
      source: z.string().min(1),
      target: z.string().min(1),
      type: z.enum(ALL_RELATION_TYPES),
      attributes: z.record(z.string(), z.string()).optional(),
      evidence: z.array(evidenceSchema),
    }),
  ),
  articles: z.array(
    z.object({
      file: z.string().min(1),
      title: z.string().nullable(),
      date: z.string().nullable(),
      lang: z.enum(LANGS).nullable(),
      url: z.string().nullable(),
    }),
  ),
});

function duplicates(values: Iterable<string>): string[] {
  const seen = new Set<string>();
  const twice = new Set<string>();
  for (const v of values) (seen.has(v) ? twice : seen).add(v);
  return [...twice];
}

function crossCheck(g: CanonicalGraph): string[] {
  const problems: string[] = [];
  const ids = new Set(g.nodes.map((n) => n.id));
  for (const id of duplicates(g.nodes.map((n) => n.id))) problems.push(`node id ${id} is used twice`);
  for (const id of duplicates(g.edges.map((e) => e.id))) problems.push(`edge id ${id} is used twice`);
  for (const key of duplicates(g.nodes.flatMap((n) => (n.key ? [n.key] : [])))) problems.push(`key ${key} is given to two nodes`);
  for (const file of duplicates(g.articles.map((a) => a.file))) problems.push(`article ${file} is listed twice`);
  for (const e of g.edges) {
    for (const end of [e.source, e.target]) if (!ids.has(end)) problems.push(`edge ${e.id} refers to unknown node ${end}`);
    e.evidence.forEach((ev, i) => {
      if (ev.end - ev.start !== ev.quote.length || ev.end <= ev.start) {
        problems.push(`edge ${e.id} evidence ${i}: span [${ev.start}, ${ev.end}) does not fit its ${ev.quote.length}-character quote`);
      }
    });
  }
  return problems;
}

function fail(source: string, problems: string[]): never {
  const shown = problems.slice(0, SHOWN_PROBLEMS).map((p) => `  - ${p}`);
  const more = problems.length > SHOWN_PROBLEMS ? [`  … and ${problems.length - SHOWN_PROBLEMS} more`] : [];
  throw new KgError('INVALID_INPUT', [`${source} is not a usable KG Explorer graph:`, ...shown, ...more].join('\n'));
}

/** Checks `data` (parsed JSON) and returns it typed, or throws KgError INVALID_INPUT. */
export function parseCanonicalGraph(data: unknown, source = 'the graph file'): CanonicalGraph {
  const parsed = graphSchema.safeParse(data);
  if (!parsed.success) {
    fail(source, parsed.error.issues.map((i) => `${i.path.join('.') || '(top level)'}: ${i.message}`));
  }
  const graph = parsed.data as CanonicalGraph;
  const problems = crossCheck(graph);
  if (problems.length > 0) fail(source, problems);
  return graph;
}

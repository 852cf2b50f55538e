// The export verbs of `kg` end to end: every format through `kg export`, CSV as two files next
// to --out, and `kg import-graph` closing the round trip store -> JSON -> new store -> JSON.
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { XMLValidator } from 'fast-xml-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CliContext } from '../../electron/cli/context';
import { main } from '../../electron/cli/main';
import { exporterIds, getExporter } from '../../electron/core/export/registry';
import { fakeExtractor } from '../../electron/core/pipeline/testing/fake-extractor';
import { SAMPLE_NAMES, SAMPLE_OPTIONS } from '../../electron/core/pipeline/testing/sample-names';
import { RELATION_TYPES } from '../../shared/domain';
import type { CanonicalGraph } from '../../shared/graph-format';

const SAMPLES = resolve(__dirname, '../../resources/samples');
let dir: string;

async function kg(args: string[]): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const ctx: CliContext = { out: (l) => out.push(l), err: (l) => err.push(l), tty: false, env: {}, cwd: dir, extractor: fakeExtractor(SAMPLE_NAMES, SAMPLE_OPTIONS) };
  const code = await main(args, ctx);
  return { code, out: out.join('\n'), err: err.join('\n') };
}

const readGraph = (name: string): CanonicalGraph => JSON.parse(readFileSync(join(dir, name), 'utf8')) as CanonicalGraph;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'kg-export-cli-'));
  expect((await kg(['ingest', SAMPLES, '--db', 'kg.sqlite', '--quiet'])).code).toBe(0);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('kg export', () => {
  it.each(exporterIds())('writes %s', async (format) => {
    const exporter = getExporter(format)!;
    const r = await kg(['export', '--db', 'kg.sqlite', '--format', format, '--out', `graph.${exporter.extension}`]);
    expect(r.code, r.err).toBe(0);
    if (format === 'csv') {
      expect(existsSync(join(dir, 'graph.nodes.csv'))).toBe(true);
      expect(existsSync(join(dir, 'graph.edges.csv'))).toBe(true);
      expect(r.out).toContain('graph.nodes.csv, ');
    } else expect(readFileSync(join(dir, `graph.${exporter.extension}`)).length).toBeGreaterThan(0);
    if (format === 'svg' || format === 'graphml' || format === 'gexf') {
      expect(XMLValidator.validate(readFileSync(join(dir, `graph.${exporter.extension}`), 'utf8'))).toBe(true);
    }
  });

  it('exports a neighbourhood', async () => {
    await kg(['export', '--db', 'kg.sqlite', '--out', 'all.json']);
    const az = readGraph('all.json').nodes.find((n) => n.key === 'iso:AZ')!;
    const r = await kg(['export', '--db', 'kg.sqlite', '--format', 'svg', '--out', 'az.svg', '--entity', az.id, '--depth', '1', '--relations', 'heads,part_of']);
    expect(r.code, r.err).toBe(0);
    expect(readFileSync(join(dir, 'az.svg'), 'utf8')).toContain('>Azerbaijan</text>');
  });

  it('narrows to a neighbourhood, entity types and relation types', async () => {
    const json = async (name: string, ...args: string[]): Promise<CanonicalGraph> => {
      const r = await kg(['export', '--db', 'kg.sqlite', '--out', name, '--co-mentions', ...args]);
      expect(r.code, r.err).toBe(0);
      return readGraph(name);
    };
    const all = await json('wide.json');
    const neighbours = (id: string) => new Set(all.edges.flatMap((e) => (e.source === id ? [e.target] : e.target === id ? [e.source] : [])));
    // The entity with the fewest neighbours, so that its neighbourhood is not the whole graph.
    const [seed] = all.nodes.map((n) => n.id).filter((id) => neighbours(id).size > 0).sort((a, b) => neighbours(a).size - neighbours(b).size);
    const around = await json('around.json', '--entity', seed!, '--depth', '1');
    expect(around.nodes.map((n) => n.id).sort()).toEqual([seed!, ...neighbours(seed!)].sort());
    expect(around.nodes.length).toBeLessThan(all.nodes.length);

    const countries = await json('countries.json', '--types', 'country');
    expect(countries.nodes.length).toBeGreaterThan(1);
    expect(countries.nodes.length).toBeLessThan(all.nodes.length);
    expect(new Set(countries.nodes.map((n) => n.type))).toEqual(new Set(['country']));

    // Co-mentions come with --co-mentions, whatever --relations says.
    const typed = all.edges.find((e) => e.type !== 'co_mentioned')!;
    const one = await json('one-type.json', '--relations', typed.type);
    expect(one.edges.map((e) => e.id)).toContain(typed.id);
    expect(new Set(one.edges.map((e) => e.type))).toEqual(new Set([typed.type, 'co_mentioned']));
    const absent = RELATION_TYPES.find((t) => !all.edges.some((e) => e.type === t))!;
    expect((await json('absent-type.json', '--relations', absent)).edges.every((e) => e.type === 'co_mentioned')).toBe(true);
  });
});

describe('kg import-graph', () => {
  it('loads an exported graph into a new store that exports the same graph', async () => {
    expect((await kg(['export', '--db', 'kg.sqlite', '--out', 'before.json', '--co-mentions'])).code).toBe(0);
    const r = await kg(['import-graph', 'before.json', '--db', 'copy.sqlite']);
    expect(r.code, r.err).toBe(0);
    expect(r.out).toMatch(/^imported \d+ nodes, \d+ edges, \d+ evidence records, 5 articles into .*copy\.sqlite$/);
    expect((await kg(['export', '--db', 'copy.sqlite', '--out', 'after.json', '--co-mentions'])).code).toBe(0);
    const [before, after] = [readGraph('before.json'), readGraph('after.json')];
    // The samples' store numbers rows from 1 without gaps, so even the ids come back.
    expect(after).toEqual(before);
  });

  it('refuses a store that holds data, and a file that is not a graph', async () => {
    const full = await kg(['import-graph', 'before.json', '--db', 'kg.sqlite']);
    expect(full.code).toBe(2);
    expect(full.err).toContain('new, empty store');
    const bad = await kg(['import-graph', 'graph.cyjs', '--db', 'other.sqlite']);
    expect(bad.code).toBe(2);
    expect(bad.err).toContain('is not a usable KG Explorer graph');
    expect((await kg(['import-graph', 'missing.json', '--db', 'other.sqlite'])).code).toBe(1);
  });
});

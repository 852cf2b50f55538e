import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { getExporter } from '../export/registry';
import { ingestPaths } from '../pipeline/index';
import { fakeExtractor } from '../pipeline/testing/fake-extractor';
import { SAMPLES_DIR } from '../pipeline/testing/samples';
import { SAMPLE_NAMES, SAMPLE_OPTIONS } from '../pipeline/testing/sample-names';
import { addCuration, entityIdByKey, listEntities, openStore, refForEntity, applyCurationLog, type Db } from '../store/index';
import { buildCanonicalGraph } from './canonical';

const SAMPLES = SAMPLES_DIR;
let db: Db;

beforeAll(async () => {
  db = openStore(':memory:');
  await ingestPaths(db, [SAMPLES], { extractor: fakeExtractor(SAMPLE_NAMES, SAMPLE_OPTIONS) });
});

const idOf = (label: string): number => listEntities(db).find((e) => e.label === label)!.id;

describe('buildCanonicalGraph', () => {
  it('exports nodes with aliases by language, typed edges with verifiable evidence, and articles', () => {
    const g = buildCanonicalGraph(db);
    expect(g.format).toBe('kg-explorer/graph');
    expect(g.articles.map((a) => a.file)).toEqual(readdirSorted());
    const az = g.nodes.find((n) => n.key === 'iso:AZ')!;
    expect(az).toMatchObject({ id: `e${entityIdByKey(db, 'iso:AZ')}`, type: 'country', label: 'Azerbaijan' });
    expect(az.aliases).toEqual({ ar: ['أذربيجان'], en: ['Azerbaijan'], fr: ['Azerbaïdjan'] });
    expect(az.articles).toHaveLength(5);
    expect(g.edges.map((e) => e.type)).toEqual(expect.arrayContaining(['heads']));
    expect(g.edges.every((e) => e.type !== 'co_mentioned')).toBe(true);
    for (const e of g.edges) {
      expect(e.id).toMatch(/^r\d+$/);
      expect(e.evidence.length).toBeGreaterThan(0);
      for (const ev of e.evidence) {
        const text = readFileSync(join(SAMPLES, ev.article), 'utf8');
        expect(text.slice(ev.start, ev.end)).toBe(ev.quote);
      }
    }
    const ids = new Set(g.nodes.map((n) => n.id));
    expect(g.edges.every((e) => ids.has(e.source) && ids.has(e.target))).toBe(true);
  });

  it('includes co-mentions when asked, and filters by relation and entity type', () => {
    const all = buildCanonicalGraph(db, { includeCoMentions: true });
    expect(all.edges.filter((e) => e.type === 'co_mentioned').length).toBeGreaterThan(3);
    const countries = buildCanonicalGraph(db, { includeCoMentions: true, entityTypes: ['country'] });
    expect(new Set(countries.nodes.map((n) => n.type))).toEqual(new Set(['country']));
    expect(countries.edges.length).toBeGreaterThan(0);
    const heads = buildCanonicalGraph(db, { relationTypes: ['heads'] });
    expect(new Set(heads.edges.map((e) => e.type))).toEqual(new Set(['heads']));
    expect(buildCanonicalGraph(db, { relationTypes: ['funds'] }).edges).toEqual([]);
    // As in the view, co-mentions come with their flag whatever relation types are chosen.
    const both = buildCanonicalGraph(db, { includeCoMentions: true, relationTypes: ['heads'] });
    expect(new Set(both.edges.map((e) => e.type))).toEqual(new Set(['heads', 'co_mentioned']));
  });

  it('exports the neighbourhood of chosen entities to a given depth', () => {
    const anama = idOf('ANAMA');
    const zero = buildCanonicalGraph(db, { entityIds: [anama], depth: 0 });
    expect(zero.nodes.map((n) => n.label)).toEqual(['ANAMA']);
    expect(zero.edges).toEqual([]);
    const one = buildCanonicalGraph(db, { entityIds: [anama], depth: 1 });
    // The Arabic spelling (فوجار سليمانوف) merges into Vugar Suleymanov by its consonant skeleton:
    // one heads edge, stated in two articles.
    expect(one.nodes.map((n) => n.label).sort()).toEqual(['ANAMA', 'Vugar Suleymanov']);
    expect(one.edges.map((e) => e.type)).toEqual(['heads']);
    expect(one.edges[0]!.evidence.length).toBe(2);
    expect(one.articles.length).toBeLessThan(5);
    const wide = buildCanonicalGraph(db, { entityIds: [anama], depth: 2, includeCoMentions: true });
    expect(wide.nodes.length).toBeGreaterThan(one.nodes.length);
  });

  it('leaves out suppressed entities with their edges', async () => {
    const local = openStore(':memory:');
    await ingestPaths(local, [SAMPLES], { extractor: fakeExtractor(SAMPLE_NAMES, SAMPLE_OPTIONS) });
    const id = listEntities(local).find((e) => e.label === 'Vugar Suleymanov')!.id;
    addCuration(local, { action: 'suppress_entity', entity: refForEntity(local, id)! });
    applyCurationLog(local);
    // The fake extractor's only typed edge starts at Suleymanov; co-mentions keep other edges in view.
    const g = buildCanonicalGraph(local, { includeCoMentions: true });
    expect(g.nodes.some((n) => n.id === `e${id}`)).toBe(false);
    expect(g.edges.some((e) => e.source === `e${id}` || e.target === `e${id}`)).toBe(false);
    expect(g.edges.length).toBeGreaterThan(0);
    local.close();
  });

  it('goes through the json exporter as the canonical format', () => {
    const text = getExporter('json')!.write(buildCanonicalGraph(db), {}) as string;
    expect(JSON.parse(text)).toEqual(JSON.parse(JSON.stringify(buildCanonicalGraph(db))));
  });
});

function readdirSorted(): string[] {
  return ['000_ea09c19839c88b9d.txt', '001_e658fe718727ad49.txt', '002_ca7bfee700e51c92.txt', '003_64745efe3c401ed0.txt', '004_db6be263df77732d.txt'];
}

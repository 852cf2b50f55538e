// The handler table against a real temp store holding the sample corpus (ingested with the fake
// extractor of pipeline/testing, whose names are known), through the same entry points the
// Electron main process and the e2e bridge call.
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Result } from '../../../shared/errors';
import { OP_NAMES, type EventName } from '../../../shared/ipc';
import { ingestPaths } from '../pipeline/index';
import { fakeExtractor } from '../pipeline/testing/fake-extractor';
import { SAMPLE_NAMES, SAMPLE_OPTIONS } from '../pipeline/testing/sample-names';
import { openStore } from '../store/index';
import { sourceWorker } from '../worker/spawn';
import { createHost, type Host } from './host';

const SAMPLES = join(__dirname, '../../../resources/samples');
let dir: string;
let host: Host;
let events: EventName[] = [];
let importAnswer: string[] | null = null;
let exportAnswer: string | null = null;

function value<T>(r: Result<T>): T {
  if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message}`);
  return r.value;
}

async function idOf(label: string): Promise<string> {
  const hits = value(await host.handlers['search:query']({ text: label }));
  const hit = hits.entities.find((e) => e.label === label);
  if (!hit) throw new Error(`no entity ${label}`);
  return hit.id;
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'kg-api-'));
  const db = openStore(join(dir, 'kg.sqlite'));
  await ingestPaths(db, readdirSync(SAMPLES).map((f) => join(SAMPLES, f)), { extractor: fakeExtractor(SAMPLE_NAMES, SAMPLE_OPTIONS) });
  db.close();
  host = createHost({
    dataDir: dir,
    spawnWorker: sourceWorker(),
    emit: (event) => events.push(event),
    dialogs: { chooseImport: async () => importAnswer, chooseExportTarget: async () => exportAnswer },
    versions: { app: '9.9.9' },
  });
});

afterAll(async () => {
  await host.dispose();
  rmSync(dir, { recursive: true, force: true });
});

describe('input validation', () => {
  it.each(OP_NAMES)('%s answers bad input with INVALID_INPUT, never a throw', async (name) => {
    for (const bad of [null, 7, 'x', [], { nope: 1 }]) {
      const r = await (host.handlers[name] as (input: unknown) => Promise<Result<unknown>>)(bad);
      expect(r.ok, `${name} ${JSON.stringify(bad)}`).toBe(false);
      if (!r.ok) expect(r.error.code).toBe('INVALID_INPUT');
    }
  });

  it('says which field was wrong', async () => {
    const r = await host.handlers['graph:neighbourhood']({ entityIds: ['e1'], depth: 9 });
    expect(r).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', message: expect.stringContaining('depth') } });
  });
});

describe('graph', () => {
  it('gives a bounded overview with the sample entities', async () => {
    const view = value(await host.handlers['graph:overview']({ filters: { includeCoMentions: true } }));
    expect(view.nodes.map((n) => n.label)).toEqual(expect.arrayContaining(['ANAMA', 'Azerbaijan', 'Armenia']));
    expect(view.edges.length).toBeGreaterThan(0);
    expect(value(await host.handlers['graph:overview']({ limit: 2 })).nodes).toHaveLength(2);
  });

  it('walks a neighbourhood and refuses unknown entities', async () => {
    const anama = await idOf('ANAMA');
    const view = value(await host.handlers['graph:neighbourhood']({ entityIds: [anama], depth: 1 }));
    expect(view.nodes.some((n) => n.label === 'Vugar Suleymanov')).toBe(true);
    expect(await host.handlers['graph:neighbourhood']({ entityIds: ['e999999'] })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });

  it('finds paths and metrics', async () => {
    const [from, to] = [await idOf('Vugar Suleymanov'), await idOf('Armenia')];
    const path = value(await host.handlers['graph:path']({ from, to, filters: { includeCoMentions: true } }));
    expect(path.found && path.nodeIds[0] === from && path.nodeIds.at(-1) === to).toBe(true);
    expect(value(await host.handlers['graph:path']({ from, to }))).toEqual({ found: false });
    const m = value(await host.handlers['graph:metrics']({ metric: 'pagerank', community: 'louvain', filters: { includeCoMentions: true } }));
    expect(Object.keys(m.values)).toContain(from);
    expect(Object.keys(m.communities!)).toContain(to);
    const part = value(await host.handlers['graph:metrics']({ metric: 'betweenness', nodeIds: [from, to] }));
    expect(Object.keys(part.values).sort()).toEqual([from, to].sort());
  });
});

describe('details', () => {
  it('describes an entity with aliases by language, articles and relations', async () => {
    const e = value(await host.handlers['entity:get']({ id: await idOf('ANAMA') }));
    expect(e).toMatchObject({ type: 'agency', label: 'ANAMA' });
    expect(e.aliases.ar).toContain('اناما');
    expect(e.articles.length).toBeGreaterThan(0);
    expect(e.mentionCount).toBe(e.articles.reduce((n, a) => n + a.mentions, 0));
    expect(e.relations.find((g) => g.type === 'heads')!.relations[0]).toMatchObject({ direction: 'in', other: { type: 'official' } });
    expect(await host.handlers['entity:get']({ id: 'e999999' })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });

  it('gives each piece of evidence inside its sentence', async () => {
    const e = value(await host.handlers['entity:get']({ id: await idOf('ANAMA') }));
    const heads = e.relations.find((g) => g.type === 'heads')!.relations[0]!;
    const items = value(await host.handlers['evidence:forRelation']({ relationId: heads.id }));
    expect(items.length).toBe(heads.evidenceCount);
    for (const it of items) {
      expect(it.article.file).toMatch(/\.txt$/);
      expect(it.sentence.text.slice(it.start - it.sentence.start, it.end - it.sentence.start)).toBe(it.quote);
    }
    expect(await host.handlers['evidence:forRelation']({ relationId: 'r999999' })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });

  it('gives an article with its mentions and relations', async () => {
    const e = value(await host.handlers['entity:get']({ id: await idOf('ANAMA') }));
    const a = value(await host.handlers['article:get']({ id: e.articles[0]!.id }));
    expect(a.meta.id).toBe(e.articles[0]!.id);
    const mention = a.mentions.find((m) => m.entityId === e.id)!;
    expect(['ANAMA', 'اناما']).toContain(a.text.slice(mention.start, mention.end));
    for (const r of a.relations) for (const ev of r.evidence) expect(ev.end).toBeLessThanOrEqual(a.text.length);
  });
});

describe('search', () => {
  it.each(['ANAMA', 'anama', 'اناما'])('finds ANAMA by %s', async (text) => {
    const r = value(await host.handlers['search:query']({ text }));
    expect(r.entities.map((e) => e.label)).toContain('ANAMA');
    expect(r.articles.length).toBeGreaterThan(0);
    const [s, e] = r.articles[0]!.highlights[0]!;
    expect(s).toBeLessThan(e);
  });
});

describe('imports, exports, layout and info', () => {
  it('imports what the dialog returns, and nothing when it is cancelled', async () => {
    importAnswer = null;
    expect(value(await host.handlers['import:files']({ source: 'files' }))).toEqual({ started: false });
    importAnswer = [join(dir, 'extra.txt')];
    writeFileSync(importAnswer[0]!, 'A headline\n\nThe mine action agency said on Monday that work goes on.\n');
    const started = value(await host.handlers['import:files']({ source: 'files' }));
    expect(started.started).toBe(true);
    await host.imports.idle();
    const status = value(await host.handlers['import:status']({}));
    expect(status).toMatchObject({ state: 'done', summary: { added: 1, failed: [] } });
    expect(events).toContain('import:progress');
    expect(await host.handlers['import:dropped']({ paths: ['relative.txt'] })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
  });

  it('exports to the chosen file, and not at all when cancelled', async () => {
    const formats = value(await host.handlers['export:formats']({}));
    expect(formats.map((f) => f.id)).toContain('json');
    const scope = { kind: 'entity' as const, entityId: await idOf('ANAMA'), depth: 1 };
    exportAnswer = null;
    expect(value(await host.handlers['export:graph']({ format: 'json', scope }))).toEqual({ saved: false });
    exportAnswer = join(dir, 'out.json');
    const done = value(await host.handlers['export:graph']({ format: 'json', scope, filters: { includeCoMentions: true } }));
    expect(done).toMatchObject({ saved: true, files: [exportAnswer] });
    const written = JSON.parse(readFileSync(exportAnswer, 'utf8'));
    expect(written.nodes.map((n: { label: string }) => n.label)).toContain('ANAMA');
    expect(await host.handlers['export:graph']({ format: 'docx', scope })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
  });

  it("exports under the view's article filters only the relations, evidence and entities they keep", async () => {
    type Exported = {
      nodes: Array<{ id: string }>;
      edges: Array<{ source: string; target: string; evidence: Array<{ article: string }> }>;
      articles: Array<{ file: string; lang: string }>;
    };
    const exported = async (scope: { kind: 'all' } | { kind: 'entity'; entityId: string; depth: number }, filters = {}) => {
      exportAnswer = join(dir, 'filtered.json');
      value(await host.handlers['export:graph']({ format: 'json', scope, filters }));
      return JSON.parse(readFileSync(exportAnswer, 'utf8')) as Exported;
    };
    const languages = (g: Exported) => {
      const lang = new Map(g.articles.map((a) => [a.file, a.lang]));
      return new Set(g.edges.flatMap((e) => e.evidence.map((x) => lang.get(x.article))));
    };
    const all = await exported({ kind: 'all' });
    expect(languages(all).size).toBeGreaterThan(1);

    const arabic = await exported({ kind: 'all' }, { langs: ['ar'] });
    expect(arabic.edges.length).toBeGreaterThan(0);
    const quotes = (g: Exported) => g.edges.flatMap((e) => e.evidence).length;
    expect(quotes(arabic)).toBeLessThan(quotes(all));
    expect([...languages(arabic)]).toEqual(['ar']);
    expect(arabic.nodes.length).toBeLessThan(all.nodes.length);

    // A neighbourhood walks only the relations the filters keep: the entities the view shows for it.
    const anama = await idOf('ANAMA');
    const around = await exported({ kind: 'entity', entityId: anama, depth: 2 }, { langs: ['ar'] });
    const view = value(await host.handlers['graph:neighbourhood']({ entityIds: [anama], depth: 2, filters: { langs: ['ar'] } }));
    expect(around.nodes.map((n) => n.id).sort()).toEqual(view.nodes.map((n) => n.id).sort());
    expect([...languages(around)]).toEqual(['ar']);
  });

  it('draws SVG with the legend and background asked for', async () => {
    const scope = { kind: 'entity' as const, entityId: await idOf('ANAMA'), depth: 1 };
    exportAnswer = join(dir, 'bare.svg');
    value(await host.handlers['export:graph']({ format: 'svg', scope, legend: false, background: 'transparent' }));
    const bare = readFileSync(exportAnswer, 'utf8');
    exportAnswer = join(dir, 'keyed.svg');
    value(await host.handlers['export:graph']({ format: 'svg', scope }));
    const keyed = readFileSync(exportAnswer, 'utf8');
    expect(bare).not.toContain('class="legend"');
    expect(keyed).toContain('class="legend"');
    expect(bare).not.toContain('fill="#ffffff"/>');
  });

  it('writes PNG bytes the page drew where the save dialog says', async () => {
    const data = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3]);
    exportAnswer = null;
    expect(value(await host.handlers['export:png']({ data, name: 'kg-view.png' }))).toEqual({ saved: false });
    exportAnswer = join(dir, 'view.png');
    expect(value(await host.handlers['export:png']({ data, name: 'kg-view.png' }))).toEqual({ saved: true, file: exportAnswer, bytes: data.byteLength });
    expect(new Uint8Array(readFileSync(exportAnswer))).toEqual(data);
    const text = new TextEncoder().encode('<svg/> not a png');
    expect(await host.handlers['export:png']({ data: text, name: 'x.png' })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
  });

  it('saves and loads positions, and tells the versions and counts but no path', async () => {
    expect(value(await host.handlers['layout:save']({ positions: { e1: { x: 1, y: 2 }, e2: { x: 3, y: 4 } } }))).toEqual({ saved: 2 });
    expect(value(await host.handlers['layout:load']({ entityIds: ['e2', 'e3'] }))).toEqual({ positions: { e2: { x: 3, y: 4 } } });
    const info = value(await host.handlers['app:info']({}));
    expect(info).toMatchObject({ versions: { app: '9.9.9', electron: null } });
    expect(JSON.stringify(info)).not.toContain(dir);
    expect(info.counts.articles).toBe(readdirSync(SAMPLES).length + 1);
  });
});

describe('labels', () => {
  const labels = async () => new Map(value(await host.handlers['graph:overview']({})).nodes.map((n) => [n.id, n.label]));

  it('relabels the store by the preference asked for, and the next view shows it', async () => {
    expect(value(await host.handlers['labels:get']({}))).toEqual({ prefer: 'en' });
    const before = await labels();
    events = [];
    const set = value(await host.handlers['labels:set']({ prefer: 'fr' }));
    expect(events).toEqual(['store:changed']);
    expect(set.prefer).toBe('fr');
    expect(set.relabelled).toBeGreaterThan(0);
    const after = await labels();
    const changed = [...after].filter(([id, label]) => before.get(id) !== label);
    expect(changed.length).toBeGreaterThan(0);
    for (const [id, label] of changed) expect(value(await host.handlers['entity:get']({ id })).aliases.fr).toContain(label);
    value(await host.handlers['labels:set']({ prefer: 'en' }));
    expect(await labels()).toEqual(before);
  });
});

describe('host', () => {
  it('seeds an empty store with the samples in a worker, and opens another store', async () => {
    const other = join(dir, 'other.sqlite');
    events = [];
    host.switchStore(other, 'new');
    expect(events).toEqual(['store:changed']);
    expect(value(await host.handlers['app:info']({})).counts.articles).toBe(0);
    expect(host.seedIfEmpty(SAMPLES)).not.toBeNull();
    await host.imports.idle();
    expect(value(await host.handlers['app:info']({})).counts.articles).toBe(readdirSync(SAMPLES).length);
    expect(host.seedIfEmpty(SAMPLES)).toBeNull();
    expect(existsSync(other)).toBe(true);
  });
});

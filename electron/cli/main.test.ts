// The `kg` verbs end to end on the sample corpus, through main() with captured output and a
// fake extractor, against a temporary store.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CanonicalGraph } from '../../shared/graph-format';
import { fakeExtractor } from '../core/pipeline/testing/fake-extractor';
import { SAMPLES_DIR } from '../core/pipeline/testing/samples';
import { SAMPLE_NAMES, SAMPLE_OPTIONS } from '../core/pipeline/testing/sample-names';
import type { CliContext } from './context';
import { main } from './main';

const SAMPLES = SAMPLES_DIR;
let dir: string;
let db: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'kg-cli-'));
  db = join(dir, 'kg.sqlite');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

async function kg(args: string[], env: Record<string, string> = {}): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const ctx: CliContext = {
    out: (l) => out.push(l),
    err: (l) => err.push(l),
    tty: false,
    env,
    cwd: dir,
    extractor: fakeExtractor(SAMPLE_NAMES, SAMPLE_OPTIONS),
  };
  const code = await main(args, ctx);
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('kg', () => {
  it('ingests the samples, then finds them unchanged', async () => {
    const first = await kg(['ingest', SAMPLES, '--db', db]);
    expect(first.code).toBe(0);
    expect(first.out).toContain('[1/5] added     000_ea09c19839c88b9d.txt');
    expect(first.out).toContain('5 files: 5 added, 0 unchanged, 0 replaced, 0 failed');
    const second = await kg(['ingest', SAMPLES, '--db', db, '--quiet']);
    expect(second.out.split('\n')[0]).toBe('5 files: 0 added, 5 unchanged, 0 replaced, 0 failed');
  });

  it('reports unreadable files with reasons and still exits 0 when something was read', async () => {
    writeFileSync(join(dir, 'empty.txt'), '');
    const r = await kg(['ingest', SAMPLES, join(dir, 'empty.txt'), join(dir, 'nope.md'), '--db', db]);
    expect(r.code).toBe(0);
    expect(r.out).toContain('5 added, 0 unchanged, 0 replaced, 2 failed');
    expect(r.out).toMatch(/empty\.txt {2}EMPTY_FILE {2}\S/);
    expect(r.out).toMatch(/nope\.md {2}UNREADABLE_FILE {2}\S/);
  });

  it('exits 1 when nothing could be read', async () => {
    writeFileSync(join(dir, 'empty.txt'), '');
    const r = await kg(['ingest', join(dir, 'empty.txt'), '--db', db]);
    expect(r.code).toBe(1);
    expect(r.err).toContain('no file could be read');
  });

  it('uses $KG_DB, else kg.sqlite in the current folder', async () => {
    await kg(['ingest', SAMPLES], { KG_DB: join(dir, 'env.sqlite') });
    expect((await kg(['stats', '--db', join(dir, 'env.sqlite')])).out).toContain('articles   5');
    await kg(['ingest', join(SAMPLES, '000_ea09c19839c88b9d.txt')]);
    expect((await kg(['stats'])).out).toContain(`store      ${join(dir, 'kg.sqlite')}`);
  });

  it('prints stats, as text and as JSON', async () => {
    await kg(['ingest', SAMPLES, '--db', db]);
    const text = await kg(['stats', '--db', db]);
    expect(text.code).toBe(0);
    expect(text.out).toMatch(/^articles {3}5$/m);
    expect(text.out).toMatch(/^entities {3}\d+ {2}\(.*country \d+/m);
    const json = JSON.parse((await kg(['stats', '--db', db, '--json'])).out) as { articles: number; evidence: number };
    expect(json.articles).toBe(5);
    expect(json.evidence).toBeGreaterThan(0);
  });

  it('searches entity names and article text across scripts', async () => {
    await kg(['ingest', SAMPLES, '--db', db]);
    const r = await kg(['search', 'Karabakh', '--db', db]);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/entities \(1\)\n {2}e\d+ {2}region +Karabakh/);
    expect(r.out).toContain('[Karabakh]');
    const arabic = await kg(['search', 'كاراباخ', '--db', db]);
    expect(arabic.out).toContain('001_e658fe718727ad49.txt  [ar]');
    const french = await kg(['search', 'armenie', '--db', db]);
    expect(french.out).toContain('[Arménie]');
  });

  it('shows and sets the language labels prefer, relabelling the store', async () => {
    await kg(['ingest', SAMPLES, '--db', db]);
    expect((await kg(['labels', '--db', db])).out).toBe('labels prefer: en');
    const set = await kg(['labels', '--prefer', 'ar', '--db', db]);
    expect(set.code).toBe(0);
    expect(set.out).toMatch(/^labels prefer: ar \(\d+ entities relabelled\)$/);
    expect((await kg(['search', 'armenie', '--db', db])).out).toMatch(/country +أرمينيا/);
    const bad = await kg(['labels', '--prefer', 'de', '--db', db]);
    expect(bad.code).toBe(2);
    expect(bad.err).toContain('use en, fr, ar or frequent');
  });

  it('exports the canonical JSON graph with verifiable evidence', async () => {
    await kg(['ingest', SAMPLES, '--db', db]);
    const r = await kg(['export', '--db', db, '--format', 'json', '--out', 'graph.json']);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^wrote \d+ nodes, \d+ edges, 5 articles to .*graph\.json \(json\)$/);
    const g = JSON.parse(readFileSync(join(dir, 'graph.json'), 'utf8')) as CanonicalGraph;
    expect(g.nodes.length).toBeGreaterThan(5);
    for (const e of g.edges) {
      for (const ev of e.evidence) expect(readFileSync(join(SAMPLES, ev.article), 'utf8').slice(ev.start, ev.end)).toBe(ev.quote);
    }
    const withCo = await kg(['export', '--db', db, '--out', 'co.json', '--co-mentions', '--types', 'country']);
    const co = JSON.parse(readFileSync(join(dir, 'co.json'), 'utf8')) as CanonicalGraph;
    expect(withCo.code).toBe(0);
    expect(co.nodes.every((n) => n.type === 'country')).toBe(true);
    expect(co.edges.some((e) => e.type === 'co_mentioned')).toBe(true);
  });

  it('refuses unknown commands, flags and values with usage and status 2', async () => {
    expect((await kg(['frobnicate'])).code).toBe(2);
    expect((await kg(['frobnicate'])).err).toContain('unknown command "frobnicate"');
    const flag = await kg(['stats', '--nope']);
    expect(flag.code).toBe(2);
    expect(flag.err).toContain("Unknown option '--nope'");
    expect(flag.err).toContain('usage: kg stats');
    expect((await kg(['ingest'])).code).toBe(2);
    expect((await kg(['export', '--out', 'x.json', '--format', 'docx', '--db', db])).err).toContain('unknown format "docx"');
    expect((await kg(['export', '--out', 'x.json', '--types', 'planet', '--db', db])).err).toContain('unknown entity type: planet');
    expect((await kg([])).code).toBe(2);
  });

  it('says plainly when the store does not exist', async () => {
    const r = await kg(['stats', '--db', join(dir, 'missing.sqlite')]);
    expect(r.code).toBe(1);
    expect(r.err).toContain('No knowledge store at');
  });

  it('documents the verbs and the default store in --help', async () => {
    const r = await kg(['--help']);
    expect(r.code).toBe(0);
    for (const verb of ['ingest', 'stats', 'search', 'export', 'KG_DB', 'kg.sqlite']) expect(r.out).toContain(verb);
    expect((await kg(['export', '--help'])).out).toContain('usage: kg export');
  });
});

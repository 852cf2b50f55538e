// The real Electron app, end to end: the same flows as the browser specs (the sample graph shows,
// searching ANAMA finds it in Latin and Arabic script, an edge's evidence shows its sentence), plus
// what only Electron can prove: the security settings the page actually runs under. Waits poll
// app state; nothing sleeps. Skips, with the reason, when the Electron binary is not installed.
import type { Page } from '@playwright/test';
import type { Result } from '../../shared/errors';
import { ensureNative, expect, hasElectronBinary, SKIP_REASON, test } from './electron-app';

if (!hasElectronBinary) console.log(`e2e/electron skipped: ${SKIP_REASON}`);
test.skip(!hasElectronBinary, SKIP_REASON);
test.beforeAll(() => ensureNative());

/**
 * The page's globals as these specs use them (the Node tsconfig has no DOM types). Each evaluate
 * callback casts `globalThis` itself: callbacks are sent to the page as source, without closures.
 */
interface PageGlobals {
  api: Record<string, (input: unknown) => Promise<unknown>>;
  open(url: string): unknown;
  location: { href: string };
  require?: unknown;
  process?: unknown;
}

/** Calls window.api in the page and unwraps the Result. */
async function api<T>(win: Page, op: string, input: unknown): Promise<T> {
  const r = (await win.evaluate(([name, arg]) => (globalThis as unknown as PageGlobals).api[name]!(arg), [op, input] as const)) as Result<T>;
  if (!r.ok) throw new Error(`${op}: ${r.error.code} ${r.error.message}`);
  return r.value;
}

async function sampleGraphReady(page: Page): Promise<void> {
  await expect
    .poll(async () => (await api<{ nodes: unknown[] }>(page, 'graph:overview', {})).nodes.length, { timeout: 30_000 })
    .toBeGreaterThan(0);
}

test('the first launch imports the samples and draws the graph', async ({ window }) => {
  await sampleGraphReady(window);
  const info = await api<{ counts: { articles: number }; dataDir: string }>(window, 'app:info', {});
  expect(info.counts.articles).toBe(5);
  await expect(window.locator('canvas').first()).toBeVisible();
});

test('search finds ANAMA in Latin and Arabic script', async ({ window }) => {
  await sampleGraphReady(window);
  for (const text of ['ANAMA', 'اناما']) {
    const hits = await api<{ entities: Array<{ label: string }> }>(window, 'search:query', { text });
    expect(hits.entities.map((e) => e.label.toUpperCase()).join(' ')).toContain('ANAMA');
  }
  const search = window.getByRole('searchbox').or(window.getByPlaceholder(/search/i)).first();
  await search.fill('ANAMA');
  await search.press('Enter');
  await expect(window.getByText(/ANAMA/).first()).toBeVisible();
});

test('an edge shows its evidence sentence with the quote inside it', async ({ window }) => {
  await sampleGraphReady(window);
  const view = await api<{ edges: Array<{ id: string }> }>(window, 'graph:overview', { filters: { includeCoMentions: true } });
  expect(view.edges.length).toBeGreaterThan(0);
  const items = await api<Array<{ quote: string; start: number; end: number; sentence: { text: string; start: number } }>>(
    window,
    'evidence:forRelation',
    { relationId: view.edges[0]!.id },
  );
  expect(items.length).toBeGreaterThan(0);
  for (const item of items) expect(item.sentence.text.slice(item.start - item.sentence.start, item.end - item.sentence.start)).toBe(item.quote);
});

test('the page runs sandboxed, from app://, with a closed API and no way out', async ({ window }) => {
  expect(window.url()).toBe('app://kg/index.html');
  const seen = await window.evaluate(() => ({
    require: typeof (globalThis as unknown as PageGlobals).require,
    process: typeof (globalThis as unknown as PageGlobals).process,
    api: Object.keys((globalThis as unknown as PageGlobals).api).sort(),
    popup: (globalThis as unknown as PageGlobals).open('https://example.com') === null,
    evalBlocked: (() => {
      try {
        return eval('1') !== 1;
      } catch {
        return true;
      }
    })(),
  }));
  expect(seen).toMatchObject({ require: 'undefined', process: 'undefined', popup: true, evalBlocked: true });
  expect(seen.api).toContain('graph:overview');
  expect(seen.api).not.toContain('import:dropped');
  await window.evaluate(() => {
    (globalThis as unknown as PageGlobals).location.href = 'https://example.com/';
  });
  await expect.poll(() => window.url()).toBe('app://kg/index.html');
  expect((await api<{ saved: number }>(window, 'layout:save', { positions: { e1: { x: 0, y: 0 } } })).saved).toBe(1);
  const bad = await window.evaluate(() => (globalThis as unknown as PageGlobals).api['graph:neighbourhood']!({ entityIds: ['not-an-id'] }));
  expect(bad).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
});

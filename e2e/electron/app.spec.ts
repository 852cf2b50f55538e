// The real Electron app, end to end: the flows of the browser specs (e2e/graph.spec.ts) through
// the real preload and ipcMain instead of the test bridge (the sample graph is drawn on first
// launch, search reaches ANAMA from Latin and Arabic script, clicking an edge shows its sentence),
// plus what only Electron can show: the page runs from app:// with no Node, a closed window.api,
// no popups and no navigation away. Waits on app state (the graph's data-state, polls); no sleeps.
// Skips, with the reason, when the Electron binary is not installed.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_DB_NAME } from '../../electron/core/api/host';
import { clickElement, hook, searchAndPick, settled } from '../fixtures/graph';
import { api, ensureNative, expect, hasElectronBinary, type PageGlobals, sampleGraphDrawn, SKIP_REASON, test } from './electron-app';

if (!hasElectronBinary) console.log(`e2e/electron skipped: ${SKIP_REASON}`);
test.skip(!hasElectronBinary, SKIP_REASON);
test.beforeAll(() => ensureNative());

test('the first launch imports the samples and draws the graph', async ({ window, dataDir }) => {
  await sampleGraphDrawn(window);
  expect((await hook(window, 'edgeIds')).length).toBeGreaterThan(0);
  await expect(window.locator('#graph canvas').first()).toBeVisible();
  // The store is in the user data folder; the page is told no path.
  expect(existsSync(join(dataDir, DEFAULT_DB_NAME))).toBe(true);
  expect(JSON.stringify(await api(window, 'app:info', {}))).not.toContain(dataDir);
});

test('searching ANAMA in Latin and in Arabic script focuses the same entity', async ({ window }) => {
  await sampleGraphDrawn(window);
  const latin = await searchAndPick(window, 'ANAMA');
  await settled(window);
  await expect(window.locator(`.entity-panel[data-entity="${latin}"] .entity-label`)).toHaveText('ANAMA');
  await window.keyboard.press('Escape');
  const arabic = await searchAndPick(window, 'اناما');
  expect(arabic).toBe(latin);
});

test('clicking an edge shows its evidence sentence with the quote from the article', async ({ window }) => {
  await sampleGraphDrawn(window);
  const edge = (await hook(window, 'edgeIds'))[0]!;
  await clickElement(window, edge);
  const card = window.locator(`.evidence-panel[data-relation="${edge}"] .evidence-card`).first();
  await expect(card).toBeVisible();
  const quote = (await card.locator('mark.quote').first().textContent()) ?? '';
  expect(quote.length).toBeGreaterThan(3);
  await expect(card.locator('.sentence')).toContainText(quote);
  const article = await api<{ text: string }>(window, 'article:get', { id: await card.getAttribute('data-article') });
  expect(article.text).toContain(quote);
});

test('the page runs from app:// with no Node, a closed API, no popups and no way out', async ({ window }) => {
  await sampleGraphDrawn(window);
  expect(window.url()).toBe('app://kg/index.html');
  const seen = await window.evaluate(() => {
    const g = globalThis as unknown as PageGlobals;
    let evalBlocked = true;
    try {
      evalBlocked = eval('1') !== 1;
    } catch {
      evalBlocked = true;
    }
    return { require: typeof g.require, process: typeof g.process, api: Object.keys(g.api).sort(), popup: g.open('https://example.com') === null, evalBlocked };
  });
  expect(seen).toMatchObject({ require: 'undefined', process: 'undefined', popup: true, evalBlocked: true });
  expect(seen.api).toEqual(expect.arrayContaining(['graph:overview', 'importDropped', 'onImportProgress', 'onMenu', 'onStoreChanged']));
  expect(seen.api).not.toContain('import:dropped');
  const bad = await window.evaluate(() => (globalThis as unknown as PageGlobals).api['graph:neighbourhood']!({ entityIds: ['not-an-id'] }));
  expect(bad).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
  await window.evaluate(() => {
    (globalThis as unknown as PageGlobals).location.href = 'https://example.com/';
  });
  await expect.poll(() => window.url()).toBe('app://kg/index.html');
});

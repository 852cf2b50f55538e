// The browser specs' other flows in the real Electron app: type filters, the shortest path,
// importing through File > Import Files… (main's native dialog answered from the test, the only
// part a user would click), the article full of markup shown as text, and a screenshot of the main
// view with an edge's provenance open. Skips, with the reason, when the Electron binary is absent.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ElectronApplication } from '@playwright/test';
import { clickElement, hook, renderSeq, searchAndPick, settled, waitForRender } from '../fixtures/graph';
import { api, ensureNative, entityIdIn, expect, hasElectronBinary, sampleGraphDrawn, SKIP_REASON, test } from './electron-app';

test.skip(!hasElectronBinary, SKIP_REASON);
test.beforeAll(() => ensureNative());

/** Answers main's next open dialogs with `paths`, then clicks File > Import Files… as a user would. */
async function importThroughMenu(app: ElectronApplication, paths: string[]): Promise<void> {
  await app.evaluate(({ dialog }, chosen) => {
    dialog.showOpenDialog = (() => Promise.resolve({ canceled: false, filePaths: chosen })) as unknown as typeof dialog.showOpenDialog;
  }, paths);
  await app.evaluate(({ Menu }) => {
    const items = Menu.getApplicationMenu()?.items.flatMap((i) => i.submenu?.items ?? []) ?? [];
    const item = items.find((i) => i.label === 'Import Files…');
    if (!item) throw new Error('no File > Import Files… item');
    item.click();
  });
}

test('a type filter hides the officials', async ({ window }) => {
  await sampleGraphDrawn(window);
  const types = async () => Promise.all((await hook(window, 'nodeIds')).map(async (id) => String((await hook(window, 'data', id))?.type)));
  const before = await types();
  expect(before).toContain('official');
  const since = await renderSeq(window);
  await window.locator('#filters input[data-filter="entity:official"]').click();
  await waitForRender(window, since);
  await settled(window);
  const after = await types();
  expect(after).not.toContain('official');
  expect(after.length).toBe(before.filter((t) => t !== 'official').length);
});

test('the shortest path between two selected entities is highlighted', async ({ window }) => {
  await sampleGraphDrawn(window);
  const vugar = await entityIdIn(window, 'Vugar Suleymanov');
  let expected: string[] = [];
  let target: string | null = null;
  for (const id of await hook(window, 'nodeIds')) {
    if (id === vugar) continue;
    const path = await api<{ found: boolean; nodeIds: string[]; edgeIds: string[] }>(window, 'graph:path', { from: vugar, to: id });
    if (path.found && path.edgeIds.length >= 2) {
      [target, expected] = [id, path.nodeIds];
      break;
    }
  }
  expect(target, 'some entity is two or more relations away from Vugar Suleymanov').not.toBeNull();
  await searchAndPick(window, 'Vugar Suleymanov');
  await settled(window);
  await window.keyboard.press('Escape');
  await window.keyboard.press('f');
  await clickElement(window, vugar);
  await clickElement(window, target!, { modifiers: ['Shift'] });
  await expect.poll(() => hook(window, 'selected')).toHaveLength(2);
  await window.keyboard.press('p');
  await expect.poll(async () => ((await window.locator('#graph').getAttribute('data-path')) ?? '').split(' ').sort()).toEqual([...expected].sort());
});

test('File > Import Files… imports through the native dialog, and an article with markup shows it as text', async ({ app, window }) => {
  await sampleGraphDrawn(window);
  const dir = mkdtempSync(join(tmpdir(), 'kg-electron-import-'));
  const file = join(dir, 'xss.txt');
  const title = 'Mine clearance update <img src=x onerror="window.__xss=1"> Zanzibarite';
  writeFileSync(file, `${title}\n\nThe agency said <script>window.__xss=2</script> that demining in the Karabakh region continues.\n`);
  await importThroughMenu(app, [file]);
  await expect(window.locator('#import-panel')).toHaveAttribute('data-state', 'done', { timeout: 60_000 });
  await expect(window.locator('#import-panel li[data-file="xss.txt"]')).toContainText('added');
  await expect.poll(async () => (await api<{ counts: { articles: number } }>(window, 'app:info', {})).counts.articles).toBe(6);

  await window.getByRole('combobox', { name: 'Search entities and articles' }).fill('Zanzibarite');
  const option = window.locator('#search-results [data-kind="article"]').first();
  await expect(option).toBeVisible();
  await option.click();
  const reader = window.locator('.article-reader');
  await expect(reader.locator('.article-text')).toContainText('<img src=x onerror="window.__xss=1">');
  await expect(reader.locator('.article-text')).toContainText('<script>window.__xss=2</script>');
  await expect(reader.locator('img, script')).toHaveCount(0);
  expect(await window.evaluate(() => (globalThis as unknown as { __xss?: number }).__xss)).toBeUndefined();
});

test('a screenshot of the main view with an edge provenance open', async ({ window }) => {
  await sampleGraphDrawn(window);
  const edge = (await hook(window, 'edgeIds'))[0]!;
  await clickElement(window, edge);
  await expect(window.locator(`.evidence-panel[data-relation="${edge}"] .evidence-card`).first()).toBeVisible();
  mkdirSync('e2e/artifacts', { recursive: true });
  await window.screenshot({ path: 'e2e/artifacts/electron-main-view-provenance.png' });
});

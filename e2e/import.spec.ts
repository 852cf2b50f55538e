// Importing from the UI, end to end: the toolbar's Import menu (the harness's dialog answers with
// a temp file path, as the native dialog would), progress and per-file outcomes, failures listed
// with their reason, the graph reloading when the job ends, drag and drop, and an article full of
// markup that must show as text and run nothing.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures/app';
import { renderSeq, waitForRender } from './fixtures/graph';

const XSS_TITLE = 'Mine clearance update <img src=x onerror="window.__xss=1"> Zanzibarite';
const XSS_BODY = 'The agency said <script>window.__xss=2</script> that demining in the Karabakh region continues.';

function scratch(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'kg-e2e-import-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

async function importFromToolbar(page: Page): Promise<void> {
  await page.getByRole('button', { name: /^Import/ }).click();
  await page.getByRole('menuitem', { name: /Files/ }).click();
}

test('importing files from the toolbar shows progress, lists failures and updates the graph', async ({ app, engine }) => {
  const dir = scratch({
    'new-article.txt': 'Armenia and Azerbaijan meet in Geneva\n\n2023-05-01\n\nThe foreign ministers of Armenia and Azerbaijan met in Geneva on Monday.',
    'empty.txt': '',
  });
  engine.importAnswer = [join(dir, 'new-article.txt'), join(dir, 'empty.txt')];
  const since = await renderSeq(app);
  await importFromToolbar(app);
  const panel = app.locator('#import-panel');
  await expect(panel).toBeVisible();
  await expect(panel).toHaveAttribute('data-state', 'done', { timeout: 60_000 });
  await expect(panel.locator('li[data-file="new-article.txt"]')).toContainText('added');
  await expect(panel.locator('.import-errors li[data-file="empty.txt"]')).toBeVisible();
  await expect(panel.locator('.import-errors')).toContainText('EMPTY_FILE');
  await waitForRender(app, since);
  await expect(app.locator('[data-status="totals"]')).toContainText('6 articles');
  expect((await engine.call('app:info', {})).counts.articles).toBe(6);
});

test('an import the app menu starts in main shows its progress and updates the graph', async ({ app, engine }) => {
  const dir = scratch({ 'from-menu.txt': 'France funds demining\n\n2022-02-01\n\nFrance said it funds demining in the Karabakh region of Azerbaijan.' });
  const since = await renderSeq(app);
  engine.host.imports.start([join(dir, 'from-menu.txt')]); // what main does after its own file dialog
  await expect(app.locator('#import-panel')).toHaveAttribute('data-state', 'done', { timeout: 60_000 });
  await expect(app.locator('#import-panel li[data-file="from-menu.txt"]')).toContainText('added');
  await waitForRender(app, since);
  await expect(app.locator('[data-status="totals"]')).toContainText('6 articles');
});

test('cancelling the file dialog imports nothing', async ({ app, engine }) => {
  engine.importAnswer = null;
  await importFromToolbar(app);
  await expect(app.locator('#import-panel')).toBeHidden();
  expect((await engine.call('app:info', {})).counts.articles).toBe(5);
});

test('dropping a file on the window imports it', async ({ app, engine }) => {
  engine.dropDir = scratch({ 'dropped.txt': 'Russia supports demining\n\nRussia said it supports demining in the Karabakh region.' });
  const dataTransfer = await app.evaluateHandle(() => {
    const g = globalThis as unknown as { DataTransfer: new () => { items: { add(f: unknown): void } }; File: new (parts: string[], name: string) => unknown };
    const dt = new g.DataTransfer();
    dt.items.add(new g.File(['(contents come from the path)'], 'dropped.txt'));
    return dt;
  });
  await app.dispatchEvent('#graph', 'dragenter', { dataTransfer });
  await expect(app.locator('#drop-zone')).toBeVisible();
  await app.dispatchEvent('#graph', 'drop', { dataTransfer });
  await expect(app.locator('#drop-zone')).toBeHidden();
  await expect(app.locator('#import-panel')).toHaveAttribute('data-state', 'done', { timeout: 60_000 });
  await expect(app.locator('#import-panel li[data-file="dropped.txt"]')).toContainText('added');
});

test('an article with markup shows it literally and runs none of it', async ({ app, engine }) => {
  engine.importAnswer = [join(scratch({ 'xss.txt': `${XSS_TITLE}\n\n${XSS_BODY}\n` }), 'xss.txt')];
  await importFromToolbar(app);
  await expect(app.locator('#import-panel')).toHaveAttribute('data-state', 'done', { timeout: 60_000 });

  const input = app.getByRole('combobox', { name: 'Search entities and articles' });
  await input.fill('Zanzibarite');
  const option = app.locator('#search-results [data-kind="article"]').first();
  await expect(option).toBeVisible();
  await option.click();
  const reader = app.locator('.article-reader');
  await expect(reader.locator('.article-text')).toContainText('<img src=x onerror="window.__xss=1">');
  await expect(reader.locator('.article-text')).toContainText('<script>window.__xss=2</script>');
  await expect(reader.locator('img, script')).toHaveCount(0);
  expect(await app.locator('#details img, #details script, #search-results img').count()).toBe(0);
  expect(await app.evaluate(() => (globalThis as unknown as { __xss?: number }).__xss)).toBeUndefined();
});

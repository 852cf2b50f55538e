// The app menu (main sends `menu:action` events) and the export dialog it opens: dark mode,
// focusing search, exporting the view through the engine's exporter registry to the file the
// save dialog names, and View > Entity Labels (main relabels the store, then says it changed).
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test, expect } from './fixtures/app';
import { clickElement, entityId, hook, renderSeq, settled, waitForRender } from './fixtures/graph';

test('menu actions toggle dark mode and focus the search box', async ({ app, engine }) => {
  engine.emit('menu:action', 'toggle-dark-mode');
  await expect(app.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect(app.locator('#graph')).toHaveAttribute('data-state', 'ready');
  await app.screenshot({ path: 'e2e/artifacts/dark-mode.png' });
  engine.emit('menu:action', 'focus-search');
  await expect(app.getByRole('combobox', { name: 'Search entities and articles' })).toBeFocused();
  engine.emit('menu:action', 'toggle-panels');
  await expect(app.locator('#app')).toHaveAttribute('data-panels', 'hidden');
});

test('View > Entity Labels relabels the graph in place, keeping what the analyst hid', async ({ app, engine }) => {
  const army = await entityId(engine, 'Armenian Armed Forces');
  const hidden = await entityId(engine, 'Zacharie Gross');
  await clickElement(app, hidden);
  await app.keyboard.press('h');
  await expect.poll(async () => (await hook(app, 'nodeIds')).includes(hidden)).toBe(false);
  await settled(app);
  const before = await hook(app, 'nodeIds');
  const since = await renderSeq(app);
  // What the menu item does: main calls labels:set, whose store:changed reaches the page.
  expect(await engine.call('labels:set', { prefer: 'fr' })).toMatchObject({ prefer: 'fr' });
  await waitForRender(app, since);
  await expect.poll(async () => (await hook(app, 'data', army))?.label).toBe('armée arménienne');
  expect((await hook(app, 'nodeIds')).sort()).toEqual(before.sort());
  await engine.call('labels:set', { prefer: 'en' });
  await expect.poll(async () => (await hook(app, 'data', army))?.label).toBe('Armenian Armed Forces');
});

test('Ctrl+E opens the export dialog, which writes the view where the save dialog says', async ({ app, engine }) => {
  const target = join(mkdtempSync(join(tmpdir(), 'kg-e2e-export-')), 'view.json');
  engine.exportAnswer = target;
  await app.locator('#graph').focus();
  await app.keyboard.press('Control+e');
  const dialog = app.getByRole('dialog', { name: 'Export graph' });
  await expect(dialog).toBeVisible();
  await dialog.getByLabel('Format').selectOption('json');
  await dialog.getByRole('button', { name: 'Export…' }).click();
  await expect(dialog).toBeHidden();
  await expect(app.locator('.toast')).toContainText('Exported');
  expect(existsSync(target)).toBe(true);
  const graph = JSON.parse(readFileSync(target, 'utf8')) as { nodes: Array<{ id: string }> };
  expect(graph.nodes.map((n) => n.id).sort()).toEqual((await hook(app, 'nodeIds')).sort());
});

test('Ctrl+O asks for files once per press', async ({ app, engine }) => {
  let asked = 0;
  // The harness answers the open dialog from engine.importAnswer; count how often it is read.
  Object.defineProperty(engine, 'importAnswer', {
    configurable: true,
    get: () => {
      asked += 1;
      return null;
    },
  });
  await app.locator('#graph').focus();
  await app.keyboard.press('Control+o');
  await expect.poll(() => asked).toBe(1);
  // A later round trip through the engine: anything the first press sent has been answered by now.
  await app.keyboard.press('Control+e');
  await expect(app.getByRole('dialog', { name: 'Export graph' })).toBeVisible();
  expect(asked).toBe(1);
});

// Exploring the graph end to end: filters (types, language, evidence, dates) hide what they
// should and bring it back, the shortest path between two selected entities is highlighted as the
// engine computes it, hiding is undoable, and the keyboard help and context menu are reachable.
// Waits on app state only.
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures/app';
import { clickElement, entityId, hook, renderSeq, searchAndPick, settled, still, waitForRender } from './fixtures/graph';

async function nodeTypes(page: Page): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  for (const id of await hook(page, 'nodeIds')) out.set(id, String((await hook(page, 'data', id))?.type));
  return out;
}

async function toggleFilter(page: Page, key: string): Promise<void> {
  const since = await renderSeq(page);
  await page.locator(`#filters input[data-filter="${key}"]`).click();
  await waitForRender(page, since);
  await settled(page);
}

test('entity and relation type filters hide what they should, and the counts follow', async ({ app }) => {
  const before = await nodeTypes(app);
  const officials = [...before].filter(([, t]) => t === 'official').map(([id]) => id);
  expect(officials.length, 'the sample graph has officials').toBeGreaterThan(0);

  await toggleFilter(app, 'entity:official');
  const after = await nodeTypes(app);
  expect([...after.values()]).not.toContain('official');
  expect(after.size).toBe(before.size - officials.length);
  await expect(app.locator('[data-count="entity:official"]')).toHaveText('0');
  await expect(app.locator('#filter-badge')).toHaveText('1 active');

  await toggleFilter(app, 'entity:official');
  expect((await nodeTypes(app)).size).toBe(before.size);

  const edges = await hook(app, 'edgeIds');
  const typeOf = async (id: string): Promise<string> => String((await hook(app, 'data', id))?.type);
  const firstType = await typeOf(edges[0] as string);
  await toggleFilter(app, `relation:${firstType}`);
  for (const id of await hook(app, 'edgeIds')) expect(await typeOf(id)).not.toBe(firstType);
  await toggleFilter(app, `relation:${firstType}`);
});

test('co-mentions are hidden by default and dashed when shown', async ({ app }) => {
  const types = async (): Promise<string[]> => Promise.all((await hook(app, 'edgeIds')).map(async (id) => String((await hook(app, 'data', id))?.type)));
  expect(await types()).not.toContain('co_mentioned');
  await toggleFilter(app, 'relation:co_mentioned');
  const edges = await hook(app, 'edgeIds');
  const co: string[] = [];
  for (const id of edges) if ((await hook(app, 'data', id))?.type === 'co_mentioned') co.push(id);
  expect(co.length, 'the samples have co-mentions').toBeGreaterThan(0);
  expect(await hook(app, 'style', co[0] as string, 'line-style')).toBe('dashed');
});

test('language and evidence filters narrow the view through the engine', async ({ app, engine }) => {
  const all = (await hook(app, 'nodeIds')).length;
  const since = await renderSeq(app);
  await app.locator('#filters input[data-filter="lang:en"]').click();
  await app.locator('#filters input[data-filter="lang:fr"]').click();
  await expect.poll(() => renderSeq(app)).toBeGreaterThan(since + 1);
  await settled(app);
  const arabicOnly = await engine.call('graph:overview', { filters: { langs: ['ar'] } });
  expect((await hook(app, 'nodeIds')).sort()).toEqual(arabicOnly.nodes.map((n) => n.id).sort());
  expect(arabicOnly.nodes.length).toBeLessThanOrEqual(all);

  await app.locator('button[data-action="reset-filters"]').click();
  await settled(app);
  const s2 = await renderSeq(app);
  await app.locator('#filters input[data-filter="minEvidence"]').fill('2');
  await waitForRender(app, s2);
  await settled(app);
  for (const id of await hook(app, 'edgeIds')) expect(Number((await hook(app, 'data', id))?.evidence)).toBeGreaterThanOrEqual(2);
});

test('a date range narrows the view through the engine and says undated articles are left out', async ({ app, engine }) => {
  const all = (await hook(app, 'nodeIds')).length;
  const note = app.locator('#filters .filter-note');
  await expect(note).toBeHidden();
  const since = await renderSeq(app);
  await app.locator('#filters input[data-filter="dateFrom"]').fill('2022-01-01');
  await waitForRender(app, since);
  await settled(app);
  await expect(note).toBeVisible();
  const recent = await engine.call('graph:overview', { filters: { dateFrom: '2022-01-01' } });
  expect(recent.nodes.length).toBeGreaterThan(0);
  expect(recent.nodes.length).toBeLessThan(all);
  expect((await hook(app, 'nodeIds')).sort()).toEqual(recent.nodes.map((n) => n.id).sort());
  await app.locator('button[data-action="reset-filters"]').click();
  await settled(app);
  await expect(note).toBeHidden();
  expect((await hook(app, 'nodeIds')).length).toBe(all);
});

test('the shortest path between two selected entities is highlighted', async ({ app, engine }) => {
  const vugar = await entityId(engine, 'Vugar Suleymanov');
  const nodes = await hook(app, 'nodeIds');
  let target: string | null = null;
  let expected: string[] = [];
  for (const id of nodes) {
    if (id === vugar) continue;
    const path = await engine.call('graph:path', { from: vugar, to: id });
    if (path.found && path.edgeIds.length >= 2) {
      target = id;
      expected = path.nodeIds;
      break;
    }
  }
  expect(target, 'some entity is two or more relations away from Vugar Suleymanov').not.toBeNull();
  await searchAndPick(app, 'Vugar Suleymanov');
  await settled(app);
  await app.keyboard.press('Escape');
  await app.keyboard.press('f');
  await clickElement(app, vugar);
  await clickElement(app, target as string, { modifiers: ['Shift'] });
  await expect.poll(() => hook(app, 'selected')).toHaveLength(2);
  await app.keyboard.press('p');
  // The engine walks from whichever end the view passes first; the path is the same set of entities.
  await expect.poll(async () => ((await app.locator('#graph').getAttribute('data-path')) ?? '').split(' ').sort()).toEqual([...expected].sort());
  for (const id of expected) expect(await hook(app, 'classes', id)).toContain('path');
});

test('hiding is undoable and redoable from the keyboard and the Edit menu', async ({ app, engine }) => {
  const anama = await entityId(engine, 'ANAMA');
  await searchAndPick(app, 'ANAMA');
  await settled(app);
  const count = (await hook(app, 'nodeIds')).length;
  await app.locator('#graph').focus();
  await app.keyboard.press('h');
  await expect.poll(async () => (await hook(app, 'nodeIds')).includes(anama)).toBe(false);
  await expect(app.locator('[data-action="undo"]')).toBeEnabled();
  await app.keyboard.press('Control+z');
  await expect.poll(async () => (await hook(app, 'nodeIds')).length).toBe(count);
  await app.keyboard.press('Control+Shift+z');
  await expect.poll(async () => (await hook(app, 'nodeIds')).includes(anama)).toBe(false);
  // Edit > Undo / Redo: the view's, unless a field has the focus, where they are the field's own.
  engine.emit('menu:action', 'undo');
  await expect.poll(async () => (await hook(app, 'nodeIds')).length).toBe(count);
  engine.emit('menu:action', 'redo');
  await expect.poll(async () => (await hook(app, 'nodeIds')).includes(anama)).toBe(false);
  const search = app.getByRole('combobox', { name: /search/i });
  await search.fill('');
  await search.pressSequentially('Baku');
  engine.emit('menu:action', 'undo');
  await expect(search).not.toHaveValue('Baku');
  expect((await hook(app, 'nodeIds')).includes(anama)).toBe(false);
  await search.fill('');
  await app.getByRole('button', { name: 'Show all' }).click();
  await expect.poll(async () => (await hook(app, 'nodeIds')).includes(anama)).toBe(true);
});

test('the help overlay lists the shortcuts and the context menu offers expansion', async ({ app, engine }) => {
  await app.locator('#graph').focus();
  await app.keyboard.press('?');
  const help = app.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(help).toBeVisible();
  await expect(help).toContainText('Shortest path');
  await app.keyboard.press('Escape');
  await expect(help).toBeHidden();

  const anama = await entityId(engine, 'ANAMA');
  await clickElement(app, anama, { button: 'right' });
  const menu = app.getByRole('menu');
  await expect(menu.getByRole('menuitem', { name: /Expand neighbours/ })).toBeVisible();
  const since = await renderSeq(app);
  await menu.getByRole('menuitem', { name: /Expand neighbours/ }).click();
  await waitForRender(app, since);
  await expect(menu).toBeHidden();
});

test('an Alt+drag lasso selects the nodes inside the outline', async ({ app, engine }) => {
  const anama = await entityId(engine, 'ANAMA');
  await app.keyboard.press('f');
  await still(app);
  const c = await hook(app, 'clientPoint', anama);
  expect(c).not.toBeNull();
  const { x, y } = c as { x: number; y: number };
  await app.keyboard.down('Alt');
  await app.mouse.move(x - 14, y - 14);
  await app.mouse.down();
  for (const [dx, dy] of [[14, -14], [14, 14], [-14, 14], [-14, -14]] as const) await app.mouse.move(x + dx, y + dy, { steps: 3 });
  await app.mouse.up();
  await app.keyboard.up('Alt');
  await expect.poll(() => hook(app, 'selected')).toContain(anama);
});

// The WebGL renderer (what large views switch to), forced on the sample graph: it draws, picking
// works (a click selects the node under the pointer), and styles degrade as designed: co-mentions
// are solid but still grey and faint, shapes are the ones WebGL draws natively.
import { test, expect } from './fixtures/app';
import { clickElement, entityId, hook, renderSeq, settled, waitForRender } from './fixtures/graph';

test('the WebGL renderer draws the graph, picks elements and degrades styles', async ({ app, engine, server }) => {
  await app.goto(`${server.url}?renderer=webgl`);
  await expect(app.locator('#graph')).toHaveAttribute('data-state', 'ready', { timeout: 30_000 });
  expect(await hook(app, 'rendererMode')).toBe('webgl');
  await expect(app.locator('[data-status="renderer"]')).toHaveText('WebGL renderer');
  expect((await hook(app, 'nodeIds')).length).toBeGreaterThan(1);

  const anama = await entityId(engine, 'ANAMA');
  await app.keyboard.press('Escape');
  await clickElement(app, anama);
  await expect(app.locator(`.entity-panel[data-entity="${anama}"]`)).toBeVisible();

  const native = new Set(['ellipse', 'rectangle', 'round-rectangle', 'bottom-round-rectangle']);
  for (const id of (await hook(app, 'nodeIds')).slice(0, 20)) expect(native.has(String(await hook(app, 'style', id, 'shape')))).toBe(true);

  const since = await renderSeq(app);
  await app.locator('#filters input[data-filter="relation:co_mentioned"]').click();
  await waitForRender(app, since);
  await settled(app);
  const co = [];
  for (const id of await hook(app, 'edgeIds')) if ((await hook(app, 'data', id))?.type === 'co_mentioned') co.push(id);
  expect(co.length).toBeGreaterThan(0);
  expect(await hook(app, 'style', co[0] as string, 'line-style')).toBe('solid');
  expect(Number(await hook(app, 'style', co[0] as string, 'opacity'))).toBeLessThan(0.6);
});

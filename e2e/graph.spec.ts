// The graph view end to end, in Chromium against the real engine: the sample graph is drawn,
// search reaches the same entity from Latin and Arabic script, and clicking an edge shows the
// sentence that states it, a quote that really is in the article. Waits on app state only.
import { mkdirSync } from 'node:fs';
import { test, expect } from './fixtures/app';
import { clickElement, entityId, hook, searchAndPick, settled } from './fixtures/graph';

test('the sample graph appears with its counts', async ({ app, engine }) => {
  const nodes = await hook(app, 'nodeIds');
  expect(nodes.length).toBeGreaterThan(1);
  expect((await hook(app, 'edgeIds')).length).toBeGreaterThan(0);
  const info = await engine.call('app:info', {});
  expect(info.counts.articles).toBe(5);
  await expect(app.locator('[data-status="counts"]')).toContainText(`${nodes.length} entities`);
  await expect(app.locator('[data-status="totals"]')).toContainText('5 articles');
  await expect(app.locator('#graph canvas').first()).toBeVisible();
  expect(await hook(app, 'rendererMode')).toBe('canvas');
  // The legend-filters list every entity type with a count.
  await expect(app.locator('#filters .filter-row')).toHaveCount(6 + 15);
  mkdirSync('e2e/artifacts', { recursive: true });
  await app.screenshot({ path: 'e2e/artifacts/overview.png' });
});

test('searching ANAMA in Latin and in Arabic script focuses the same entity', async ({ app, engine }) => {
  const expected = await entityId(engine, 'ANAMA');
  const latin = await searchAndPick(app, 'ANAMA');
  expect(latin).toBe(expected);
  await settled(app);
  const panel = app.locator(`.entity-panel[data-entity="${expected}"]`);
  await expect(panel.locator('.entity-label')).not.toBeEmpty();
  await expect(panel.locator('.alias', { hasText: 'ANAMA' }).first()).toBeVisible();
  expect(await hook(app, 'selected')).toEqual([expected]);
  expect(await hook(app, 'classes', expected)).toContain('search-hit');

  await app.keyboard.press('Escape');
  const arabic = await searchAndPick(app, 'اناما');
  expect(arabic).toBe(expected);
  await settled(app);
  expect(await hook(app, 'selected')).toEqual([expected]);
  // The Arabic alias is listed under Arabic, right to left.
  await expect(app.locator('.alias-row[data-lang="ar"] .alias[dir="rtl"]').first()).toBeVisible();
});

test('clicking the edge between Vugar Suleymanov and ANAMA shows a quote from the article', async ({ app, engine }) => {
  const anama = await entityId(engine, 'ANAMA');
  await searchAndPick(app, 'Vugar Suleymanov');
  await settled(app);
  const vugar = (await hook(app, 'selected'))[0] as string;
  const edge = await hook(app, 'edgeBetween', vugar, anama);
  expect(edge, 'an edge between Vugar Suleymanov and ANAMA is drawn').not.toBeNull();

  await app.keyboard.press('Escape');
  await clickElement(app, edge as string);
  const panel = app.locator(`.evidence-panel[data-relation="${edge}"]`);
  await expect(panel).toBeVisible();
  const card = panel.locator('.evidence-card').first();
  const quote = (await card.locator('mark.quote').first().textContent()) ?? '';
  expect(quote.length).toBeGreaterThan(3);
  const articleId = (await card.getAttribute('data-article')) ?? '';
  const article = await engine.call('article:get', { id: articleId });
  expect(article.text).toContain(quote);
  await expect(card.locator('.sentence')).toContainText(quote);
  await expect(card.locator('.article-meta')).not.toBeEmpty();
  await expect(card.locator('.rule')).toContainText('rule');

  mkdirSync('e2e/artifacts', { recursive: true });
  await app.screenshot({ path: 'e2e/artifacts/main-view-provenance.png' });

  await card.getByRole('button', { name: 'Open article' }).click();
  const reader = app.locator(`.article-reader[data-article="${articleId}"]`);
  await expect(reader).toBeVisible();
  await expect(reader.locator('.article-text mark.quote').first()).toContainText(quote.slice(0, 20));
  await expect(reader.locator('.article-text .mention').first()).toBeVisible();
  await app.screenshot({ path: 'e2e/artifacts/article-reader.png' });
  await app.getByRole('button', { name: '← Back' }).click();
  await expect(panel).toBeVisible();
});

test('an Arabic article reads right to left with its mentions clickable', async ({ app, engine }) => {
  const found = await engine.call('search:query', { text: 'اناما', limit: 20 });
  const arabic = found.articles[0];
  expect(arabic, 'an Arabic sample article matches').toBeDefined();
  const input = app.getByRole('combobox', { name: 'Search entities and articles' });
  await input.fill('اناما');
  await app.locator(`#search-results [data-kind="article"][data-id="${arabic?.id}"]`).click();
  const text = app.locator(`.article-reader[data-article="${arabic?.id}"] .article-text`);
  await expect(text).toHaveAttribute('dir', 'rtl');
  await expect(text).toHaveAttribute('lang', 'ar');
  const mention = text.locator('.mention').first();
  await expect(mention).toBeVisible();
  const target = (await mention.getAttribute('data-entity')) ?? '';
  await mention.click();
  await expect(app.locator(`.entity-panel[data-entity="${target}"]`)).toBeVisible();
});

// Exporting from the export dialog: a PNG drawn from the view (scale, legend, transparent
// background) that main writes where the save dialog says; an export too large for the browser to
// draw, refused with a warning and no file; an SVG of an entity's neighbourhood with the picture
// options; and the selection in every data format. Files are read back from disk, as a user would
// open them, with the parsers of the programs they are meant for.
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import { MultiGraph } from 'graphology';
import { parse as parseGexf } from 'graphology-gexf';
import { parse as parseGraphml } from 'graphology-graphml';
import { PNG } from 'pngjs';
import type { Page } from '@playwright/test';
import { validateFtm, type FtmLine } from '../test/export/ftm-model';
import { inspectPng } from '../test/export/png-check';
import { test, expect } from './fixtures/app';
import { clickElement, entityId, hook, settled, still } from './fixtures/graph';

function target(name: string): string {
  return join(mkdtempSync(join(tmpdir(), 'kg-e2e-export-')), name);
}

async function openDialog(app: Page) {
  await app.locator('#graph').focus();
  await app.keyboard.press('Control+e');
  const dialog = app.getByRole('dialog', { name: 'Export graph' });
  await expect(dialog).toBeVisible();
  return dialog;
}

test('exports the view as a 2x PNG with a legend on a transparent background', async ({ app, engine }) => {
  const file = target('view.png');
  engine.exportAnswer = file;
  const dialog = await openDialog(app);
  await dialog.getByLabel('Format').selectOption('png');
  await dialog.getByLabel('Scale').selectOption('2');
  await expect(dialog.getByLabel('Legend of the entity and relation types shown')).toBeChecked();
  await dialog.getByLabel('Transparent background').check();
  await expect(dialog.locator('[data-part="estimate"]')).toContainText('The image will be');
  await dialog.getByRole('button', { name: 'Export…' }).click();
  await expect(dialog).toBeHidden();
  const toast = app.locator('.toast').filter({ hasText: 'PNG' });
  await expect(toast).toContainText(file);

  const data = readFileSync(file);
  const report = inspectPng(data);
  const [, w, h] = /a ([\d,]+) × ([\d,]+) PNG/.exec((await toast.textContent()) ?? '') ?? [];
  expect([report.width, report.height]).toEqual([Number(w?.replace(/,/g, '')), Number(h?.replace(/,/g, ''))]);
  // 2x of a graph wider than the screen's node size, plus the legend.
  expect(report.width).toBeGreaterThan(1000);
  expect(report.width % 2).toBe(0);
  expect(report.inkedPixels).toBeGreaterThan(report.width * report.height * 0.01);

  const png = PNG.sync.read(data);
  const alpha = (x: number, y: number) => png.data[(y * png.width + x) * 4 + 3];
  expect(alpha(0, 0), 'the margin is transparent').toBe(0);
  // The legend card (white at 90% opacity) sits in the top-right corner, inside a 40 px margin.
  expect(alpha(png.width - 50, 45)).toBeGreaterThan(200);
  expect(alpha(png.width - 50, 45)).toBeLessThan(255);
  // The graph sits inside the margin (20 units, 40 px at 2x, plus its bounding box's slack): its
  // ink starts that far from the left edge and ends that far from the bottom (the legend is at
  // the top right).
  let [left, bottom] = [png.width, png.height];
  for (let y = 0; y < png.height; y++) {
    for (let x = 0; x < png.width; x++) {
      if (alpha(x, y)! > 0) {
        left = Math.min(left, x);
        bottom = Math.min(bottom, png.height - 1 - y);
      }
    }
  }
  for (const gap of [left, bottom]) {
    expect(gap).toBeGreaterThanOrEqual(38);
    expect(gap).toBeLessThanOrEqual(60);
  }
});

test('an export too large for the browser is refused with a warning and writes nothing', async ({ app, engine }) => {
  const file = target('huge.png');
  engine.exportAnswer = file;
  await settled(app);
  // Zoomed far out around the middle of the screen, one entity dragged tens of thousands of
  // units away from the rest.
  const { zoom, pan } = await hook(app, 'viewport');
  const box = (await app.locator('#graph').boundingBox())!;
  const centre = { x: box.width / 2, y: box.height / 2 };
  const z = 0.04;
  await hook(app, 'setViewport', z, { x: centre.x - ((centre.x - pan.x) * z) / zoom, y: centre.y - ((centre.y - pan.y) * z) / zoom });
  await still(app);
  let from: { x: number; y: number } | null = null;
  for (const id of await hook(app, 'nodeIds')) if ((from = await hook(app, 'clientPoint', id))) break;
  if (!from) throw new Error('no entity can be grabbed');
  await app.mouse.move(from.x, from.y);
  await app.mouse.down();
  for (let dx = 100; dx <= 1300; dx += 100) await app.mouse.move(from.x + (from.x > centre.x + box.x ? -dx : dx), from.y);
  await app.mouse.up();

  const dialog = await openDialog(app);
  await dialog.getByLabel('Format').selectOption('png');
  await dialog.getByLabel('Scale').selectOption('1');
  await expect(dialog.locator('[data-part="estimate"]')).toContainText('Too large for a PNG');
  await dialog.getByRole('button', { name: 'Export…' }).click();
  const status = dialog.getByRole('status');
  await expect(status).toContainText('Too large for a PNG');
  await expect(status).toContainText('SVG');
  await expect(status).toHaveAttribute('data-kind', 'warning');
  await expect(dialog).toBeVisible();
  expect(existsSync(file)).toBe(false);
});

test('offers every format and scope, and exports a neighbourhood as SVG without a legend', async ({ app, engine }) => {
  const anama = await entityId(engine, 'ANAMA');
  await app.keyboard.press('Escape');
  await clickElement(app, anama);
  const dialog = await openDialog(app);
  const formats = await dialog.getByLabel('Format').locator('option').evaluateAll((o) => o.map((x) => x.getAttribute('value')));
  expect(formats.sort()).toEqual(['csv', 'cyjs', 'ftm', 'gexf', 'graphml', 'json', 'png', 'svg']);
  await expect(dialog.locator('input[name="export-scope"]')).toHaveCount(4);
  const label = String((await hook(app, 'data', anama))?.label);
  await expect(dialog.getByRole('radio', { name: `The neighbourhood of ${label} to depth` })).toBeVisible();
  await dialog.getByLabel('Format').selectOption('svg');
  await expect(dialog.getByLabel('Scale')).toBeHidden();
  await dialog.getByRole('combobox', { name: 'Depth' }).selectOption('2');
  await expect(dialog.locator('input[name="export-scope"][value="neighbourhood"]')).toBeChecked();
  await dialog.getByLabel('Legend of the entity and relation types shown').uncheck();
  const file = target('anama.svg');
  engine.exportAnswer = file;
  await dialog.getByRole('button', { name: 'Export…' }).click();
  await expect(dialog).toBeHidden();
  const svg = readFileSync(file, 'utf8');
  expect(svg).toContain(label);
  expect(svg).not.toContain('class="legend"');
});

test('a PNG exported while the WebGL renderer draws the screen is a full picture', async ({ app, engine, server }) => {
  await app.goto(`${server.url}?renderer=webgl`);
  await expect(app.locator('#graph')).toHaveAttribute('data-state', 'ready', { timeout: 30_000 });
  expect(await hook(app, 'rendererMode')).toBe('webgl');
  const file = target('webgl.png');
  engine.exportAnswer = file;
  const dialog = await openDialog(app);
  await dialog.getByLabel('Format').selectOption('png');
  await dialog.getByLabel('Scale').selectOption('1');
  await dialog.getByRole('button', { name: 'Export…' }).click();
  await expect(dialog).toBeHidden();
  const report = inspectPng(readFileSync(file));
  expect(report.width).toBeGreaterThan(500);
  expect(report.inkedPixels).toBeGreaterThan(report.width * report.height * 0.01);
});

test('exports the selection in every data format, each file read back by its own parser', async ({ app, engine }) => {
  const anama = await entityId(engine, 'ANAMA');
  const vugar = await entityId(engine, 'Vugar Suleymanov');
  await settled(app);
  await clickElement(app, anama);
  await clickElement(app, vugar, { modifiers: ['Shift'] });
  expect((await hook(app, 'selected')).sort()).toEqual([anama, vugar].sort());
  const exported = async (format: string): Promise<string> => {
    const file = target(`selection.${format}`);
    engine.exportAnswer = file;
    const dialog = await openDialog(app);
    await dialog.getByLabel('Format').selectOption(format);
    await dialog.locator('input[name="export-scope"][value="selection"]').check();
    await dialog.getByRole('button', { name: 'Export…' }).click();
    await expect(dialog).toBeHidden();
    await expect(app.locator('.toast').last()).toContainText('2 entities');
    return file;
  };

  const json = JSON.parse(readFileSync(await exported('json'), 'utf8'));
  expect(json.nodes.map((n: { id: string }) => n.id).sort()).toEqual([anama, vugar].sort());
  expect(json.edges.length).toBeGreaterThan(0);

  // CSV is two files beside the name chosen, and the message names both.
  const csv = (await exported('csv')).replace(/\.csv$/, '');
  await expect(app.locator('.toast').last()).toContainText(`${csv}.nodes.csv and ${csv}.edges.csv`);
  const nodes = readFileSync(`${csv}.nodes.csv`, 'utf8');
  expect(nodes.charCodeAt(0)).toBe(0xfeff);
  expect(parseCsv(nodes, { bom: true, columns: true })).toHaveLength(2);
  expect(parseCsv(readFileSync(`${csv}.edges.csv`, 'utf8'), { bom: true, columns: true }).length).toBeGreaterThan(0);

  expect(parseGexf(MultiGraph, readFileSync(await exported('gexf'), 'utf8')).order).toBe(2);
  expect(parseGraphml(MultiGraph, readFileSync(await exported('graphml'), 'utf8')).order).toBe(2);
  const cyjs = JSON.parse(readFileSync(await exported('cyjs'), 'utf8'));
  expect(cyjs.elements.nodes).toHaveLength(2);
  const ftm = readFileSync(await exported('ftm'), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as FtmLine);
  expect(validateFtm(ftm)).toEqual([]);
  expect(ftm.map((e) => e.schema)).toContain('Person');
});

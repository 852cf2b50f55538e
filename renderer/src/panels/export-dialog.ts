// The export dialog (Ctrl+E, the menu, the toolbar): pick a format and a scope (what the view
// shows, the selection, an entity's neighbourhood, or the whole store). The engine's formats are
// written by the engine: it asks where to save with a native dialog and writes the file, with the
// view's positions and node sizes so that SVG matches the screen. PNG is drawn here, from the
// view (../export/png-draw.ts), planned first so that an image too large for the browser is
// refused with a warning instead of saved blank, and handed to main, which asks where to save it.
import type cytoscape from 'cytoscape';
import type { ExportScope, GraphFilters } from '../../../shared/ipc';
import type { ColorBy } from '../graph/stylesheet';
import { drawPng } from '../export/png-draw';
import { describePlan, layoutPicture, pngFileName } from '../export/png-layout';
import { sceneForNeighbourhood, sceneFromView, type PictureScene } from '../export/png-scene';
import { call, errorMessage } from '../lib/api';
import { formatCount, h } from '../lib/dom';
import { buildExportForm, PNG_FORMAT, type ExportChoice } from './export-form';
import { openModal } from './modal';

export interface ExportContext {
  cy: cytoscape.Core;
  selectedNodeIds: string[];
  filters: GraphFilters;
  colorBy: ColorBy;
  notify(message: string, kind?: 'info' | 'error'): void;
}

interface Outcome {
  /** Shown in the dialog, which stays open (cancelled, or a warning). */
  status?: string;
  warning?: boolean;
  /** Shown as a toast once the dialog has closed. */
  done?: string;
}

function viewIds(ctx: ExportContext, choice: ExportChoice): string[] {
  return choice.scope === 'selection' ? ctx.selectedNodeIds : ctx.cy.nodes().map((n) => n.id());
}

function engineScope(ctx: ExportContext, choice: ExportChoice): ExportScope {
  if (choice.scope === 'all') return { kind: 'all' };
  if (choice.scope === 'neighbourhood') return { kind: 'entity', entityId: ctx.selectedNodeIds[0] as string, depth: choice.depth };
  return { kind: 'nodes', nodeIds: viewIds(ctx, choice) };
}

/** Positions and sizes of the entities on screen, for the formats that store or draw them. */
function drawnAs(cy: cytoscape.Core): { positions: Record<string, { x: number; y: number }>; sizes: Record<string, number> } {
  const positions: Record<string, { x: number; y: number }> = {};
  const sizes: Record<string, number> = {};
  cy.nodes().forEach((n) => {
    positions[n.id()] = { ...n.position() };
    const size = n.data('size') as unknown;
    if (typeof size === 'number' && size > 0) sizes[n.id()] = size;
  });
  return { positions, sizes };
}

async function exportWithEngine(ctx: ExportContext, choice: ExportChoice): Promise<Outcome> {
  const picture = choice.format === 'svg' ? { legend: choice.legend, background: choice.background } : {};
  const done = await call('export:graph', { format: choice.format, scope: engineScope(ctx, choice), filters: ctx.filters, ...drawnAs(ctx.cy), ...picture });
  if (!done.saved) return { status: 'Cancelled.' };
  return { done: `Exported ${formatCount(done.nodes)} entities and ${formatCount(done.edges)} relations to ${done.files.join(' and ')}` };
}

async function pictureScene(ctx: ExportContext, choice: ExportChoice): Promise<{ scene: PictureScene; name: string }> {
  if (choice.scope === 'neighbourhood') {
    const focus = ctx.selectedNodeIds[0] as string;
    const label = String(ctx.cy.$id(focus).data('label') ?? focus);
    return { scene: await sceneForNeighbourhood(ctx.cy, focus, choice.depth, ctx.filters), name: `${label}-depth-${choice.depth}` };
  }
  if (choice.scope === 'selection') return { scene: sceneFromView(ctx.cy, ctx.selectedNodeIds), name: 'selection' };
  return { scene: sceneFromView(ctx.cy), name: 'view' };
}

async function exportPng(ctx: ExportContext, choice: ExportChoice): Promise<Outcome> {
  const { scene, name } = await pictureScene(ctx, choice);
  const drawing = await drawPng(scene, { scale: choice.scale, background: choice.background, legend: choice.legend, colorBy: ctx.colorBy });
  if (!drawing.ok) return { status: describePlan(drawing.plan, choice.scale), warning: true };
  const { plan } = drawing;
  const saved = await call('export:png', { data: drawing.data, name: pngFileName(name, plan.scale) });
  if (!saved.saved) return { status: 'Cancelled.' };
  const capped = plan.capped ? ` (made at ${plan.scale}x, the largest scale that fits)` : '';
  return {
    done: `Exported a ${formatCount(plan.width)} × ${formatCount(plan.height)} PNG of ${formatCount(scene.nodes)} entities and ${formatCount(scene.edges)} relations to ${saved.file}${capped}`,
  };
}

/** What the dialog says about a PNG's size before anything is drawn (neighbourhoods are fetched first). */
function pngEstimate(ctx: ExportContext, choice: ExportChoice): string {
  if (choice.format !== PNG_FORMAT.id || choice.scope === 'neighbourhood' || choice.scope === 'all') return '';
  const ids = choice.scope === 'selection' ? new Set(ctx.selectedNodeIds) : null;
  const eles = ids ? ctx.cy.nodes().filter((n) => ids.has(n.id())) : ctx.cy.elements();
  const bb = eles.boundingBox();
  // Legend room is left out: the estimate is for the graph, which is what grows.
  return describePlan(layoutPicture({ bbox: { w: bb.w, h: bb.h }, scale: choice.scale, legend: null }).plan, choice.scale);
}

export async function openExportDialog(ctx: ExportContext): Promise<void> {
  let formats;
  try {
    formats = await call('export:formats', {});
  } catch (err) {
    ctx.notify(`Export unavailable: ${errorMessage(err)}`, 'error');
    return;
  }
  const focusId = ctx.selectedNodeIds[0];
  const focus = focusId ? { id: focusId, label: String(ctx.cy.$id(focusId).data('label') ?? focusId) } : null;
  const form = buildExportForm(formats, { view: ctx.cy.nodes().length, selection: ctx.selectedNodeIds.length, focus });
  const estimate = h('p', { class: 'muted export-note', attrs: { 'data-part': 'estimate' } });
  const status = h('p', { class: 'muted export-note', attrs: { role: 'status' } });
  const go = h('button', { class: 'btn primary', attrs: { type: 'button', 'data-action': 'export-save' } }, 'Export…');
  const dialog = openModal('Export graph', h('div', { class: 'export-body' }, form.element, estimate, h('div', { class: 'button-row end' }, go), status), 'export-dialog');
  const refresh = (): void => {
    estimate.textContent = pngEstimate(ctx, form.read());
    status.textContent = '';
    delete status.dataset.kind;
  };
  refresh();
  form.onChange(refresh);
  go.addEventListener('click', () => {
    const choice = form.read();
    go.setAttribute('disabled', '');
    status.textContent = choice.format === PNG_FORMAT.id ? 'Drawing…' : 'Waiting for a file name…';
    (choice.format === PNG_FORMAT.id ? exportPng(ctx, choice) : exportWithEngine(ctx, choice))
      .then((outcome) => {
        if (outcome.done) {
          dialog.close();
          ctx.notify(outcome.done);
          return;
        }
        status.textContent = outcome.status ?? '';
        if (outcome.warning) status.dataset.kind = 'warning';
      })
      .catch((err: unknown) => {
        status.textContent = errorMessage(err);
        status.dataset.kind = 'warning';
      })
      .finally(() => go.removeAttribute('disabled'));
  });
}

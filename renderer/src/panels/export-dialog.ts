// The export dialog (Ctrl+E, the menu, the toolbar): pick a format from the engine's exporter
// registry and a scope (what the view shows, the selection, or the whole store); the engine asks
// where to save with a native dialog and writes the file. Positions from the view travel along.
import type { ExportScope } from '../../../shared/ipc';
import type { Point } from '../graph/mapper';
import { call, errorMessage } from '../lib/api';
import { formatCount, h } from '../lib/dom';
import { openModal } from './modal';
import type { GraphFilters } from '../../../shared/ipc';

export interface ExportContext {
  viewNodeIds: string[];
  selectedNodeIds: string[];
  filters: GraphFilters;
  positions: ReadonlyMap<string, Point>;
  notify(message: string, kind?: 'info' | 'error'): void;
}

function radio(name: string, value: string, label: string, checked: boolean, disabled = false): HTMLElement {
  const input = h('input', { attrs: { type: 'radio', name, value, disabled } });
  input.checked = checked && !disabled;
  return h('label', { class: `radio-row${disabled ? ' disabled' : ''}` }, input, label);
}

export async function openExportDialog(ctx: ExportContext): Promise<void> {
  let formats;
  try {
    formats = await call('export:formats', {});
  } catch (err) {
    ctx.notify(`Export unavailable: ${errorMessage(err)}`, 'error');
    return;
  }
  const select = h('select', { attrs: { id: 'export-format', 'aria-label': 'Format' } }, ...formats.map((f) => h('option', { attrs: { value: f.id } }, `${f.label} (.${f.extension})`)));
  const sel = ctx.selectedNodeIds.length;
  const scopes = h(
    'fieldset',
    { class: 'filter-group' },
    h('legend', {}, 'What to export'),
    radio('export-scope', 'view', `The view (${formatCount(ctx.viewNodeIds.length)} entities and the relations among them)`, true, ctx.viewNodeIds.length === 0),
    radio('export-scope', 'selection', `The selection (${formatCount(sel)} entities)`, false, sel === 0),
    radio('export-scope', 'all', 'The whole store, under the current filters', ctx.viewNodeIds.length === 0),
  );
  const status = h('p', { class: 'muted', attrs: { role: 'status' } });
  const go = h('button', { class: 'btn primary', attrs: { type: 'button', 'data-action': 'export-save' } }, 'Export…');
  const dialog = openModal('Export graph', h('div', { class: 'export-body' }, h('label', { class: 'field' }, 'Format', select), scopes, h('div', { class: 'button-row end' }, go), status), 'export-dialog');
  go.addEventListener('click', () => {
    const choice = (dialog.querySelector('input[name="export-scope"]:checked') as HTMLInputElement | null)?.value ?? 'view';
    const ids = choice === 'selection' ? ctx.selectedNodeIds : ctx.viewNodeIds;
    const scope: ExportScope = choice === 'all' ? { kind: 'all' } : { kind: 'nodes', nodeIds: ids };
    const positions = Object.fromEntries(ids.map((id) => [id, ctx.positions.get(id)]).filter((e): e is [string, Point] => e[1] !== undefined));
    go.setAttribute('disabled', '');
    status.textContent = 'Waiting for a file name…';
    call('export:graph', { format: select.value, scope, filters: ctx.filters, positions })
      .then((done) => {
        if (!done.saved) {
          status.textContent = 'Cancelled.';
          return;
        }
        dialog.close();
        ctx.notify(`Exported ${formatCount(done.nodes)} entities and ${formatCount(done.edges)} relations to ${done.file}`);
      })
      .catch((err: unknown) => {
        status.textContent = errorMessage(err);
      })
      .finally(() => go.removeAttribute('disabled'));
  });
}

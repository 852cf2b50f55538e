// The export dialog's form: the format, what to export (the view, the selection, an entity's
// neighbourhood to a depth, or the whole store) and, for pictures, the legend, the background
// and (PNG) the scale. It only builds the controls and reads them back as one `ExportChoice`;
// export-dialog.ts decides what to do with it.
import type { ExportFormat } from '../../../shared/ipc';
import { PNG_SCALES } from '../export/png-layout';
import { formatCount, h } from '../lib/dom';

export type ScopeKind = 'view' | 'selection' | 'neighbourhood' | 'all';

export interface ExportChoice {
  format: string;
  scope: ScopeKind;
  depth: number;
  legend: boolean;
  background: 'white' | 'transparent';
  scale: number;
}

/** Drawn in the page from the view rather than written by the engine. */
export const PNG_FORMAT: ExportFormat = { id: 'png', label: 'PNG image', extension: 'png' };
/** Formats that are pictures and take the legend and background options. */
const PICTURES = new Set(['svg', PNG_FORMAT.id]);

export interface FormCounts {
  view: number;
  selection: number;
  /** The entity whose neighbourhood can be exported (the first selected), if any. */
  focus: { id: string; label: string } | null;
}

export interface ExportForm {
  element: HTMLElement;
  read(): ExportChoice;
  /** Called whenever a control changes. */
  onChange(listener: () => void): void;
}

function radio(name: string, value: string, label: Node | string, checked: boolean, disabled = false): HTMLElement {
  const input = h('input', { attrs: { type: 'radio', name, value, disabled } });
  input.checked = checked && !disabled;
  return h('label', { class: `radio-row${disabled ? ' disabled' : ''}` }, input, label);
}

function select(id: string, label: string, options: Array<[string, string]>): HTMLSelectElement {
  return h('select', { attrs: { id, 'aria-label': label } }, ...options.map(([value, text]) => h('option', { attrs: { value } }, text)));
}

function scopeFieldset(c: FormCounts, depth: HTMLSelectElement): HTMLElement {
  const neighbourhood = c.focus
    ? h('span', { class: 'inline-field' }, `The neighbourhood of ${c.focus.label} to depth `, depth)
    : 'The neighbourhood of an entity (select one first)';
  return h(
    'fieldset',
    { class: 'filter-group' },
    h('legend', {}, 'What to export'),
    radio('export-scope', 'view', `The view (${formatCount(c.view)} entities and the relations among them)`, true, c.view === 0),
    radio('export-scope', 'selection', `The selection (${formatCount(c.selection)} entities and the relations among them)`, false, c.selection === 0),
    radio('export-scope', 'neighbourhood', neighbourhood, false, c.focus === null),
    radio('export-scope', 'all', 'The whole store, under the current filters', c.view === 0),
  );
}

function pictureFieldset(scale: HTMLSelectElement): HTMLElement {
  const legend = h('input', { attrs: { type: 'checkbox', name: 'export-legend' } });
  legend.checked = true;
  return h(
    'fieldset',
    { class: 'filter-group', attrs: { 'data-part': 'picture' } },
    h('legend', {}, 'Picture'),
    h('label', { class: 'radio-row' }, legend, 'Legend of the entity and relation types shown'),
    radio('export-background', 'white', 'White background', true),
    radio('export-background', 'transparent', 'Transparent background', false),
    h('label', { class: 'radio-row', attrs: { 'data-part': 'scale' } }, 'Scale ', scale),
  );
}

export function buildExportForm(formats: readonly ExportFormat[], counts: FormCounts): ExportForm {
  const all = [...formats, PNG_FORMAT];
  const format = select('export-format', 'Format', all.map((f) => [f.id, `${f.label} (.${f.extension})`]));
  const depth = select('export-depth', 'Depth', [['1', '1'], ['2', '2'], ['3', '3']]);
  const scale = select('export-scale', 'Scale', PNG_SCALES.map((s) => [String(s), `${s}x`]));
  scale.value = '2';
  const picture = pictureFieldset(scale);
  const scopes = scopeFieldset(counts, depth);
  const element = h('div', {}, h('label', { class: 'field' }, 'Format', format), scopes, picture);
  const checked = (name: string) => (element.querySelector(`input[name="${name}"]:checked`) as HTMLInputElement | null)?.value;
  const read = (): ExportChoice => ({
    format: format.value,
    scope: (checked('export-scope') ?? 'view') as ScopeKind,
    depth: Number(depth.value),
    legend: (element.querySelector('input[name="export-legend"]') as HTMLInputElement).checked,
    background: checked('export-background') === 'transparent' ? 'transparent' : 'white',
    scale: Number(scale.value),
  });
  const sync = (): void => {
    const choice = read();
    picture.hidden = !PICTURES.has(choice.format);
    (picture.querySelector('[data-part="scale"]') as HTMLElement).hidden = choice.format !== PNG_FORMAT.id;
    // A PNG is drawn from what the page has laid out; the whole store is not on screen.
    const all = element.querySelector('input[name="export-scope"][value="all"]') as HTMLInputElement;
    all.disabled = counts.view === 0 || choice.format === PNG_FORMAT.id;
    all.parentElement?.classList.toggle('disabled', all.disabled);
    all.parentElement?.setAttribute('title', choice.format === PNG_FORMAT.id ? 'A PNG is drawn from the graph on screen; the whole store is not.' : '');
    if (all.disabled && all.checked) (element.querySelector('input[name="export-scope"]:not(:disabled)') as HTMLInputElement | null)?.click();
  };
  sync();
  depth.addEventListener('change', () => {
    (element.querySelector('input[name="export-scope"][value="neighbourhood"]') as HTMLInputElement).checked = true;
  });
  const listeners: Array<() => void> = [sync];
  element.addEventListener('change', () => listeners.forEach((l) => l()));
  return { element, read, onChange: (l) => void listeners.push(l) };
}

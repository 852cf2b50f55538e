// The "?" overlay: every keyboard shortcut and pointer gesture, generated from the same table the
// keyboard controller uses, so the help cannot drift from the behaviour.
import { h } from '../lib/dom';
import { openModal } from './modal';

export interface ShortcutHelp {
  keys: string;
  action: string;
}

const POINTER: ShortcutHelp[] = [
  { keys: 'Click', action: 'Select an entity or relation (relations open their evidence)' },
  { keys: 'Shift+Click', action: 'Add to the selection' },
  { keys: 'Shift+Drag', action: 'Box select' },
  { keys: 'Alt+Drag', action: 'Lasso select (Shift+Alt+Drag adds)' },
  { keys: 'Right-click', action: 'Context menu' },
  { keys: 'Drag a node', action: 'Move it (undoable; kept by later layouts)' },
  { keys: 'Drop files', action: 'Import articles' },
];

export function showHelp(shortcuts: readonly ShortcutHelp[]): void {
  const table = (rows: readonly ShortcutHelp[]): HTMLElement =>
    h('table', { class: 'shortcut-table' }, h('tbody', {}, ...rows.map((r) => h('tr', {}, h('td', {}, h('kbd', {}, r.keys)), h('td', {}, r.action)))));
  openModal('Keyboard shortcuts', h('div', { class: 'help-body' }, h('h3', {}, 'Keys'), table(shortcuts), h('h3', {}, 'Pointer'), table(POINTER)), 'help-overlay');
}

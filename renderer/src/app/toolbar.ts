// Binds the static toolbar and zoom buttons of index.html (data-action attributes) and the three
// display selects to the commands, and keeps the undo/redo buttons in step with the history.
import type { ColorBy } from '../graph/stylesheet';
import { showMenu } from '../panels/menu';
import type { Commands } from './commands';
import type { Explorer, SizeBy } from './explorer';
import type { Actions } from './actions';
import type { LayoutName } from '../layout/protocol';

export function bindToolbar(ex: Explorer, actions: Actions, c: Commands): void {
  const buttons: Record<string, (el: HTMLElement) => void> = {
    import: (el) => {
      const r = el.getBoundingClientRect();
      showMenu(r.left, r.bottom + 2, [
        { label: 'Files…', id: 'import-files', shortcut: 'Ctrl+O', run: () => c.importChoose('files') },
        { label: 'Folder…', id: 'import-folder', run: () => c.importChoose('folder') },
      ], 'Import');
    },
    undo: c.undo,
    redo: c.redo,
    expand: () => c.expand(1),
    hide: c.hide,
    pin: c.pin,
    focus: c.focusSelection,
    path: c.path,
    'show-hidden': c.showHidden,
    relayout: c.relayout,
    export: c.exportDialog,
    theme: c.toggleTheme,
    panels: c.togglePanels,
    help: c.help,
    'zoom-in': c.zoomIn,
    'zoom-out': c.zoomOut,
    fit: c.fit,
  };
  document.querySelectorAll<HTMLElement>('[data-action]').forEach((el) => {
    const run = buttons[el.dataset.action ?? ''];
    if (run && !el.closest('#details')) el.addEventListener('click', () => run(el));
  });
  const layout = document.getElementById('layout-select') as HTMLSelectElement;
  layout.addEventListener('change', () => void actions.relayout(layout.value as LayoutName | 'auto'));
  const size = document.getElementById('size-select') as HTMLSelectElement;
  size.addEventListener('change', () => void ex.setDisplay({ sizeBy: size.value as SizeBy }));
  const colour = document.getElementById('color-select') as HTMLSelectElement;
  colour.addEventListener('change', () => void ex.setDisplay({ colorBy: colour.value as ColorBy }));
  ex.events.on('history', ({ undo, redo }) => {
    const set = (action: string, label: string | null, verb: string, keys: string): void => {
      const el = document.querySelector<HTMLButtonElement>(`.toolbar [data-action="${action}"]`);
      if (!el) return;
      el.disabled = label === null;
      el.title = label ? `${verb}: ${label} (${keys})` : `Nothing to ${verb.toLowerCase()}`;
    };
    set('undo', undo, 'Undo', 'Ctrl+Z');
    set('redo', redo, 'Redo', 'Ctrl+Shift+Z');
  });
}

export function layoutChoice(): LayoutName | 'auto' {
  return ((document.getElementById('layout-select') as HTMLSelectElement | null)?.value ?? 'auto') as LayoutName | 'auto';
}

// The app's commands, defined once and bound to the toolbar, the keyboard, the app menu and the
// context menu alike. Commands that act on "the selection" read it from the graph at the moment
// they run, and say so when there is nothing selected.
import type { MenuAction } from '../../../shared/ipc';
import type { LayoutName } from '../layout/protocol';
import { openExportDialog } from '../panels/export-dialog';
import { showHelp } from '../panels/help-overlay';
import type { ImportPanel } from '../panels/import-panel';
import { closeMenu } from '../panels/menu';
import type { SearchBox } from '../panels/search-box';
import { notify } from '../panels/toasts';
import { fit, zoomBy } from '../view/controllers/viewport';
import type { KeyActions } from '../view/controllers/keyboard';
import { shortcutTable, typing } from '../view/controllers/keyboard';
import type { Actions } from './actions';
import type { Explorer } from './explorer';
import { toGraphFilters } from './filters';

export interface CommandDeps {
  ex: Explorer;
  actions: Actions;
  search: SearchBox;
  imports: ImportPanel;
  layoutChoice: () => LayoutName | 'auto';
  /** Selected nodes in selection order. */
  selectionOrder: () => string[];
  onPanelsToggled: () => void;
}

export interface Commands extends KeyActions {
  selectedNodes(): string[];
  importChoose(source: 'files' | 'folder'): void;
  toggleTheme(): void;
  menu(action: MenuAction): void;
}

export function createCommands(d: CommandDeps): Commands {
  const cy = () => d.ex.view.cy;
  const selectedNodes = (): string[] => {
    const selected = new Set(cy().$('node:selected').map((n) => n.id()));
    const ordered = d.selectionOrder().filter((id) => selected.has(id));
    return [...ordered, ...[...selected].filter((id) => !ordered.includes(id))];
  };
  const needSelection = (what: string): string[] => {
    const ids = selectedNodes();
    if (ids.length === 0) notify(`Select one or more entities to ${what}`, 'error');
    return ids;
  };
  const commands: Commands = {
    selectedNodes,
    focusSearch: () => d.search.focus(),
    fit: () => fit(cy()),
    zoomIn: () => zoomBy(cy(), 1),
    zoomOut: () => zoomBy(cy(), -1),
    expand: (depth) => void d.actions.expand(needSelection('expand'), depth),
    hide: () => void d.actions.hide(needSelection('hide')),
    showHidden: () => void d.actions.showAll(),
    path: () => {
      const ids = selectedNodes();
      if (ids.length !== 2) notify('Select exactly two entities (Shift+click the second) to find a path', 'error');
      else void d.actions.path(ids[0] as string, ids[1] as string);
    },
    pin: () => {
      const ids = needSelection('pin');
      if (ids.length) void d.actions.pin(ids, !ids.every((id) => d.ex.ws.pinned.has(id)));
    },
    focusSelection: () => void d.actions.focus(needSelection('focus on')),
    undo: () => void d.ex.undo(),
    redo: () => void d.ex.redo(),
    clear: () => {
      closeMenu();
      d.actions.clearHighlights();
    },
    exportDialog: () =>
      void openExportDialog({
        cy: cy(),
        selectedNodeIds: selectedNodes(),
        filters: toGraphFilters(d.ex.filters),
        colorBy: d.ex.display.colorBy,
        notify,
      }),
    importFiles: () => commands.importChoose('files'),
    importChoose: (source) => void d.imports.choose(source),
    selectAll: () => void cy().nodes().select(),
    relayout: () => void d.actions.relayout(d.layoutChoice()),
    togglePanels: () => {
      const app = document.getElementById('app');
      if (!app) return;
      app.dataset.panels = app.dataset.panels === 'hidden' ? 'shown' : 'hidden';
      document.querySelector('[data-action="panels"]')?.setAttribute('aria-pressed', String(app.dataset.panels === 'shown'));
      d.onPanelsToggled();
    },
    toggleTheme: () => {
      const theme = d.ex.display.theme === 'dark' ? 'light' : 'dark';
      document.documentElement.dataset.theme = theme;
      document.querySelector('[data-action="theme"]')?.setAttribute('aria-pressed', String(theme === 'dark'));
      localStorage.setItem('kg.theme', theme);
      void d.ex.setDisplay({ theme });
    },
    help: () => showHelp(shortcutTable(commands)),
    menu: (action) => menuAction(commands, action),
  };
  return commands;
}

/** Edit > Undo / Redo: the text of the field being typed in, else the view. */
function undoOrRedo(c: Commands, which: 'undo' | 'redo'): () => void {
  return () => {
    // execCommand is deprecated but still the only way to reach a field's own undo stack.
    if (typing(document.activeElement)) document.execCommand(which);
    else c[which]();
  };
}

function menuAction(c: Commands, action: MenuAction): void {
  const table: Record<MenuAction, () => void> = {
    export: c.exportDialog,
    undo: undoOrRedo(c, 'undo'),
    redo: undoOrRedo(c, 'redo'),
    fit: c.fit,
    'zoom-in': c.zoomIn,
    'zoom-out': c.zoomOut,
    'reset-layout': c.relayout,
    'toggle-panels': c.togglePanels,
    'toggle-dark-mode': c.toggleTheme,
    'focus-search': c.focusSearch,
  };
  table[action]();
}

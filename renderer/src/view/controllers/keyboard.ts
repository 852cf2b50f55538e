// Keyboard shortcuts as one table (keys, what they do, the action), read both by the key handler
// and by the help overlay. Single-letter keys are ignored while typing in a field; Esc always
// works. Matching is on `event.key`, with Ctrl and Cmd treated alike.

export interface Shortcut {
  keys: string;
  action: string;
  /** Returns true when the event is this shortcut. */
  match: (e: KeyboardEvent) => boolean;
  run: () => void;
  /** Also active while a text field has focus. */
  inFields?: boolean;
}

const mod = (e: KeyboardEvent): boolean => e.ctrlKey || e.metaKey;
const plain = (key: string) => (e: KeyboardEvent) => !mod(e) && !e.altKey && !e.shiftKey && e.key.toLowerCase() === key;
const shifted = (key: string) => (e: KeyboardEvent) => !mod(e) && !e.altKey && e.shiftKey && e.key.toLowerCase() === key;
const alted = (code: string) => (e: KeyboardEvent) => !mod(e) && e.altKey && e.code === code;
const ctrl = (key: string, shift = false) => (e: KeyboardEvent) => mod(e) && !e.altKey && e.shiftKey === shift && e.key.toLowerCase() === key;

export interface KeyActions {
  focusSearch(): void;
  fit(): void;
  zoomIn(): void;
  zoomOut(): void;
  expand(depth: number): void;
  hide(): void;
  showHidden(): void;
  path(): void;
  pin(): void;
  focusSelection(): void;
  undo(): void;
  redo(): void;
  clear(): void;
  exportDialog(): void;
  importFiles(): void;
  selectAll(): void;
  relayout(): void;
  togglePanels(): void;
  help(): void;
}

export function shortcutTable(a: KeyActions): Shortcut[] {
  return [
    { keys: '/', action: 'Search entities and articles', match: (e) => e.key === '/' && !mod(e), run: a.focusSearch },
    { keys: 'F', action: 'Fit the view (the selection, if any)', match: plain('f'), run: a.fit },
    { keys: '+', action: 'Zoom in', match: (e) => !mod(e) && (e.key === '+' || e.key === '='), run: a.zoomIn },
    { keys: '−', action: 'Zoom out', match: (e) => !mod(e) && (e.key === '-' || e.key === '_'), run: a.zoomOut },
    { keys: 'E', action: 'Expand the selection: neighbours (depth 1)', match: plain('e'), run: () => a.expand(1) },
    { keys: 'Shift+E', action: 'Expand to depth 2', match: shifted('e'), run: () => a.expand(2) },
    { keys: 'Alt+E', action: 'Expand to depth 3', match: alted('KeyE'), run: () => a.expand(3) },
    { keys: 'H  Delete', action: 'Hide the selection', match: (e) => plain('h')(e) || (e.key === 'Delete' && !mod(e)), run: a.hide },
    { keys: 'Shift+H', action: 'Show hidden entities', match: shifted('h'), run: a.showHidden },
    { keys: 'P', action: 'Shortest path between the two selected entities', match: plain('p'), run: a.path },
    { keys: 'L', action: 'Pin / unpin the selection (pinned nodes keep their place)', match: plain('l'), run: a.pin },
    { keys: 'Shift+F', action: 'Focus: keep the selection and its neighbours only', match: shifted('f'), run: a.focusSelection },
    { keys: 'Ctrl+Z', action: 'Undo a view change', match: ctrl('z'), run: a.undo },
    { keys: 'Ctrl+Shift+Z  Ctrl+Y', action: 'Redo', match: (e) => ctrl('z', true)(e) || ctrl('y')(e), run: a.redo },
    { keys: 'Esc', action: 'Clear selection, highlights and menus', match: (e) => e.key === 'Escape', run: a.clear, inFields: true },
    { keys: 'Ctrl+E', action: 'Export…', match: ctrl('e'), run: a.exportDialog, inFields: true },
    { keys: 'Ctrl+O', action: 'Import files…', match: ctrl('o'), run: a.importFiles, inFields: true },
    { keys: 'Ctrl+A', action: 'Select every entity in the view', match: ctrl('a'), run: a.selectAll },
    { keys: 'Ctrl+L', action: 'Lay the graph out again', match: ctrl('l'), run: a.relayout },
    { keys: 'Ctrl+B', action: 'Show / hide the side panels', match: ctrl('b'), run: a.togglePanels, inFields: true },
    { keys: '?', action: 'This help', match: (e) => e.key === '?', run: a.help },
  ];
}

/** Whether `target` takes text (keys typed there are not shortcuts, and undo is the field's own). */
export function typing(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

/** Installs the key handler on the document; returns how to remove it. */
export function installShortcuts(shortcuts: readonly Shortcut[]): () => void {
  const onKey = (e: KeyboardEvent): void => {
    if (e.defaultPrevented || e.repeat || document.querySelector('dialog[open]')) return;
    const inField = typing(e.target);
    const shortcut = shortcuts.find((s) => s.match(e));
    if (!shortcut || (inField && !shortcut.inFields)) return;
    e.preventDefault();
    shortcut.run();
  };
  document.addEventListener('keydown', onKey);
  return () => document.removeEventListener('keydown', onKey);
}

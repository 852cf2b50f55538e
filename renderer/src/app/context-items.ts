// What the graph's context menu offers on a node, an edge or the background. The items call the
// same commands and actions as the toolbar and the keyboard, and show their shortcuts.
import type { MenuItem } from '../panels/menu';
import type { Nav } from '../panels/nav';
import type { ContextTarget } from '../view/controllers/context-menu';
import type { Actions } from './actions';
import type { Commands } from './commands';
import type { Explorer } from './explorer';

export function contextItems(t: ContextTarget, ex: Explorer, actions: Actions, commands: Commands, nav: Nav): MenuItem[] {
  if (t.kind === 'edge' && t.id) {
    const edge = ex.ws.edges.get(t.id);
    const ends = edge ? [edge.source, edge.target] : [];
    return [
      { label: 'Show evidence', id: 'evidence', run: () => nav.showRelation(t.id as string) },
      { label: 'Select both ends', id: 'select-ends', run: () => ex.view.cy.$id(t.id as string).connectedNodes().select() },
      { label: 'Expand both ends', id: 'expand-ends', shortcut: 'E', run: () => void actions.expand(ends, 1), disabled: ends.length === 0 },
    ];
  }
  if (t.kind === 'node' && t.id) {
    const ids = t.selectedNodes.length ? t.selectedNodes : [t.id];
    const pinned = ids.every((id) => ex.ws.pinned.has(id));
    return [
      { label: 'Details', id: 'details', run: () => nav.showEntity(t.id as string) },
      'separator',
      { label: 'Expand neighbours', id: 'expand-1', shortcut: 'E', run: () => void actions.expand(ids, 1) },
      { label: 'Expand to depth 2', id: 'expand-2', shortcut: 'Shift+E', run: () => void actions.expand(ids, 2) },
      { label: 'Expand to depth 3', id: 'expand-3', shortcut: 'Alt+E', run: () => void actions.expand(ids, 3) },
      { label: 'Focus on this', id: 'focus', shortcut: 'Shift+F', run: () => void actions.focus(ids) },
      { label: pinned ? 'Unpin' : 'Pin', id: 'pin', shortcut: 'L', run: () => void actions.pin(ids, !pinned) },
      { label: 'Hide', id: 'hide', shortcut: 'H', run: () => void actions.hide(ids) },
      'separator',
      { label: 'Shortest path between the two selected', id: 'path', shortcut: 'P', disabled: ids.length !== 2, run: commands.path },
    ];
  }
  return [
    { label: 'Fit', id: 'fit', shortcut: 'F', run: commands.fit },
    { label: 'Select all', id: 'select-all', shortcut: 'Ctrl+A', run: commands.selectAll },
    { label: 'Show hidden entities', id: 'show-hidden', shortcut: 'Shift+H', disabled: ex.ws.hidden.size === 0, run: commands.showHidden },
    'separator',
    { label: 'Lay out again', id: 'relayout', shortcut: 'Ctrl+L', run: commands.relayout },
    { label: 'Concentric layout', id: 'layout-concentric', run: () => void actions.relayout('concentric') },
    { label: 'Grid layout', id: 'layout-grid', run: () => void actions.relayout('grid') },
    'separator',
    { label: 'Undo', id: 'undo', shortcut: 'Ctrl+Z', disabled: !ex.history.undoLabel, run: commands.undo },
    { label: 'Redo', id: 'redo', shortcut: 'Ctrl+Shift+Z', disabled: !ex.history.redoLabel, run: commands.redo },
  ];
}

// Several entities selected (Shift+click, box select, Ctrl+A): who they are, and the actions that
// apply to all of them, including the shortest path when there are exactly two.
import type { ViewNode } from '../../../shared/ipc';
import { h } from '../lib/dom';
import type { DetailView } from './details';
import type { Nav } from './nav';
import { langText, section, typeBadge } from './parts';

export function selectionView(nodes: readonly ViewNode[], edges: number, nav: Nav): DetailView {
  const ids = nodes.map((n) => n.id);
  const button = (label: string, action: string, run: () => void, disabled = false): HTMLElement =>
    h('button', { class: 'btn small', attrs: { type: 'button', 'data-action': action, disabled }, on: { click: run } }, label);
  const list = h(
    'ul',
    { class: 'plain-list' },
    ...nodes.slice(0, 200).map((n) =>
      h('li', {}, h('button', { class: 'list-button row', attrs: { type: 'button', 'data-entity': n.id }, on: { click: () => nav.showEntity(n.id) } }, langText('span', n.label, null, 'item-title'), typeBadge(n.type))),
    ),
  );
  const body = h(
    'div',
    { class: 'selection-panel' },
    h('div', { class: 'facts' }, h('span', {}, `${nodes.length} entities`), edges ? h('span', {}, `${edges} relations`) : null),
    h(
      'div',
      { class: 'button-row' },
      button('Expand', 'expand', () => nav.expand(ids, 1)),
      button('Focus', 'focus', () => nav.focus(ids)),
      button('Pin', 'pin', () => nav.pin(ids, true)),
      button('Hide', 'hide', () => nav.hide(ids)),
      button('Shortest path', 'path', () => nav.path(ids[0] as string, ids[1] as string), ids.length !== 2),
    ),
    section('Selected', list),
  );
  return { title: 'Selection', body, key: 'selection' };
}

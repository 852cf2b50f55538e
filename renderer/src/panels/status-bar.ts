// The status bar: what the view shows against what the store holds under the filters, the
// selection, the renderer in use, the last layout's time and whatever is running now.
import { visibleEdges, visibleNodes } from '../app/working-set';
import type { WorkingSet } from '../app/working-set';
import { byId, formatCount, h, replaceChildren } from '../lib/dom';

export interface StatusInfo {
  ws: WorkingSet;
  renderer: string;
  selected: { nodes: number; edges: number };
  layout: { name: string; layoutMs: number; ms: number } | null;
  busy: string | null;
  filtersActive: number;
}

function plural(n: number, one: string, many: string): string {
  return `${formatCount(n)} ${n === 1 ? one : many}`;
}

export function renderStatus(s: StatusInfo): void {
  const nodes = visibleNodes(s.ws).length;
  const edges = visibleEdges(s.ws).length;
  const totals = s.ws.totals;
  const item = (key: string, text: string, title?: string): HTMLElement => h('span', { class: 'status-item', attrs: { 'data-status': key, title } }, text);
  replaceChildren(
    byId('status-bar'),
    item('counts', `${formatCount(nodes)} entities · ${formatCount(edges)} relations in view`),
    totals ? item('totals', `store: ${formatCount(totals.nodes)} entities · ${formatCount(totals.edges)} relations · ${formatCount(totals.articles)} articles${s.ws.truncated ? ' (view truncated)' : ''}`, 'Under the current filters') : null,
    s.ws.hidden.size ? item('hidden', `${formatCount(s.ws.hidden.size)} hidden`) : null,
    s.ws.pinned.size ? item('pinned', `${formatCount(s.ws.pinned.size)} pinned`) : null,
    s.selected.nodes + s.selected.edges > 0 ? item('selected', `selected: ${plural(s.selected.nodes, 'entity', 'entities')}, ${plural(s.selected.edges, 'relation', 'relations')}`) : null,
    s.filtersActive ? item('filters', `${s.filtersActive} filter${s.filtersActive === 1 ? '' : 's'} active`) : null,
    h('span', { class: 'spacer' }),
    s.layout ? item('layout', `${s.layout.name} layout ${Math.round(s.layout.layoutMs)} ms · shown in ${Math.round(s.layout.ms)} ms`, 'Layout time in the worker; time from the change to the first drawn frame') : null,
    item('renderer', s.renderer === 'webgl' ? 'WebGL renderer' : 'Canvas renderer'),
    item('busy', s.busy ? `${s.busy}…` : 'Ready'),
  );
}

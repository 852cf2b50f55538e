// What the analyst can do to the view, each as one method: load the overview, expand, hide,
// pin, focus, find a path, jump to an entity from search, re-run a layout. Each asks the engine
// what it needs, then commits a new view state (one undo step) through the Explorer. Transient
// highlights (path, search hit, fading) are classes on the mount, not part of the state.
import { call } from '../lib/api';
import { fitBounded } from '../view/controllers/viewport';
import type { LayoutName } from '../layout/protocol';
import { fetchSource, loadPositions } from './engine-io';
import type { Explorer } from './explorer';
import { extend, focusOn, hide, neighboursOf, refresh, setPinned, showAll, withPositions } from './working-set';
import type { Source } from './working-set';

export type Notify = (message: string, kind?: 'info' | 'error') => void;

function names(ex: Explorer, ids: readonly string[]): string {
  const first = ids[0] ? ex.ws.nodes.get(ids[0])?.label : undefined;
  if (ids.length === 1 && first) return first;
  return `${ids.length} entities`;
}

export class Actions {
  constructor(
    private readonly ex: Explorer,
    private readonly notify: Notify,
  ) {}

  /** The first view: the overview under the current filters, at stored positions when there are some. */
  loadOverview(): Promise<void> {
    return this.run('Loading graph', async () => {
      const source: Source = { kind: 'overview' };
      const view = await fetchSource(source, this.ex.graphFilters);
      const stored = await loadPositions(view.nodes.map((n) => n.id));
      const ws = withPositions(refresh(this.ex.ws, [source], [view]), stored);
      const mostlyPlaced = view.nodes.length > 0 && stored.size >= view.nodes.length * 0.8;
      this.ex.history.clear();
      await this.ex.replace(ws, mostlyPlaced ? 'incremental' : 'auto', true);
    });
  }

  expand(ids: readonly string[], depth = 1): Promise<void> {
    if (ids.length === 0) return Promise.resolve();
    return this.run('Expanding', async () => {
      const source: Source = { kind: 'neighbourhood', ids: [...ids].slice(0, 200), depth };
      const view = await fetchSource(source, this.ex.graphFilters);
      const before = this.ex.ws.nodes.size;
      await this.ex.commit(`Expand ${names(this.ex, ids)} (depth ${depth})`, extend(this.ex.ws, source, view));
      const added = this.ex.ws.nodes.size - before;
      this.notify(added > 0 ? `${added} new entit${added === 1 ? 'y' : 'ies'}${view.truncated ? ' (truncated)' : ''}` : 'No new neighbours under the current filters');
    });
  }

  hide(ids: readonly string[]): Promise<void> {
    if (ids.length === 0) return Promise.resolve();
    return this.ex.commit(`Hide ${names(this.ex, ids)}`, hide(this.ex.ws, ids), 'none');
  }

  showAll(): Promise<void> {
    if (this.ex.ws.hidden.size === 0) return Promise.resolve();
    return this.ex.commit('Show hidden entities', showAll(this.ex.ws), 'incremental');
  }

  pin(ids: readonly string[], on: boolean): Promise<void> {
    if (ids.length === 0) return Promise.resolve();
    return this.ex.commit(`${on ? 'Pin' : 'Unpin'} ${names(this.ex, ids)}`, setPinned(this.ex.ws, ids, on), 'none');
  }

  /** Keeps the selection and its direct neighbours; hides the rest. */
  focus(ids: readonly string[]): Promise<void> {
    if (ids.length === 0) return Promise.resolve();
    const keep = new Set(ids);
    for (const n of neighboursOf(this.ex.ws, keep)) keep.add(n);
    return this.ex.commit(`Focus on ${names(this.ex, ids)}`, focusOn(this.ex.ws, keep), 'none', true);
  }

  /** Shortest path between two entities; missing entities are brought into the view. */
  path(from: string, to: string): Promise<void> {
    return this.run('Finding path', async () => {
      const result = await call('graph:path', { from, to, filters: this.ex.graphFilters });
      if (!result.found) {
        this.notify(`No path between ${names(this.ex, [from])} and ${names(this.ex, [to])} under the current filters`, 'error');
        return;
      }
      const missing = result.nodeIds.filter((id) => !this.ex.ws.nodes.has(id) || this.ex.ws.hidden.has(id));
      const missingEdges = result.edgeIds.some((id) => !this.ex.ws.edges.has(id));
      if (missing.length > 0 || missingEdges) {
        const source: Source = { kind: 'entities', ids: result.nodeIds };
        const view = await fetchSource(source, this.ex.graphFilters);
        await this.ex.commit(`Path ${names(this.ex, [from])} → ${names(this.ex, [to])}`, extend(this.ex.ws, source, view));
      }
      const cy = this.ex.view.cy;
      const selector = [...result.nodeIds, ...result.edgeIds].map((id) => `#${CSS.escape(id)}`).join(',');
      const onPath = cy.$(selector);
      cy.batch(() => {
        cy.elements().removeClass('path').addClass('faded');
        onPath.removeClass('faded').addClass('path');
      });
      fitBounded(cy, onPath, 80);
      this.notify(`Path of ${result.edgeIds.length} relation${result.edgeIds.length === 1 ? '' : 's'}`);
      cy.container()?.setAttribute('data-path', result.nodeIds.join(' '));
    });
  }

  /** From search: bring the entity and its neighbours into view, select and centre it. */
  focusEntity(id: string): Promise<void> {
    return this.run('Showing entity', async () => {
      const source: Source = { kind: 'neighbourhood', ids: [id], depth: 1 };
      const view = await fetchSource(source, this.ex.graphFilters);
      const known = this.ex.ws.nodes.has(id) && !this.ex.ws.hidden.has(id);
      const newcomers = view.nodes.some((n) => !this.ex.ws.nodes.has(n.id) || this.ex.ws.hidden.has(n.id));
      if (!known || newcomers) await this.ex.commit(`Show ${view.nodes.find((n) => n.id === id)?.label ?? id}`, extend(this.ex.ws, source, view));
      const cy = this.ex.view.cy;
      const node = cy.$id(id);
      if (node.empty()) {
        this.notify('That entity is hidden by the current filters', 'error');
        return;
      }
      const hood = node.closedNeighborhood();
      cy.batch(() => {
        cy.elements().unselect().removeClass('search-hit path').addClass('faded');
        hood.removeClass('faded');
        node.addClass('search-hit').select();
      });
      fitBounded(cy, hood, 90);
    });
  }

  relayout(name: LayoutName | 'auto'): Promise<void> {
    return this.run('Layout', async () => {
      this.ex.recordStep(`Layout (${name})`);
      await this.ex.render(name, true);
    });
  }

  clearHighlights(): void {
    const cy = this.ex.view.cy;
    cy.batch(() => {
      cy.elements().removeClass('faded path search-hit');
      cy.elements().unselect();
    });
    cy.container()?.removeAttribute('data-path');
  }

  private async run(label: string, work: () => Promise<void>): Promise<void> {
    await this.ex.busy(label, work);
  }
}

// Implements what the panels may ask for (../panels/nav): fetches entity details, evidence and
// articles from the engine and shows them in the details panel, and points the graph at the
// thing being read (selects the node or edge when the view has it). A newer request makes an
// older one's answer stale, so fast clicking never shows the wrong panel.
import type { ArticleMeta } from '../../../shared/ipc';
import { call, errorMessage } from '../lib/api';
import { h } from '../lib/dom';
import { articleView } from '../panels/article-reader';
import type { DetailsPanel } from '../panels/details';
import { entityView } from '../panels/entity-panel';
import { evidenceView } from '../panels/evidence-panel';
import type { Nav, RelationSummary } from '../panels/nav';
import { notify } from '../panels/toasts';
import type { Actions } from './actions';
import type { Explorer } from './explorer';

export class Navigator implements Nav {
  private generation = 0;

  constructor(
    private readonly ex: Explorer,
    private readonly actions: Actions,
    private readonly details: DetailsPanel,
  ) {}

  showEntity(id: string): void {
    const cy = this.ex.view.cy;
    const node = cy.$id(id);
    if (node.nonempty()) {
      cy.batch(() => {
        cy.elements().unselect();
        node.select();
      });
      if (!node.visible() || !this.inViewport(node.renderedPosition())) cy.animate({ center: { eles: node }, duration: 250 });
    } else void this.actions.focusEntity(id);
    void this.entityDetails(id);
  }

  async entityDetails(id: string): Promise<void> {
    const mine = ++this.generation;
    await this.load(mine, () => call('entity:get', { id }), (d) => this.details.show(entityView(d, this)));
  }

  showRelation(id: string, summary?: RelationSummary): void {
    const cy = this.ex.view.cy;
    const edge = cy.$id(id);
    if (edge.nonempty() && !edge.selected()) {
      cy.batch(() => {
        cy.elements().unselect();
        edge.select();
      });
    }
    void this.relationDetails(id, summary);
  }

  async relationDetails(id: string, summary?: RelationSummary): Promise<void> {
    const mine = ++this.generation;
    const known = summary ?? this.summaryFromView(id);
    await this.load(
      mine,
      () => call('evidence:forRelation', { relationId: id }),
      (items) => this.details.show(evidenceView(id, known, items, this)),
    );
  }

  openArticle(id: string, highlight?: { start: number; end: number }): void {
    const mine = ++this.generation;
    void this.load(mine, () => call('article:get', { id }), (a) => this.details.show(articleView(a, this, highlight), 'push'));
  }

  expand(ids: string[], depth: number): void {
    void this.actions.expand(ids, depth);
  }

  hide(ids: string[]): void {
    void this.actions.hide(ids);
  }

  pin(ids: string[], on: boolean): void {
    void this.actions.pin(ids, on).then(() => this.refreshEntityPanel(ids));
  }

  focus(ids: string[]): void {
    void this.actions.focus(ids);
  }

  path(from: string, to: string): void {
    void this.actions.path(from, to);
  }

  filterToArticle(meta: ArticleMeta): void {
    void this.ex.setFilters({ ...this.ex.filters, article: { id: meta.id, title: meta.title ?? meta.file } });
    this.onFiltersChangedElsewhere?.();
  }

  /** Set by main.ts so the filter panel redraws when a panel changes the filters. */
  onFiltersChangedElsewhere: (() => void) | null = null;

  isPinned(id: string): boolean {
    return this.ex.ws.pinned.has(id);
  }

  private refreshEntityPanel(ids: string[]): void {
    const current = this.details.current;
    if (current && ids.some((id) => current === `entity:${id}`)) void this.entityDetails(current.slice('entity:'.length));
  }

  private summaryFromView(id: string): RelationSummary | null {
    const e = this.ex.ws.edges.get(id);
    const label = (nodeId: string): string => this.ex.ws.nodes.get(nodeId)?.label ?? nodeId;
    if (!e) return null;
    return { id, type: e.type, source: { id: e.source, label: label(e.source) }, target: { id: e.target, label: label(e.target) } };
  }

  private inViewport(p: { x: number; y: number }): boolean {
    const cy = this.ex.view.cy;
    return p.x > 20 && p.y > 20 && p.x < cy.width() - 20 && p.y < cy.height() - 20;
  }

  private async load<T>(mine: number, fetch: () => Promise<T>, show: (value: T) => void): Promise<void> {
    const root = document.getElementById('details');
    root?.setAttribute('aria-busy', 'true');
    try {
      const value = await fetch();
      if (mine === this.generation) show(value);
    } catch (err) {
      if (mine !== this.generation) return;
      notify(errorMessage(err), 'error');
      this.details.show({ title: 'Error', key: 'error', body: h('p', { class: 'error-text', attrs: { role: 'alert' } }, errorMessage(err)) });
    } finally {
      if (mine === this.generation) root?.removeAttribute('aria-busy');
    }
  }
}

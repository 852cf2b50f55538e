// The right-hand details panel: a small stack of views (entity, evidence, article, selection)
// with a Back button, so "Open article" from an edge's evidence can return to the evidence.
import { byId, h, replaceChildren } from '../lib/dom';

export interface DetailView {
  title: string;
  body: HTMLElement;
  /** A stable key, so re-opening the same thing replaces rather than stacks. */
  key: string;
}

export class DetailsPanel {
  private readonly root = byId('details');
  private stack: DetailView[] = [];

  constructor() {
    this.renderEmpty();
  }

  show(view: DetailView, mode: 'replace' | 'push' = 'replace'): void {
    if (mode === 'replace') this.stack = [view];
    else {
      this.stack = this.stack.filter((v) => v.key !== view.key);
      this.stack.push(view);
    }
    this.render();
  }

  back(): void {
    this.stack.pop();
    this.render();
  }

  clear(): void {
    this.stack = [];
    this.renderEmpty();
  }

  get current(): string | null {
    return this.stack[this.stack.length - 1]?.key ?? null;
  }

  private render(): void {
    const top = this.stack[this.stack.length - 1];
    if (!top) return this.renderEmpty();
    const back =
      this.stack.length > 1
        ? h('button', { class: 'link-button', attrs: { type: 'button', 'data-action': 'back', title: 'Back (Backspace)' }, on: { click: () => this.back() } }, '← Back')
        : null;
    replaceChildren(this.root, h('div', { class: 'details-head' }, back, h('h2', { class: 'details-title' }, top.title)), top.body);
    this.root.scrollTop = 0;
    this.root.dataset.view = top.key.split(':')[0] ?? '';
  }

  private renderEmpty(): void {
    this.root.dataset.view = 'empty';
    replaceChildren(
      this.root,
      h('div', { class: 'details-empty' }, h('h2', {}, 'Details'), h('p', {}, 'Select an entity to see its aliases, articles and relations, or a relation to read the sentences that state it.'), h('p', { class: 'muted' }, 'Press ? for keyboard shortcuts.')),
    );
  }
}

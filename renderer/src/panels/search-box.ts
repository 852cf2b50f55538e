// The search box: suggestions as you type (debounced, and an answer to an older query is dropped
// when a newer one was sent), entity names in every language first, then articles by their text.
// Keyboard: ↑/↓ move, Enter picks, Esc closes; "/" anywhere focuses the box (./keyboard).
// An ARIA combobox, so the suggestions are announced and testable by role.
import type { SearchResults } from '../../../shared/ipc';
import { call, errorMessage } from '../lib/api';
import { byId, h, replaceChildren } from '../lib/dom';
import { debounce } from '../lib/timing';
import { langText, typeBadge } from './parts';

export interface SearchHandlers {
  pickEntity(id: string): void;
  pickArticle(id: string): void;
}

type Option = { kind: 'entity' | 'article'; id: string; el: HTMLElement };

function highlighted(snippet: string, ranges: Array<[number, number]>): Node[] {
  const out: Node[] = [];
  let at = 0;
  for (const [s, e] of [...ranges].sort((a, b) => a[0] - b[0])) {
    if (s < at || e <= s || e > snippet.length) continue;
    if (s > at) out.push(document.createTextNode(snippet.slice(at, s)));
    out.push(h('mark', {}, snippet.slice(s, e)));
    at = e;
  }
  if (at < snippet.length) out.push(document.createTextNode(snippet.slice(at)));
  return out;
}

export class SearchBox {
  readonly input = byId<HTMLInputElement>('search-input');
  private readonly list = byId<HTMLUListElement>('search-results');
  private options: Option[] = [];
  private active = -1;
  /** Bumped on every keystroke; an answer for an older generation is stale and dropped. */
  private generation = 0;
  private readonly schedule = debounce((text: string, generation: number) => void this.run(text, generation), 140);

  constructor(private readonly handlers: SearchHandlers) {
    this.input.addEventListener('input', () => this.onInput());
    this.input.addEventListener('keydown', (e) => this.onKey(e));
    this.input.addEventListener('blur', () => setTimeout(() => this.close(), 150));
    this.input.addEventListener('focus', () => this.options.length && this.open());
  }

  focus(): void {
    this.input.focus();
    this.input.select();
  }

  private onInput(): void {
    const text = this.input.value.trim();
    const generation = ++this.generation;
    if (text.length === 0) {
      this.schedule.cancel();
      this.input.removeAttribute('aria-busy');
      this.render(null);
      return;
    }
    this.input.setAttribute('aria-busy', 'true');
    this.schedule(text, generation);
  }

  private async run(text: string, generation: number): Promise<void> {
    try {
      const results = await call('search:query', { text, limit: 12 });
      if (generation !== this.generation) return;
      this.input.removeAttribute('aria-busy');
      this.input.dataset.query = text;
      this.render(results);
    } catch (err) {
      if (generation !== this.generation) return;
      this.input.removeAttribute('aria-busy');
      replaceChildren(this.list, h('li', { class: 'search-error', attrs: { role: 'presentation' } }, errorMessage(err)));
      this.open();
    }
  }

  private render(results: SearchResults | null): void {
    this.options = [];
    this.active = -1;
    if (!results) return this.close();
    const items: HTMLElement[] = [];
    if (results.entities.length) items.push(h('li', { class: 'search-group', attrs: { role: 'presentation' } }, 'Entities'));
    for (const e of results.entities) {
      const alias = e.matched && e.matched !== e.label ? langText('span', e.matched, null, 'matched muted') : null;
      items.push(this.option('entity', e.id, langText('span', e.label, null, 'item-title'), alias, typeBadge(e.type)));
    }
    if (results.articles.length) items.push(h('li', { class: 'search-group', attrs: { role: 'presentation' } }, 'Articles'));
    for (const a of results.articles) {
      items.push(this.option('article', a.id, h('span', { class: 'item-title', attrs: { dir: 'auto' } }, a.title ?? a.id), h('span', { class: 'snippet', attrs: { dir: 'auto' } }, ...highlighted(a.snippet, a.highlights))));
    }
    if (items.length === 0) items.push(h('li', { class: 'search-empty', attrs: { role: 'presentation' } }, 'No match'));
    replaceChildren(this.list, ...items);
    this.open();
  }

  private option(kind: Option['kind'], id: string, ...children: Array<Node | null>): HTMLElement {
    const index = this.options.length;
    const el = h(
      'li',
      { class: `search-option ${kind}`, attrs: { role: 'option', id: `search-opt-${index}`, 'data-kind': kind, 'data-id': id, 'aria-selected': 'false' }, on: { mousedown: (e) => e.preventDefault(), click: () => this.pick(index) } },
      ...children,
    );
    this.options.push({ kind, id, el });
    return el;
  }

  private onKey(e: KeyboardEvent): void {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      if (!this.options.length) return;
      const step = e.key === 'ArrowDown' ? 1 : -1;
      this.setActive((this.active + step + this.options.length) % this.options.length);
    } else if (e.key === 'Enter') {
      e.preventDefault();
      this.pick(this.active >= 0 ? this.active : 0);
    } else if (e.key === 'Escape') {
      e.preventDefault();
      if (this.list.hidden) this.input.blur();
      this.close();
    }
  }

  private setActive(index: number): void {
    this.options.forEach((o, i) => o.el.setAttribute('aria-selected', String(i === index)));
    this.active = index;
    const el = this.options[index]?.el;
    if (el) {
      this.input.setAttribute('aria-activedescendant', el.id);
      el.scrollIntoView({ block: 'nearest' });
    }
  }

  private pick(index: number): void {
    const option = this.options[index];
    if (!option) return;
    this.close();
    this.input.blur();
    if (option.kind === 'entity') this.handlers.pickEntity(option.id);
    else this.handlers.pickArticle(option.id);
  }

  private open(): void {
    this.list.hidden = false;
    this.input.setAttribute('aria-expanded', 'true');
  }

  private close(): void {
    this.list.hidden = true;
    this.input.setAttribute('aria-expanded', 'false');
    this.input.removeAttribute('aria-activedescendant');
  }
}

// The filter panel, which doubles as the legend for types: each entity and relation type is a
// checkbox with its colour and shape and how many of it the view holds. Languages, one article,
// a date range and a minimum evidence count complete it. Every change is applied live (numbers
// and dates debounced); co-mentions start unchecked.
import { ALL_RELATION_TYPES, ENTITY_TYPES, LANGS } from '../../../shared/domain';
import type { EntityType, Lang, RelationType } from '../../../shared/domain';
import { DEFAULT_FILTERS, activeFilterCount, toggled } from '../app/filters';
import type { FilterState } from '../app/filters';
import { visibleEdges, visibleNodes } from '../app/working-set';
import type { WorkingSet } from '../app/working-set';
import { byId, h, replaceChildren } from '../lib/dom';
import { debounce } from '../lib/timing';
import { LANG_NAMES, relationBadge, typeBadge } from './parts';

export class FilterPanel {
  private readonly root = byId('filters');
  private state: FilterState = DEFAULT_FILTERS;
  private readonly counts = new Map<string, HTMLElement>();
  private readonly emitSoon = debounce(() => this.onChange(this.state), 250);

  constructor(private readonly onChange: (next: FilterState) => void) {
    this.render();
  }

  set(state: FilterState): void {
    this.state = state;
    this.render();
  }

  /** Updates the per-type counts from what the view shows. */
  updateCounts(ws: WorkingSet): void {
    const byType = new Map<string, number>();
    for (const n of visibleNodes(ws)) byType.set(`entity:${n.type}`, (byType.get(`entity:${n.type}`) ?? 0) + 1);
    for (const e of visibleEdges(ws)) byType.set(`relation:${e.type}`, (byType.get(`relation:${e.type}`) ?? 0) + 1);
    for (const [key, el] of this.counts) el.textContent = String(byType.get(key) ?? 0);
  }

  private change(next: FilterState, debounced = false): void {
    this.state = next;
    this.renderBadge();
    if (debounced) this.emitSoon();
    else {
      this.emitSoon.cancel();
      this.onChange(next);
    }
  }

  private checkbox(key: string, checked: boolean, label: HTMLElement, onToggle: (on: boolean) => void): HTMLElement {
    const count = h('span', { class: 'count', attrs: { 'data-count': key } }, '0');
    this.counts.set(key, count);
    const input = h('input', { attrs: { type: 'checkbox', 'data-filter': key }, on: { change: () => onToggle(input.checked) } });
    input.checked = checked;
    return h('label', { class: 'filter-row' }, input, label, count);
  }

  private render(): void {
    const s = this.state;
    this.counts.clear();
    const entityRows = ENTITY_TYPES.map((t: EntityType) =>
      this.checkbox(`entity:${t}`, s.entityTypes.has(t), typeBadge(t), (on) => this.change({ ...this.state, entityTypes: toggled(this.state.entityTypes, t, on) })),
    );
    const relationRows = ALL_RELATION_TYPES.map((t: RelationType) =>
      this.checkbox(`relation:${t}`, s.relationTypes.has(t), relationBadge(t), (on) => this.change({ ...this.state, relationTypes: toggled(this.state.relationTypes, t, on) })),
    );
    const langRows = LANGS.map((l: Lang) => {
      const input = h('input', { attrs: { type: 'checkbox', 'data-filter': `lang:${l}` }, on: { change: () => this.change({ ...this.state, langs: toggled(this.state.langs, l, input.checked) }) } });
      input.checked = s.langs.has(l);
      return h('label', { class: 'filter-chip' }, input, LANG_NAMES[l]);
    });
    replaceChildren(
      this.root,
      h('div', { class: 'panel-head' }, h('h2', {}, 'Filters'), h('span', { class: 'badge', attrs: { id: 'filter-badge' } }), h('button', { class: 'link-button', attrs: { type: 'button', 'data-action': 'reset-filters' }, on: { click: () => this.reset() } }, 'Reset')),
      h('fieldset', { class: 'filter-group' }, h('legend', {}, 'Entity types'), ...entityRows),
      h('fieldset', { class: 'filter-group' }, h('legend', {}, 'Relation types'), ...relationRows),
      h('fieldset', { class: 'filter-group' }, h('legend', {}, 'Article language'), h('div', { class: 'chips' }, ...langRows)),
      this.articleRow(),
      this.dateRow(),
      this.evidenceRow(),
    );
    this.renderBadge();
  }

  private articleRow(): HTMLElement {
    const a = this.state.article;
    const body = a
      ? h('div', { class: 'article-chip', attrs: { 'data-filter': 'article' } }, h('span', { attrs: { dir: 'auto' } }, a.title), h('button', { class: 'link-button', attrs: { type: 'button', 'aria-label': 'Clear article filter' }, on: { click: () => this.change({ ...this.state, article: null }, false) } }, '✕'))
      : h('p', { class: 'muted small' }, 'Any article. Use “Graph of this article” in the reader to narrow down.');
    return h('fieldset', { class: 'filter-group' }, h('legend', {}, 'Article'), body);
  }

  private dateRow(): HTMLElement {
    const note = h('p', { class: 'filter-note' }, 'Articles with no date are left out while a date is set.');
    const showNote = () => void (note.hidden = !this.state.dateFrom && !this.state.dateTo);
    const input = (key: 'dateFrom' | 'dateTo', label: string): HTMLElement => {
      const el = h('input', { attrs: { type: 'date', 'data-filter': key } });
      el.value = this.state[key] ?? '';
      el.addEventListener('change', () => {
        this.change({ ...this.state, [key]: el.value || null }, true);
        showNote();
      });
      return h('label', { class: 'date-field' }, label, el);
    };
    showNote();
    return h(
      'fieldset',
      { class: 'filter-group' },
      h('legend', {}, 'Article date'),
      h('div', { class: 'date-row' }, input('dateFrom', 'From'), input('dateTo', 'To')),
      note,
    );
  }

  private evidenceRow(): HTMLElement {
    const el = h('input', { attrs: { type: 'number', min: 1, max: 99, step: 1, 'data-filter': 'minEvidence' } });
    el.value = String(this.state.minEvidence);
    el.addEventListener('input', () => {
      const v = Math.max(1, Math.floor(Number(el.value) || 1));
      this.change({ ...this.state, minEvidence: v }, true);
    });
    return h('fieldset', { class: 'filter-group' }, h('legend', {}, 'Evidence'), h('label', { class: 'number-field' }, 'At least', el, 'sentence(s) per relation'));
  }

  private renderBadge(): void {
    const badge = document.getElementById('filter-badge');
    if (!badge) return;
    const n = activeFilterCount(this.state);
    badge.textContent = n > 0 ? `${n} active` : '';
    badge.hidden = n === 0;
  }

  private reset(): void {
    this.state = DEFAULT_FILTERS;
    this.render();
    this.change(DEFAULT_FILTERS);
  }
}

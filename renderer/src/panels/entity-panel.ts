// Entity details: label, type, aliases grouped by language, mention count, the articles that
// mention it and its relations grouped by type, with the exploration actions at hand. Every
// name is a text node; Arabic aliases and titles carry lang="ar" dir="rtl".
import { LANGS } from '../../../shared/domain';
import type { EntityDetail, RelationGroup } from '../../../shared/ipc';
import { formatCount, h } from '../lib/dom';
import type { DetailView } from './details';
import type { Nav, RelationSummary } from './nav';
import { LANG_NAMES, articleMetaLine, langText, relationBadge, section, typeBadge } from './parts';

function actions(d: EntityDetail, nav: Nav): HTMLElement {
  const button = (label: string, action: string, title: string, run: () => void): HTMLElement =>
    h('button', { class: 'btn small', attrs: { type: 'button', 'data-action': action, title }, on: { click: run } }, label);
  const pinned = nav.isPinned(d.id);
  return h(
    'div',
    { class: 'button-row' },
    button('Expand', 'expand', 'Show neighbours (E; Shift+E for depth 2)', () => nav.expand([d.id], 1)),
    button('Depth 2', 'expand-2', 'Neighbours of neighbours', () => nav.expand([d.id], 2)),
    button('Focus', 'focus', 'Hide everything but this entity and its neighbours', () => nav.focus([d.id])),
    button(pinned ? 'Unpin' : 'Pin', 'pin', 'Keep this node where it is during layouts (P)', () => nav.pin([d.id], !pinned)),
    button('Hide', 'hide', 'Hide from the view (H)', () => nav.hide([d.id])),
  );
}

function aliases(d: EntityDetail): HTMLElement {
  const rows = LANGS.filter((l) => (d.aliases[l] ?? []).length > 0).map((lang) =>
    h('div', { class: 'alias-row', attrs: { 'data-lang': lang } }, h('span', { class: 'alias-lang' }, LANG_NAMES[lang]), h('span', { class: 'alias-list' }, ...(d.aliases[lang] ?? []).map((a) => langText('span', a, lang, 'alias')))),
  );
  return section('Aliases', rows.length ? h('div', {}, ...rows) : h('p', { class: 'muted' }, 'No other names recorded.'));
}

function articles(d: EntityDetail, nav: Nav): HTMLElement {
  const items = d.articles.map((a) =>
    h(
      'li',
      {},
      h(
        'button',
        { class: 'list-button', attrs: { type: 'button', 'data-article': a.id }, on: { click: () => nav.openArticle(a.id) } },
        langText('span', a.title ?? a.file, a.lang, 'item-title'),
        articleMetaLine(a),
        h('span', { class: 'count' }, `${a.mentions} mention${a.mentions === 1 ? '' : 's'}`),
      ),
    ),
  );
  return section(`Articles (${d.articles.length})`, items.length ? h('ul', { class: 'plain-list' }, ...items) : h('p', { class: 'muted' }, 'None.'));
}

function summaryOf(d: EntityDetail, type: RelationGroup['type'], r: RelationGroup['relations'][number]): RelationSummary {
  const self = { id: d.id, label: d.label };
  const other = { id: r.other.id, label: r.other.label };
  return r.direction === 'out' ? { id: r.id, type, source: self, target: other } : { id: r.id, type, source: other, target: self };
}

function relations(d: EntityDetail, nav: Nav): HTMLElement {
  const groups = d.relations.map((g) =>
    h(
      'div',
      { class: 'relation-group', attrs: { 'data-relation': g.type } },
      h('div', { class: 'relation-group-head' }, relationBadge(g.type), h('span', { class: 'count' }, String(g.relations.length))),
      h(
        'ul',
        { class: 'plain-list' },
        ...g.relations.map((r) =>
          h(
            'li',
            {},
            h(
              'button',
              { class: 'list-button row', attrs: { type: 'button', 'data-relation-id': r.id, title: 'Show the sentences that state it' }, on: { click: () => nav.showRelation(r.id, summaryOf(d, g.type, r)) } },
              h('span', { class: 'direction', attrs: { 'aria-label': r.direction === 'out' ? 'to' : 'from' } }, r.direction === 'out' ? '→' : '←'),
              langText('span', r.other.label, null, 'item-title'),
              h('span', { class: 'count', attrs: { title: 'evidence sentences' } }, `×${r.evidenceCount}`),
            ),
          ),
        ),
      ),
    ),
  );
  const total = d.relations.reduce((n, g) => n + g.relations.length, 0);
  return section(`Relations (${total})`, groups.length ? h('div', {}, ...groups) : h('p', { class: 'muted' }, 'No relations under the current data.'));
}

export function entityView(d: EntityDetail, nav: Nav): DetailView {
  const body = h(
    'div',
    { class: 'entity-panel', attrs: { 'data-entity': d.id } },
    h('div', { class: 'entity-head' }, langText('div', d.label, null, 'entity-label'), typeBadge(d.type)),
    h('div', { class: 'facts' }, h('span', {}, `${formatCount(d.mentionCount)} mention${d.mentionCount === 1 ? '' : 's'}`), d.key ? h('span', { class: 'muted' }, d.key) : null),
    actions(d, nav),
    aliases(d),
    relations(d, nav),
    articles(d, nav),
  );
  return { title: 'Entity', body, key: `entity:${d.id}` };
}

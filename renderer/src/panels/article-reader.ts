// The article reader: the full text with entity mentions highlighted and clickable, right to left
// for Arabic (lang and dir on the text), an optional highlighted span (the quote the reader came
// from), and the relations the article supports. The text is laid out with `white-space:
// pre-wrap` so the engine's UTF-16 offsets map onto it one to one.
import type { ArticleDetail } from '../../../shared/ipc';
import { dirFor, h } from '../lib/dom';
import { segmentText } from '../text/segments';
import type { Mark } from '../text/segments';
import type { DetailView } from './details';
import type { Nav } from './nav';
import { articleMetaLine, langText, relationBadge, section, segmentNodes } from './parts';

function relationsList(a: ArticleDetail, nav: Nav): HTMLElement {
  if (a.relations.length === 0) return section('Relations', h('p', { class: 'muted' }, 'No relation found in this article.'));
  const items = a.relations.map((r) =>
    h(
      'li',
      {},
      h(
        'button',
        { class: 'list-button row', attrs: { type: 'button', 'data-relation-id': r.id }, on: { click: () => nav.showRelation(r.id, { id: r.id, type: r.type, source: r.source, target: r.target }) } },
        langText('span', r.source.label, null, 'item-title'),
        relationBadge(r.type),
        langText('span', r.target.label, null, 'item-title'),
        h('span', { class: 'count' }, `×${r.evidence.length}`),
      ),
    ),
  );
  return section(`Relations in this article (${a.relations.length})`, h('ul', { class: 'plain-list' }, ...items));
}

export function articleView(a: ArticleDetail, nav: Nav, highlight?: { start: number; end: number }): DetailView {
  const marks: Mark[] = a.mentions.map((m) => ({ kind: 'mention', start: m.start, end: m.end, entityId: m.entityId, type: m.type }));
  if (highlight) marks.push({ kind: 'quote', start: highlight.start, end: highlight.end });
  const text = h(
    'div',
    { class: 'article-text', attrs: { lang: a.meta.lang ?? undefined, dir: dirFor(a.meta.lang), 'data-article-text': a.meta.id } },
    ...segmentNodes(segmentText(a.text, marks), (id) => nav.showEntity(id)),
  );
  const body = h(
    'div',
    { class: 'article-reader', attrs: { 'data-article': a.meta.id } },
    langText('h3', a.meta.title ?? a.meta.file, a.meta.lang, 'article-title'),
    articleMetaLine(a.meta),
    a.meta.url ? h('div', { class: 'article-url muted', attrs: { dir: 'ltr' } }, a.meta.url) : null,
    h(
      'div',
      { class: 'button-row' },
      h('button', { class: 'btn small', attrs: { type: 'button', 'data-action': 'filter-article', title: 'Show only what this article states' }, on: { click: () => nav.filterToArticle(a.meta) } }, 'Graph of this article'),
    ),
    text,
    relationsList(a, nav),
  );
  if (highlight) requestAnimationFrame(() => text.querySelector('mark.quote')?.scrollIntoView({ block: 'center' }));
  return { title: 'Article', body, key: `article:${a.meta.id}` };
}

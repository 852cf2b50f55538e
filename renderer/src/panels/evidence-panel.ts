// Provenance of one relation: every sentence that states it, each with its article's title,
// date, language and source, the quote highlighted inside its sentence, and the extraction rule
// that produced it. "Open article" shows the full text at that spot.
import { SYMMETRIC_RELATIONS } from '../../../shared/domain';
import type { EvidenceItem } from '../../../shared/ipc';
import { h } from '../lib/dom';
import { segmentText } from '../text/segments';
import type { DetailView } from './details';
import type { Nav, RelationSummary } from './nav';
import { articleMetaLine, langText, relationBadge, section, segmentNodes } from './parts';


function endpoint(e: { id: string; label: string }, nav: Nav): HTMLElement {
  return h('button', { class: 'link-button endpoint', attrs: { type: 'button', 'data-entity': e.id }, on: { click: () => nav.showEntity(e.id) } }, langText('span', e.label, null));
}

function header(r: RelationSummary | null, count: number, nav: Nav): HTMLElement {
  if (!r) return h('div', { class: 'relation-head' }, h('div', { class: 'facts' }, h('span', {}, `${count} evidence sentence${count === 1 ? '' : 's'}`)));
  const arrow = SYMMETRIC_RELATIONS.has(r.type) ? '↔' : '→';
  return h(
    'div',
    { class: 'relation-head' },
    h('div', { class: 'relation-line' }, endpoint(r.source, nav), h('span', { class: 'arrow', attrs: { 'aria-hidden': 'true' } }, arrow), endpoint(r.target, nav)),
    h('div', { class: 'facts' }, relationBadge(r.type), h('span', {}, `${count} evidence sentence${count === 1 ? '' : 's'}`)),
  );
}

function quoteCard(item: EvidenceItem, index: number, nav: Nav): HTMLElement {
  const { sentence, article } = item;
  const offset = item.start - sentence.start;
  const segments = segmentText(sentence.text, [{ kind: 'quote', start: offset, end: offset + (item.end - item.start) }]);
  const rule = [item.rule ? `rule ${item.rule}` : 'rule unknown', item.confidence !== null ? `confidence ${item.confidence.toFixed(2)}` : null].filter(Boolean).join(' · ');
  return h(
    'article',
    { class: 'evidence-card', attrs: { 'data-evidence': index, 'data-article': article.id } },
    langText('h3', article.title ?? article.file, article.lang, 'evidence-title'),
    articleMetaLine(article),
    h('blockquote', { class: 'sentence', attrs: { lang: article.lang ?? undefined, dir: article.lang === 'ar' ? 'rtl' : 'auto' } }, ...segmentNodes(segments)),
    h(
      'div',
      { class: 'evidence-foot' },
      h('span', { class: 'rule muted' }, rule),
      h(
        'button',
        { class: 'btn small', attrs: { type: 'button', 'data-action': 'open-article' }, on: { click: () => nav.openArticle(article.id, { start: item.start, end: item.end }) } },
        'Open article',
      ),
    ),
  );
}

export function evidenceView(id: string, r: RelationSummary | null, items: readonly EvidenceItem[], nav: Nav): DetailView {
  const body = h(
    'div',
    { class: 'evidence-panel', attrs: { 'data-relation': id } },
    header(r, items.length, nav),
    section('Evidence', items.length ? h('div', { class: 'evidence-list' }, ...items.map((item, i) => quoteCard(item, i, nav))) : h('p', { class: 'muted' }, 'No evidence under the current data.')),
  );
  return { title: 'Relation', body, key: `relation:${id}` };
}

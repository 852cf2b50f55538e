// Small pieces several panels share: a type badge with the legend colour, an article's
// metadata line, a text run in its own language and direction, and highlighted text runs
// built from ../text/segments (text nodes and spans only, never markup).
import type { EntityType, Lang, RelationType } from '../../../shared/domain';
import type { ArticleMeta } from '../../../shared/ipc';
import { ENTITY_STYLES, RELATION_STYLES } from '../graph/palette';
import { dirFor, h } from '../lib/dom';
import type { Segment } from '../text/segments';

export const LANG_NAMES: Readonly<Record<Lang, string>> = { en: 'English', fr: 'French', ar: 'Arabic' };

export function typeBadge(type: EntityType): HTMLElement {
  const style = ENTITY_STYLES[type];
  const swatch = h('span', { class: `swatch shape-${style.shape}`, attrs: { 'aria-hidden': 'true' } });
  swatch.style.backgroundColor = style.color;
  return h('span', { class: 'type-badge', attrs: { 'data-type': type } }, swatch, style.label);
}

export function relationBadge(type: RelationType): HTMLElement {
  const style = RELATION_STYLES[type];
  const line = h('span', { class: `line-swatch${type === 'co_mentioned' ? ' dashed' : ''}`, attrs: { 'aria-hidden': 'true' } });
  line.style.borderTopColor = style.color;
  return h('span', { class: 'relation-badge', attrs: { 'data-relation': type } }, line, style.label);
}

/** Text in a known (or guessed) language, with `lang` and `dir` set so Arabic runs right to left. */
export function langText(tag: 'span' | 'div' | 'h3' | 'p', text: string, lang: string | null | undefined, cls = ''): HTMLElement {
  return h(tag, { class: cls, attrs: { lang: lang ?? undefined, dir: dirFor(lang) } }, text);
}

function hostOf(url: string | null): string | null {
  if (!url) return null;
  try {
    return new URL(url).host || url;
  } catch {
    return url;
  }
}

export function articleMetaLine(meta: ArticleMeta): HTMLElement {
  const parts = [meta.date ?? 'undated', meta.lang ? LANG_NAMES[meta.lang] : 'unknown language', hostOf(meta.url) ?? meta.file];
  return h('div', { class: 'article-meta' }, parts.join(' · '));
}

function mentionNode(s: Segment, onMention?: (entityId: string) => void): Node {
  if (!s.mention) return document.createTextNode(s.text);
  const entityId = s.mention.entityId;
  const activate = (): void => onMention?.(entityId);
  const span = h(
    'span',
    {
      class: 'mention',
      attrs: { 'data-entity': entityId, 'data-type': s.mention.type, role: onMention ? 'button' : undefined, tabindex: onMention ? 0 : undefined },
      on: onMention
        ? {
            click: activate,
            keydown: (e) => {
              if (e.key === 'Enter' || e.key === ' ') {
                e.preventDefault();
                activate();
              }
            },
          }
        : {},
    },
    s.text,
  );
  const type = s.mention.type as EntityType | undefined;
  if (type && ENTITY_STYLES[type]) span.style.borderBottomColor = ENTITY_STYLES[type].color;
  return span;
}

/**
 * Runs of text with mentions and quotes marked; `onMention` makes mentions clickable. Consecutive
 * quoted runs share one <mark>, so a quote reads (and selects) as one span even when it holds
 * mentions.
 */
export function segmentNodes(segments: readonly Segment[], onMention?: (entityId: string) => void): Node[] {
  const out: Node[] = [];
  let mark: HTMLElement | null = null;
  for (const s of segments) {
    const node = mentionNode(s, onMention);
    if (!s.quote) {
      mark = null;
      out.push(node);
      continue;
    }
    if (!mark) {
      mark = h('mark', { class: 'quote' });
      out.push(mark);
    }
    mark.append(node);
  }
  return out;
}

export function section(title: string, ...children: Array<Node | null>): HTMLElement {
  return h('section', { class: 'detail-section' }, h('h3', {}, title), ...children);
}

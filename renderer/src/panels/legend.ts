// The encoding legend: what size, colour, width, arrows, dashes and borders mean in the current
// view. Type colours and shapes are in the filter panel, next to their checkboxes.
import type { DisplayState } from '../app/explorer';
import { byId, h, replaceChildren } from '../lib/dom';

const SIZE_NAMES: Readonly<Record<DisplayState['sizeBy'], string>> = {
  degree: 'degree (relations in the filtered store)',
  mentions: 'number of mentions',
  pagerank: 'PageRank in the view',
  betweenness: 'betweenness in the view',
};

export function renderLegend(display: DisplayState, mode: string): void {
  const row = (sample: HTMLElement, text: string): HTMLElement => h('li', {}, sample, h('span', {}, text));
  const sample = (cls: string): HTMLElement => h('span', { class: `legend-sample ${cls}`, attrs: { 'aria-hidden': 'true' } });
  replaceChildren(
    byId('legend'),
    h('h2', {}, 'Legend'),
    h(
      'ul',
      { class: 'legend-list' },
      row(sample('size'), `Node size: ${SIZE_NAMES[display.sizeBy]}`),
      row(sample('colour'), display.colorBy === 'community' ? 'Node colour: community (Louvain); shape: type' : 'Node colour and shape: entity type'),
      row(sample('width'), 'Edge width: number of evidence sentences'),
      row(sample('arrow'), 'Arrow: direction (none for symmetric relations)'),
      row(sample('dashed'), mode === 'webgl' ? 'Grey, faint: co-mentioned (WebGL draws no dashes)' : 'Grey dashed: co-mentioned in one sentence'),
      row(sample('pinned'), 'Thick border: pinned'),
    ),
  );
}

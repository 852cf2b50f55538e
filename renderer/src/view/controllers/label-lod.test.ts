// Which edges a large view draws in detail: none at overview zoom, the edges of the labelled
// nodes once zoomed in.
import cytoscape from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { LABEL_ZOOM, chooseDetailed } from './label-lod';

function star(): cytoscape.Core {
  return cytoscape({
    headless: true,
    elements: [
      ...['hub', 'a', 'b', 'c'].map((id) => ({ data: { id } })),
      { data: { id: 'ha', source: 'hub', target: 'a' } },
      { data: { id: 'hb', source: 'hub', target: 'b' } },
      { data: { id: 'bc', source: 'b', target: 'c' } },
    ],
  });
}

describe('chooseDetailed', () => {
  it('marks no edge at overview zoom', () => {
    const cy = star();
    cy.zoom(LABEL_ZOOM / 2);
    expect(chooseDetailed(cy, new Set(['hub'])).size).toBe(0);
  });

  it('marks the edges of the labelled nodes once zoomed in', () => {
    const cy = star();
    cy.zoom(LABEL_ZOOM * 2);
    expect([...chooseDetailed(cy, new Set(['a', 'c']))].sort()).toEqual(['bc', 'ha']);
  });
});

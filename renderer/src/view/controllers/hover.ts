// Hover controller: pointing at an edge shows its label; pointing at a node shows the labels of
// its relations. Only classes change, so the stylesheet decides what "hover" looks like.
import type cytoscape from 'cytoscape';
import type { Controller } from '../graph-view';

export const hoverController: Controller = (cy) => {
  const over = (event: cytoscape.EventObject): void => {
    const el = event.target as cytoscape.SingularElementReturnValue;
    (el.isNode() ? el.connectedEdges() : el).addClass('hover');
  };
  const out = (): void => {
    cy.$('.hover').removeClass('hover');
  };
  cy.on('mouseover', 'node, edge', over);
  cy.on('mouseout', 'node, edge', out);
  return () => {
    cy.off('mouseover', 'node, edge', over);
    cy.off('mouseout', 'node, edge', out);
  };
};

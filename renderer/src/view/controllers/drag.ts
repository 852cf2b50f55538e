// Drag controller: when the analyst drops nodes somewhere, the new positions become part of the
// view state (one undo step) and are saved, so a later layout or session keeps them.
import type cytoscape from 'cytoscape';
import type { Point } from '../../graph/mapper';
import type { Controller } from '../graph-view';

export function dragController(onMoved: (positions: Map<string, Point>, label: string) => void): Controller {
  return (cy) => {
    const onFree = (event: cytoscape.EventObject): void => {
      const node = event.target as cytoscape.NodeSingular;
      const moved = node.selected() ? cy.$('node:selected') : node;
      const positions = new Map<string, Point>();
      moved.forEach((n) => void positions.set(n.id(), { ...n.position() }));
      onMoved(positions, positions.size === 1 ? `Move ${String(node.data('label'))}` : `Move ${positions.size} entities`);
    };
    cy.on('dragfree', 'node', onFree);
    return () => cy.off('dragfree', 'node', onFree);
  };
}

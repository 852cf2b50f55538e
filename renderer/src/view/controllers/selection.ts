// Selection controller: turns taps and box selections on the graph into one "selection changed"
// callback with the selected node and edge ids (coalesced per frame, since a box selection fires
// one event per element). A tap on the background clears the selection.
import type cytoscape from 'cytoscape';
import type { Controller } from '../graph-view';

export interface Selection {
  /** Selected nodes in the order they were selected (a path runs from the first to the second). */
  nodes: string[];
  edges: string[];
  /** The element the user tapped last, when the change came from a tap. */
  focus: { kind: 'node' | 'edge'; id: string } | null;
}

export function selectionController(onChange: (selection: Selection) => void): Controller {
  return (cy) => {
    let scheduled = false;
    let focus: Selection['focus'] = null;
    let order: string[] = [];
    const flush = (): void => {
      scheduled = false;
      const selected = new Set(cy.$('node:selected').map((n) => n.id()));
      order = order.filter((id) => selected.has(id));
      for (const id of selected) if (!order.includes(id)) order.push(id);
      const nodes = [...order];
      const edges = cy.$('edge:selected').map((e) => e.id());
      onChange({ nodes, edges, focus });
      focus = null;
    };
    const schedule = (): void => {
      if (scheduled) return;
      scheduled = true;
      requestAnimationFrame(flush);
    };
    const onTap = (event: cytoscape.EventObject): void => {
      const target = event.target as cytoscape.Core | cytoscape.SingularElementReturnValue;
      if (target === cy) {
        focus = null;
        return;
      }
      const el = target as cytoscape.SingularElementReturnValue;
      focus = { kind: el.isNode() ? 'node' : 'edge', id: el.id() };
      schedule();
    };
    const onSelect = (event: cytoscape.EventObject): void => {
      const el = event.target as cytoscape.SingularElementReturnValue;
      if (el.isNode() && !order.includes(el.id())) order.push(el.id());
      schedule();
    };
    cy.on('tap', onTap);
    cy.on('select', onSelect);
    cy.on('unselect', schedule);
    return () => {
      cy.off('tap', onTap);
      cy.off('select', onSelect);
      cy.off('unselect', schedule);
    };
  };
}

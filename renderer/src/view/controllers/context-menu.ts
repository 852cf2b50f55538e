// Context-menu controller: right-click (or long press) on a node, an edge or the background opens
// our DOM menu with the actions that apply there. A right-clicked node joins the selection
// first, so the menu acts on what the analyst sees selected.
import type cytoscape from 'cytoscape';
import type { MenuItem } from '../../panels/menu';
import { showMenu } from '../../panels/menu';
import type { Controller } from '../graph-view';

export interface ContextTarget {
  kind: 'node' | 'edge' | 'background';
  id: string | null;
  selectedNodes: string[];
}

export function contextMenuController(itemsFor: (target: ContextTarget) => MenuItem[]): Controller {
  return (cy) => {
    const onContext = (event: cytoscape.EventObject): void => {
      const target = event.target as cytoscape.Core | cytoscape.SingularElementReturnValue;
      let ctx: ContextTarget;
      if (target === cy) ctx = { kind: 'background', id: null, selectedNodes: cy.$('node:selected').map((n) => n.id()) };
      else {
        const el = target as cytoscape.SingularElementReturnValue;
        if (!el.selected()) {
          cy.elements().unselect();
          el.select();
        }
        ctx = { kind: el.isNode() ? 'node' : 'edge', id: el.id(), selectedNodes: cy.$('node:selected').map((n) => n.id()) };
      }
      const box = cy.container()?.getBoundingClientRect();
      const pos = event.renderedPosition ?? { x: 0, y: 0 };
      showMenu((box?.left ?? 0) + pos.x, (box?.top ?? 0) + pos.y, itemsFor(ctx), `${ctx.kind} actions`);
    };
    cy.on('cxttap', onContext);
    return () => cy.off('cxttap', onContext);
  };
}

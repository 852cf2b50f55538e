// What a PNG export draws, as Cytoscape element definitions with positions: the whole view, the
// selected entities and the relations among them, or an entity's neighbourhood fetched from the
// engine (entities already on screen keep their place, the others are put beside their
// neighbours the way an expansion would). Interaction states (selection, fading, hover, paths)
// are dropped: an export shows the graph, not the cursor.
import type cytoscape from 'cytoscape';
import type { GraphFilters } from '../../../shared/ipc';
import { MAX_VIEW_NODES } from '../../../shared/ipc';
import { toElements, type Point } from '../graph/mapper';
import { call } from '../lib/api';
import { placeNewNodes } from '../../../shared/placement';

export interface PictureScene {
  elements: cytoscape.ElementDefinition[];
  nodes: number;
  edges: number;
}

/** Classes that change how an element is drawn for a reason that belongs in a picture. */
const KEPT_CLASSES = new Set(['show-label']);

function definition(ele: cytoscape.SingularElementArgument): cytoscape.ElementDefinition {
  const def: cytoscape.ElementDefinition = { group: ele.isNode() ? 'nodes' : 'edges', data: { ...(ele.data() as cytoscape.ElementDataDefinition) } };
  if (ele.isNode()) def.position = { ...ele.position() };
  const classes = ele.classes().filter((c) => KEPT_CLASSES.has(c));
  if (classes.length) def.classes = classes.join(' ');
  return def;
}

function sceneOf(eles: cytoscape.CollectionReturnValue): PictureScene {
  return { elements: eles.map(definition), nodes: eles.nodes().length, edges: eles.edges().length };
}

/** The view as drawn, or only `nodeIds` of it and the relations among them. */
export function sceneFromView(cy: cytoscape.Core, nodeIds?: readonly string[]): PictureScene {
  if (!nodeIds) return sceneOf(cy.elements());
  const keep = new Set(nodeIds);
  const nodes = cy.nodes().filter((n) => keep.has(n.id()));
  const edges = nodes.connectedEdges().filter((e) => keep.has(e.source().id()) && keep.has(e.target().id()));
  return sceneOf(nodes.union(edges));
}

/** `entityId`'s neighbourhood to `depth` under the view's filters, laid out around the view. */
export async function sceneForNeighbourhood(cy: cytoscape.Core, entityId: string, depth: number, filters: GraphFilters): Promise<PictureScene> {
  const view = await call('graph:neighbourhood', { entityIds: [entityId], depth, filters, limit: MAX_VIEW_NODES });
  const positions = new Map<string, Point>();
  const sizes = new Map<string, number>();
  for (const n of view.nodes) {
    const shown = cy.$id(n.id);
    if (shown.nonempty() && shown.isNode()) {
      positions.set(n.id, { ...shown.position() });
      sizes.set(n.id, shown.data('size') as number);
    }
  }
  const known = new Map(positions);
  if (known.size === 0) known.set(entityId, { x: 0, y: 0 });
  const unplaced = view.nodes.map((n) => n.id).filter((id) => !known.has(id));
  for (const [id, p] of placeNewNodes(unplaced, view.edges, known)) known.set(id, p);
  const elements = toElements(view, { positions: known, sizes });
  const ids = new Set(view.nodes.map((n) => n.id));
  return { elements, nodes: view.nodes.length, edges: view.edges.filter((e) => ids.has(e.source) && ids.has(e.target)).length };
}

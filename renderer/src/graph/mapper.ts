// The one place where the engine's graph (shared/ipc `GraphView`: entities and relations) becomes
// the view graph (Cytoscape element definitions). Pure: the same snapshot and options always give
// the same elements, so the mapping is unit-tested headless and the view never reads engine
// objects directly. Display-only facts (size from a centrality, community colour, position,
// pinned) arrive as options; the element data keeps the ids the engine understands.
import type cytoscape from 'cytoscape';
import type { ViewEdge, ViewNode } from '../../../shared/ipc';
import { DEFAULT_NODE_SIZE } from '../../../shared/graph-style';
import { RELATION_STYLES, communityColor } from './palette';

export interface Point {
  x: number;
  y: number;
}

export interface MapOptions {
  /** Node diameter in model units, by id; absent ids get `defaultSize`. */
  sizes?: ReadonlyMap<string, number>;
  communities?: ReadonlyMap<string, number>;
  positions?: ReadonlyMap<string, Point>;
  pinned?: ReadonlySet<string>;
  defaultSize?: number;
}

export { DEFAULT_NODE_SIZE } from '../../../shared/graph-style';

export interface NodeData {
  id: string;
  label: string;
  type: ViewNode['type'];
  size: number;
  mentions: number;
  degree: number;
  community?: number;
  communityColor?: string;
}

export interface EdgeData {
  id: string;
  source: string;
  target: string;
  type: ViewEdge['type'];
  evidence: number;
  label: string;
}

export function nodeElement(node: ViewNode, options: MapOptions = {}): cytoscape.NodeDefinition {
  const data: NodeData = {
    id: node.id,
    label: node.label,
    type: node.type,
    size: options.sizes?.get(node.id) ?? options.defaultSize ?? DEFAULT_NODE_SIZE,
    mentions: node.mentionCount,
    degree: node.degree,
  };
  const community = options.communities?.get(node.id);
  if (community !== undefined) {
    data.community = community;
    data.communityColor = communityColor(community);
  }
  const def: cytoscape.NodeDefinition = { group: 'nodes', data: { ...data } };
  const position = options.positions?.get(node.id);
  if (position) def.position = { x: position.x, y: position.y };
  if (options.pinned?.has(node.id)) {
    def.classes = 'pinned';
    def.locked = true;
  }
  return def;
}

export function edgeLabel(edge: Pick<ViewEdge, 'type' | 'evidenceCount'>): string {
  const name = RELATION_STYLES[edge.type].label;
  return edge.evidenceCount > 1 ? `${name} ×${edge.evidenceCount}` : name;
}

export function edgeElement(edge: ViewEdge): cytoscape.EdgeDefinition {
  const data: EdgeData = {
    id: edge.id,
    source: edge.source,
    target: edge.target,
    type: edge.type,
    evidence: Math.max(1, edge.evidenceCount),
    label: edgeLabel(edge),
  };
  return { group: 'edges', data: { ...data } };
}

/**
 * Maps nodes and edges to element definitions. Edges whose ends are not among `nodes` are
 * dropped: Cytoscape refuses dangling edges, and a bounded view can cut a relation in two.
 */
export function toElements(
  view: { nodes: readonly ViewNode[]; edges: readonly ViewEdge[] },
  options: MapOptions = {},
): cytoscape.ElementDefinition[] {
  const ids = new Set(view.nodes.map((n) => n.id));
  const nodes = view.nodes.map((n) => nodeElement(n, options));
  const edges = view.edges.filter((e) => ids.has(e.source) && ids.has(e.target)).map(edgeElement);
  return [...nodes, ...edges];
}

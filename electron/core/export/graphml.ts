// GraphML for yEd, Gephi and Cytoscape desktop, written here (graphology-graphml only parses).
// Every attribute is declared once as a <key> with a stable id, name and type, so the three
// tools build typed columns from it; symmetric relations carry directed="false". Each edge also
// keeps its full evidence records as JSON (`evidence_json`) and the graph keeps the article
// records, so provenance survives a round trip through a desktop tool.
import { SYMMETRIC_RELATIONS } from '../../../shared/domain';
import type { CanonicalGraph, GraphEdge, GraphNode } from '../../../shared/graph-format';
import { GRAPH_STYLE } from '../../../shared/graph-style';
import { LIST_SEPARATOR, flattenEdge, flattenNode } from './flatten';
import { resolvePositions, type Point } from './layout';
import type { Exporter, ExportOptions } from './registry';
import { escapeXml } from './xml';

type KeyType = 'string' | 'int' | 'double';
interface KeyDecl {
  id: string;
  for: 'graph' | 'node' | 'edge';
  name: string;
  type: KeyType;
}

const GRAPH_KEYS: KeyDecl[] = [
  { id: 'g_name', for: 'graph', name: 'name', type: 'string' },
  { id: 'g_articles_json', for: 'graph', name: 'articles_json', type: 'string' },
];

const NODE_KEYS: KeyDecl[] = [
  ['label', 'string'],
  ['type', 'string'],
  ['key', 'string'],
  ['aliases', 'string'],
  ['mentions', 'int'],
  ['article_count', 'int'],
  ['articles', 'string'],
  ['color', 'string'],
  ['shape', 'string'],
  ['size', 'double'],
  ['x', 'double'],
  ['y', 'double'],
].map(([name, type]) => ({ id: `n_${name}`, for: 'node', name: name!, type: type as KeyType }));

const EDGE_KEYS: KeyDecl[] = [
  ['label', 'string'],
  ['type', 'string'],
  ['evidence_count', 'int'],
  ['articles', 'string'],
  ['quotes', 'string'],
  ['confidence', 'double'],
  ['evidence_json', 'string'],
].map(([name, type]) => ({ id: `e_${name}`, for: 'edge', name: name!, type: type as KeyType }));

/** Keys for the free-form edge attributes present in the graph, in first-seen order. */
function attributeKeys(edges: GraphEdge[]): KeyDecl[] {
  const names = new Set<string>();
  for (const e of edges) for (const k of Object.keys(e.attributes ?? {})) names.add(k);
  return [...names].map((name, i) => ({ id: `e_attr${i}`, for: 'edge', name: `attr_${name}`, type: 'string' }));
}

function keyXml(k: KeyDecl): string {
  return `  <key id="${k.id}" for="${k.for}" attr.name="${escapeXml(k.name)}" attr.type="${k.type}"/>`;
}

function data(key: string, value: string | number | null | undefined, indent: string): string {
  if (value === null || value === undefined || value === '') return '';
  const text = typeof value === 'number' ? String(value) : escapeXml(value);
  return `${indent}<data key="${key}">${text}</data>\n`;
}

function nodeXml(node: GraphNode, at: Point, options: ExportOptions): string {
  const graphStyle = options.style ?? GRAPH_STYLE;
  const style = graphStyle.entities[node.type];
  const f = flattenNode(node);
  const i = '      ';
  return (
    `    <node id="${escapeXml(node.id)}">\n` +
    data('n_label', f.label, i) +
    data('n_type', f.type, i) +
    data('n_key', f.key, i) +
    data('n_aliases', f.aliases, i) +
    data('n_mentions', f.mentions, i) +
    data('n_article_count', f.articleCount, i) +
    data('n_articles', (node.articles ?? []).join(LIST_SEPARATOR), i) +
    data('n_color', style.color, i) +
    data('n_shape', style.shape, i) +
    data('n_size', options.sizes?.[node.id] ?? graphStyle.nodeSize, i) +
    data('n_x', at.x, i) +
    data('n_y', at.y, i) +
    '    </node>\n'
  );
}

function edgeXml(edge: GraphEdge, attrKeys: Map<string, string>): string {
  const f = flattenEdge(edge);
  const i = '      ';
  const directed = SYMMETRIC_RELATIONS.has(edge.type) ? ' directed="false"' : '';
  let extra = '';
  for (const [k, v] of Object.entries(edge.attributes ?? {})) extra += data(attrKeys.get(k) ?? '', v, i);
  return (
    `    <edge id="${escapeXml(edge.id)}" source="${escapeXml(edge.source)}" target="${escapeXml(edge.target)}"${directed}>\n` +
    data('e_label', f.type.replace(/_/g, ' '), i) +
    data('e_type', f.type, i) +
    data('e_evidence_count', f.evidenceCount, i) +
    data('e_articles', f.articles.join(LIST_SEPARATOR), i) +
    data('e_quotes', f.quotes.join(LIST_SEPARATOR), i) +
    data('e_confidence', f.confidence, i) +
    data('e_evidence_json', JSON.stringify(edge.evidence), i) +
    extra +
    '    </edge>\n'
  );
}

export function writeGraphml(graph: CanonicalGraph, options: ExportOptions): string {
  const extraKeys = attributeKeys(graph.edges);
  const attrKeys = new Map(extraKeys.map((k) => [k.name.slice('attr_'.length), k.id]));
  const positions = resolvePositions(graph, options.positions);
  const parts: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>\n',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"',
    ' xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">\n',
    [...GRAPH_KEYS, ...NODE_KEYS, ...EDGE_KEYS, ...extraKeys].map(keyXml).join('\n') + '\n',
    '  <graph id="G" edgedefault="directed">\n',
    data('g_name', options.title ?? 'KG Explorer export', '    '),
    data('g_articles_json', JSON.stringify(graph.articles), '    '),
  ];
  for (const node of graph.nodes) parts.push(nodeXml(node, positions.get(node.id) ?? { x: 0, y: 0 }, options));
  for (const edge of graph.edges) parts.push(edgeXml(edge, attrKeys));
  parts.push('  </graph>\n</graphml>\n');
  return parts.join('');
}

export const graphmlExporter: Exporter = {
  id: 'graphml',
  label: 'GraphML (yEd, Gephi, Cytoscape desktop)',
  extension: 'graphml',
  mediaType: 'application/graphml+xml',
  write: writeGraphml,
};

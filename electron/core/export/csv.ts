// CSV for spreadsheets: two RFC 4180 files, nodes.csv (one row per entity) and edges.csv (one
// row per evidence record, so every row is a sentence that states the relation, with its article
// and offsets). UTF-8 with a BOM so Excel shows Arabic and accented names, CRLF record ends, and
// csv-stringify's formula escaping: a cell from article text that starts with = + - @ gets a
// leading ' so a spreadsheet does not run it (strip it when reading the files programmatically).
import { stringify } from 'csv-stringify/sync';
import { LANGS } from '../../../shared/domain';
import type { CanonicalGraph, GraphArticle, GraphEdge, GraphEvidence } from '../../../shared/graph-format';
import { LIST_SEPARATOR, aliasesOf } from './flatten';
import type { ExportFile, Exporter } from './registry';

export const NODE_COLUMNS = ['id', 'type', 'label', 'key', ...LANGS.map((l) => `aliases_${l}`), 'mentions', 'articles'];
export const EDGE_COLUMNS = [
  'edge_id',
  'source_id',
  'source_label',
  'type',
  'target_id',
  'target_label',
  'article',
  'article_title',
  'article_date',
  'article_url',
  'start',
  'end',
  'quote',
  'rule',
  'confidence',
];

type Cell = string | number;

function toCsv(columns: string[], rows: Cell[][]): string {
  return stringify([columns, ...rows], {
    bom: true,
    record_delimiter: 'windows',
    quote_record_delimiter: true,
    escape_formulas: true,
  });
}

function nodeRows(graph: CanonicalGraph): Cell[][] {
  return graph.nodes.map((n) => [
    n.id,
    n.type,
    n.label,
    n.key ?? '',
    ...LANGS.map((l) => aliasesOf(n, l).join(LIST_SEPARATOR)),
    n.mentions ?? '',
    (n.articles ?? []).join(LIST_SEPARATOR),
  ]);
}

function evidenceCells(ev: GraphEvidence | undefined, article: GraphArticle | undefined): Cell[] {
  if (!ev) return ['', '', '', '', '', '', '', '', ''];
  return [
    ev.article,
    article?.title ?? '',
    article?.date ?? '',
    article?.url ?? '',
    ev.start,
    ev.end,
    ev.quote,
    ev.rule ?? '',
    ev.confidence ?? '',
  ];
}

function edgeRows(graph: CanonicalGraph): Cell[][] {
  const labels = new Map(graph.nodes.map((n) => [n.id, n.label]));
  const articles = new Map(graph.articles.map((a) => [a.file, a]));
  const rows: Cell[][] = [];
  const head = (e: GraphEdge): Cell[] => [e.id, e.source, labels.get(e.source) ?? '', e.type, e.target, labels.get(e.target) ?? ''];
  for (const edge of graph.edges) {
    // An edge without evidence still gets a row, so that no relation goes missing from the table.
    const records: (GraphEvidence | undefined)[] = edge.evidence.length > 0 ? edge.evidence : [undefined];
    for (const ev of records) rows.push([...head(edge), ...evidenceCells(ev, ev && articles.get(ev.article))]);
  }
  return rows;
}

export function writeCsvFiles(graph: CanonicalGraph): ExportFile[] {
  return [
    { name: 'nodes.csv', data: toCsv(NODE_COLUMNS, nodeRows(graph)) },
    { name: 'edges.csv', data: toCsv(EDGE_COLUMNS, edgeRows(graph)) },
  ];
}

export const csvExporter: Exporter = {
  id: 'csv',
  label: 'CSV (nodes.csv + edges.csv, one row per evidence record)',
  extension: 'csv',
  mediaType: 'text/csv',
  // On its own, write gives the evidence table: the file that carries the provenance.
  write: (graph) => toCsv(EDGE_COLUMNS, edgeRows(graph)),
  writeFiles: (graph) => writeCsvFiles(graph),
};

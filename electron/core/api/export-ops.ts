// Exports: the exporter registry's formats, writing the chosen scope of the graph to a file the
// user picked, and writing a PNG the renderer drew (only the page can rasterise the view, but only
// main may choose and write files). The host's dialog (Electron's save dialog, or a temp path in
// the e2e bridge) answers first, so a cancelled export costs nothing.
import { writeFile } from 'node:fs/promises';
import { KgError } from '../../../shared/errors';
import type { ExportScope, GraphFilters } from '../../../shared/ipc';
import { exporterIds, exportFiles, getExporter } from '../export/registry';
import { buildCanonicalGraph, type CanonicalSelection } from '../graph/canonical';
import { filteredRelations, needsEvidence, type FilteredRelationRow } from '../graph/filters';
import { filteredArticleIds } from '../graph/nodes';
import { entityRowId } from '../graph/ids';
import { prepare, type Db } from '../store/db';
import type { ApiContext } from './context';
import type { Implementations } from './define';
import { assertEntitiesExist } from './graph-ops';

type ExportOps = Pick<Implementations, 'export:formats' | 'export:graph' | 'export:png'>;

/** The relations and articles the evidence filters keep (see CanonicalSelection.cut), or none when no filter reads the evidence. */
function evidenceCut(db: Db, f: GraphFilters): CanonicalSelection['cut'] {
  if (!needsEvidence(f)) return undefined;
  const rel = filteredRelations(f);
  const relationIds = new Set((prepare(db, rel.sql).all(rel.params) as FilteredRelationRow[]).map((r) => r.id));
  const articleIds = filteredArticleIds(db, f);
  return { relationIds, articleIds: articleIds && new Set(articleIds) };
}

function selectionOf(db: Db, scope: ExportScope, f: GraphFilters): CanonicalSelection {
  const base = { entityTypes: f.entityTypes, relationTypes: f.relationTypes, includeCoMentions: f.includeCoMentions };
  switch (scope.kind) {
    case 'all':
      return base;
    case 'nodes':
      return { ...base, entityIds: scope.nodeIds.map(entityRowId), depth: 0 };
    case 'entity':
      return { ...base, entityIds: assertEntitiesExist(db, [scope.entityId]), depth: scope.depth };
  }
}

export function exportOps(ctx: ApiContext): ExportOps {
  return {
    'export:formats': () =>
      exporterIds().map((id) => {
        const e = getExporter(id)!;
        return { id: e.id, label: e.label, extension: e.extension };
      }),
    'export:graph': async ({ format, scope, filters, positions, sizes, legend, background }) => {
      const exporter = getExporter(format);
      if (!exporter) throw new KgError('INVALID_INPUT', `Unknown export format "${format}"; known: ${exporterIds().join(', ')}`);
      const { db } = ctx.store();
      const selection = selectionOf(db, scope, filters);
      const out = await ctx.dialogs.chooseExportTarget({ name: `kg-graph.${exporter.extension}`, extension: exporter.extension, label: exporter.label });
      if (!out) return { saved: false };
      const graph = buildCanonicalGraph(db, { ...selection, cut: evidenceCut(db, filters) });
      let bytes = 0;
      const options = { positions, sizes, includeLegend: legend, background };
      const files = exportFiles(exporter, graph, options, out);
      for (const file of files) {
        await writeFile(file.path, file.data);
        bytes += typeof file.data === 'string' ? Buffer.byteLength(file.data) : file.data.byteLength;
      }
      return { saved: true, files: files.map((f) => f.path), bytes, nodes: graph.nodes.length, edges: graph.edges.length };
    },
    'export:png': async ({ data, name }) => {
      const out = await ctx.dialogs.chooseExportTarget({ name, extension: 'png', label: 'PNG image' });
      if (!out) return { saved: false };
      await writeFile(out, data);
      return { saved: true, file: out, bytes: data.byteLength };
    },
  };
}

// Exporters are typed descriptors in a registry keyed by format id (STYLE.md habit 8): the CLI,
// the IPC handlers and the tests look a format up here and never branch on format names.
import type { CanonicalGraph } from '../../../shared/graph-format';
import { jsonExporter } from './json';

export interface ExportOptions {
  /** Node positions from the view, when the export comes from the UI. */
  positions?: Record<string, { x: number; y: number }>;
}

export interface Exporter {
  id: string;
  label: string;
  /** File name extension, without the dot. */
  extension: string;
  mediaType: string;
  write(graph: CanonicalGraph, options: ExportOptions): string | Uint8Array;
}

const exporters = new Map<string, Exporter>([[jsonExporter.id, jsonExporter]]);

export function getExporter(id: string): Exporter | undefined {
  return exporters.get(id);
}

export function exporterIds(): string[] {
  return [...exporters.keys()];
}

// The canonical JSON format (shared/graph-format.ts): self-contained, provenance included.
import type { Exporter } from './registry';

export const jsonExporter: Exporter = {
  id: 'json',
  label: 'KG Explorer JSON (canonical)',
  extension: 'json',
  mediaType: 'application/json',
  write: (graph) => JSON.stringify(graph, null, 2) + '\n',
};

// Typings for the two internal modules of graphology-layout-forceatlas2 the layout worker drives
// directly (the package ships types for its public entry points only). `iterate` runs one
// ForceAtlas2 step over flat matrices: 10 floats per node, 3 per edge (see its helpers.js).
declare module 'graphology-layout-forceatlas2/iterate' {
  import type { ForceAtlas2Settings } from 'graphology-layout-forceatlas2';
  export default function iterate(settings: Required<ForceAtlas2Settings>, nodes: Float32Array, edges: Float32Array): void;
}

declare module 'graphology-layout-forceatlas2/defaults' {
  import type { ForceAtlas2Settings } from 'graphology-layout-forceatlas2';
  const defaults: Required<ForceAtlas2Settings>;
  export default defaults;
}

// The Cytoscape layouts worker: fcose, concentric, breadthfirst and grid in a headless Cytoscape
// (./algorithms), for views up to about a thousand nodes.
import { runLayout } from './algorithms';
import { serveLayouts } from './worker-host';

serveLayouts(runLayout);

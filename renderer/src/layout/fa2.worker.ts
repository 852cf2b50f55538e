// The ForceAtlas2 worker: graphology's FA2 and nothing else, so that this small script starts at
// once for the large views that need it (the Cytoscape worker carries a whole Cytoscape).
import { runFa2 } from './fa2';
import { serveLayouts } from './worker-host';

serveLayouts(runFa2);

// The process the crash test kills: ingests a folder into a store and prints `progress N` after
// each article (reported after its commit group is on disk), then `done`.
// With `workers`, the rule engine prepares the articles on two threads, as in the app.
//   node --import tsx test/crash/ingest-child.ts DB_PATH CORPUS_DIR [workers]
import { ingestPaths } from '../../electron/core/pipeline/index';
import { openStore } from '../../electron/core/store/index';
import { prepareWorkers } from '../../electron/core/worker/spawn';
import { crashExtractor } from './crash-extractor';

const [dbPath, corpusDir, mode] = process.argv.slice(2);
if (!dbPath || !corpusDir) throw new Error('usage: ingest-child.ts DB_PATH CORPUS_DIR [workers]');
const db = openStore(dbPath);
const engine = mode === 'workers' ? { workers: { spawn: prepareWorkers(), threads: 2 } } : { extractor: crashExtractor() };
const summary = await ingestPaths(db, [corpusDir], {
  ...engine,
  onProgress: (p) => process.stdout.write(`progress ${p.done} ${p.total}\n`),
});
db.close();
process.stdout.write(`done ${summary.added}\n`);

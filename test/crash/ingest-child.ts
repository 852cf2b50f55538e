// The process the crash test kills: ingests a folder into a store and prints `progress N` after
// each article (reported after its commit group is on disk), then `done`.
//   node --import tsx test/crash/ingest-child.ts DB_PATH CORPUS_DIR
import { ingestPaths } from '../../electron/core/pipeline/index';
import { openStore } from '../../electron/core/store/index';
import { crashExtractor } from './crash-extractor';

const [dbPath, corpusDir] = process.argv.slice(2);
if (!dbPath || !corpusDir) throw new Error('usage: ingest-child.ts DB_PATH CORPUS_DIR');
const db = openStore(dbPath);
const summary = await ingestPaths(db, [corpusDir], {
  extractor: crashExtractor(),
  onProgress: (p) => process.stdout.write(`progress ${p.done} ${p.total}\n`),
});
db.close();
process.stdout.write(`done ${summary.added}\n`);

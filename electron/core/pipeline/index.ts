// The ingest pipeline: files (or decoded articles) in, articles and their extracted graph stored.
// Pure functions of a database handle and their inputs, with progress through a callback, so the
// same code runs in the CLI, in tests and in a worker thread.
export { ingestPaths } from './ingest-paths';
export { ingestBatch, DEFAULT_GROUP_COMMIT, DEFAULT_MIN_ARTICLES_FOR_WORKERS, type BatchItem } from './batch';
export { ingestArticle, storePrepared, extractorTag } from './ingest-article';
export { prepareArticle, type ArticleSource, type PreparedArticle, type PrepareResult } from './prepare';
export { createPreparePool, defaultPrepareThreads, servePrepareJobs, type PreparePool, type PrepareWorkerData, type SpawnPrepareWorker } from './prepare-pool';
export { checkExtraction, type CheckedExtraction } from './check-extraction';
export type * from './types';

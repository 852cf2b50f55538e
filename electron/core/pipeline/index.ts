// The ingest pipeline: files (or decoded articles) in, articles and their extracted graph stored.
// Pure functions of a database handle and their inputs, with progress through a callback, so the
// same code runs in the CLI, in tests and in a worker thread.
export { ingestPaths } from './ingest-paths';
export { ingestBatch, DEFAULT_GROUP_COMMIT, type BatchItem } from './batch';
export { ingestArticle, extractorTag } from './ingest-article';
export { checkExtraction, type CheckedExtraction } from './check-extraction';
export type * from './types';

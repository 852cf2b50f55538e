// Loading a canonical graph file into a new store: parse and check the file, then write it.
export { parseCanonicalGraph, MAX_ARTICLE_CHARS } from './parse';
export { importGraph, IMPORT_TAG, type ImportOptions, type ImportReport } from './import';
export { rebuildArticleText, type Quote, type RebuiltText } from './article-text';

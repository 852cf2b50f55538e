// Ingestion: files -> decoded, normalised article text + metadata. The pipeline lists the input
// files, reads each into a DecodedArticle and hands `text.slice(bodyStart, bodyEnd)` with `lang`
// to extraction; offsets are UTF-16 code units of the stored `text`.
export { MAX_FILE_BYTES, INPUT_EXTENSIONS, readArticle, articleKind, type ReadOptions } from './read';
export { listInputFiles } from './list';
export { decodeBytes, type DecodedBytes } from './decode';
export { parseArticle } from './parse';
export { detectLanguage, type DetectedLanguage } from './language';
export type { ArticleKind, DecodedArticle, InputListing, ParseInput } from './types';

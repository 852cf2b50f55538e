// The shapes ingestion hands to the rest of the engine: the listing of input files and one
// decoded article. Offsets (`bodyStart`, `bodyEnd`) are UTF-16 code units of `text`, the same
// units the extractor and the store use for evidence spans.
import type { Lang } from '../../../shared/domain';
import type { ErrorValue } from '../../../shared/errors';

export type ArticleKind = 'txt' | 'md' | 'html';

export interface InputListing {
  /** Absolute paths of readable input files, sorted by code unit, without duplicates. */
  files: string[];
  /** Paths that could not be listed or were named directly with an unsupported extension. */
  errors: { path: string; error: ErrorValue }[];
}

export interface DecodedArticle {
  /** Base name of the file. */
  file: string;
  /** Absolute path of the file. */
  path: string;
  /** sha256 hex of `text`, so that a re-encoded but identical article counts as unchanged. */
  hash: string;
  /** Size of the file in bytes, as read. */
  byteLength: number;
  /** The encoding the bytes were decoded from, e.g. 'UTF-8', 'UTF-8 BOM', 'UTF-16LE', 'windows-1256'. */
  encoding: string;
  /**
   * The stored text: decoded, BOM removed, NFC. For .txt and .md it is otherwise the file's own
   * text (line endings and whitespace kept), so quotes can be checked against the raw file.
   * For .html it is the visible text content, paragraphs separated by blank lines.
   */
  text: string;
  title: string | null;
  /** Publication date as ISO yyyy-mm-dd, only when the header or the page metadata states it. */
  date: string | null;
  url: string | null;
  lang: Lang;
  /** How sure language detection was, from 0 to 1. */
  langConfidence: number;
  /** Extraction reads `text.slice(bodyStart, bodyEnd)`: from the headline to before trailing furniture. */
  bodyStart: number;
  bodyEnd: number;
}

export interface ParseInput {
  file: string;
  path: string;
  text: string;
  kind: ArticleKind;
  byteLength: number;
  encoding: string;
}

// Everything about one article that needs no database: read and decode it, extract, check the
// extraction and fold the text for the search index. This is most of an ingest's CPU time, and
// since it is a pure function of the article it can run on another thread (./prepare-pool.ts)
// while the writing thread stores the articles before it.
import { errorValue, type ErrorValue } from '../../../shared/errors';
import { foldForIndex } from '../../../shared/text/fold';
import type { Extractor } from '../extract/types';
import { parseArticle, readArticle, type DecodedArticle, type ParseInput } from '../ingest/index';
import { checkExtraction, type CheckedExtraction } from './check-extraction';

/** Where an article comes from, described so that it can cross to a worker thread. */
export type ArticleSource = { kind: 'file'; path: string; maxBytes?: number } | { kind: 'text'; input: ParseInput };

/** The version of the article the store holds, when it holds one. */
export interface StoredVersion {
  hash: string;
  extractor: string;
}

export interface PreparedArticle {
  decoded: DecodedArticle;
  /**
   * The checked extraction, or null when the text and extractor are those of `stored`: the
   * article is then most likely unchanged and was not extracted again (the writer checks).
   */
  checked: CheckedExtraction | null;
  /** foldForIndex(decoded.text), for the full-text index; null when `checked` is. */
  indexText: string | null;
}

/** A prepared article that was extracted. */
export type ExtractedArticle = PreparedArticle & { checked: CheckedExtraction; indexText: string };

export function isExtracted(article: PreparedArticle): article is ExtractedArticle {
  return article.checked !== null && article.indexText !== null;
}

export type PrepareResult = { ok: true; article: PreparedArticle } | { ok: false; error: ErrorValue };

export function readSource(source: ArticleSource): DecodedArticle {
  return source.kind === 'file' ? readArticle(source.path, { maxBytes: source.maxBytes }) : parseArticle(source.input);
}

/** How the store records which extractor read an article. */
export function extractorTag(extractor: Pick<Extractor, 'id' | 'version'>): string {
  return `${extractor.id}@${extractor.version}`;
}

export function isUnchanged(decoded: DecodedArticle, stored: StoredVersion | undefined, tag: string): boolean {
  return stored !== undefined && stored.hash === decoded.hash && stored.extractor === tag;
}

/** Extracts and checks a decoded article, and folds its text for the search index. */
export function extractArticle(decoded: DecodedArticle, extractor: Extractor): ExtractedArticle {
  const { text, lang, bodyStart, bodyEnd, date } = decoded;
  const checked = checkExtraction(text, extractor.extract({ text, lang, bodyStart, bodyEnd, date }));
  return { decoded, checked, indexText: foldForIndex(text) };
}

/** Reads the article and, unless `stored` shows it unchanged, extracts it. Never throws. */
export function prepareArticle(source: ArticleSource, extractor: Extractor, stored?: StoredVersion): PrepareResult {
  try {
    const decoded = readSource(source);
    if (isUnchanged(decoded, stored, extractorTag(extractor))) return { ok: true, article: { decoded, checked: null, indexText: null } };
    return { ok: true, article: extractArticle(decoded, extractor) };
  } catch (err) {
    return { ok: false, error: errorValue(err) };
  }
}

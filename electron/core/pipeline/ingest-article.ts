// Ingesting one decoded article: skip it when the same text was already read by the same
// extractor version, else extract, check, and store it with all its derived data in one
// transaction, replacing the previous version of the same file. Extraction runs before the
// transaction opens, so a slow or failing extractor never holds the write lock or leaves a half
// article; a failure leaves the stored version as it was.
import type { Extractor } from '../extract/types';
import type { DecodedArticle } from '../ingest/index';
import { addArticle, dropArticle, getArticleSummaryByFile, type Db } from '../store/index';
import { checkExtraction } from './check-extraction';
import type { ArticleOutcome } from './types';
import { writeExtraction } from './write-extraction';

/** How the store records which extractor read an article. */
export function extractorTag(extractor: Extractor): string {
  return `${extractor.id}@${extractor.version}`;
}

export function ingestArticle(
  db: Db,
  decoded: DecodedArticle,
  extractor: Extractor,
  opts: { now?: () => Date } = {},
): ArticleOutcome {
  const tag = extractorTag(extractor);
  const existing = getArticleSummaryByFile(db, decoded.file);
  if (existing && existing.hash === decoded.hash && existing.extractor === tag) {
    return { status: 'unchanged', articleId: existing.id, warnings: [] };
  }
  const { text, lang, bodyStart, bodyEnd, date } = decoded;
  const checked = checkExtraction(text, extractor.extract({ text, lang, bodyStart, bodyEnd, date }));
  const ingestedAt = (opts.now?.() ?? new Date()).toISOString();
  return db.transaction((): ArticleOutcome => {
    if (existing) dropArticle(db, existing.id);
    const articleId = addArticle(db, {
      file: decoded.file,
      path: decoded.path,
      hash: decoded.hash,
      title: decoded.title,
      date: decoded.date,
      lang,
      url: decoded.url,
      encoding: decoded.encoding,
      byteLength: decoded.byteLength,
      text,
      bodyStart,
      bodyEnd,
      ingestedAt,
      extractor: tag,
    });
    const notes = writeExtraction(db, articleId, checked.extraction);
    return { status: existing ? 'replaced' : 'added', articleId, warnings: [...checked.problems, ...notes] };
  })();
}

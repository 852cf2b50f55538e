// Ingesting one decoded article: skip it when the same text was already read by the same
// extractor version, else extract, check, and store it with all its derived data in one
// transaction, replacing the previous version of the same file. Extraction (./prepare.ts) runs
// before the article's transaction opens, so a failing extractor never leaves a half article; a
// failure leaves the stored version as it was.
import type { Extractor } from '../extract/types';
import type { DecodedArticle } from '../ingest/index';
import { addArticle, dropArticle, getArticleSummaryByFile, relabelEntities, type Db } from '../store/index';
import { extractArticle, extractorTag, isExtracted, isUnchanged, type PreparedArticle } from './prepare';
import type { ArticleOutcome } from './types';
import { writeExtraction } from './write-extraction';

export { extractorTag } from './prepare';

export interface StoreOptions {
  now?: () => Date;
}

/**
 * Stores an article prepared elsewhere (maybe on another thread, against an older view of the
 * store): the store is asked again whether the article is unchanged, and an article that was not
 * extracted because it looked unchanged is extracted here after all.
 */
export function storePrepared(db: Db, prepared: PreparedArticle, extractor: Extractor, opts: StoreOptions = {}): ArticleOutcome {
  const { decoded } = prepared;
  const existing = getArticleSummaryByFile(db, decoded.file);
  if (isUnchanged(decoded, existing, extractorTag(extractor))) {
    return { status: 'unchanged', articleId: existing!.id, warnings: [] };
  }
  const { checked, indexText } = isExtracted(prepared) ? prepared : extractArticle(decoded, extractor);
  const ingestedAt = (opts.now?.() ?? new Date()).toISOString();
  return db.transaction((): ArticleOutcome => {
    const named = existing ? dropArticle(db, existing.id) : [];
    const { text, bodyStart, bodyEnd } = decoded;
    const articleId = addArticle(
      db,
      {
        file: decoded.file,
        path: decoded.path,
        hash: decoded.hash,
        title: decoded.title,
        date: decoded.date,
        lang: decoded.lang,
        url: decoded.url,
        encoding: decoded.encoding,
        byteLength: decoded.byteLength,
        text,
        bodyStart,
        bodyEnd,
        ingestedAt,
        extractor: extractorTag(extractor),
      },
      indexText,
    );
    const notes = writeExtraction(db, articleId, checked.extraction);
    // An entity the old version named may have lost the name it was labelled with.
    relabelEntities(db, named);
    return { status: existing ? 'replaced' : 'added', articleId, warnings: [...checked.problems, ...notes] };
  })();
}

export function ingestArticle(db: Db, decoded: DecodedArticle, extractor: Extractor, opts: StoreOptions = {}): ArticleOutcome {
  return storePrepared(db, { decoded, checked: null, indexText: null }, extractor, opts);
}

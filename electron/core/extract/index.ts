// The extraction engine's entry point: a rule-based extractor that runs offline and
// deterministically, and records for every mention and relation the rule and the words that
// produced it. Knowledge lives in data (libraries and resources/lexicon/*.json); the rules in
// ./ner and ./relations only read it. The lexicon is loaded on the first extraction.
import type { Extractor } from './types';
import { DEFAULT_LEXICON_DIR, loadLexicon } from './lexicon/load';
import { runExtraction } from './pipeline';

export interface ExtractorOptions {
  /** Folder of the lexicon JSON files; the app passes its resources path. */
  lexiconDir?: string;
}

export function createExtractor(options: ExtractorOptions = {}): Extractor {
  const dir = options.lexiconDir ?? DEFAULT_LEXICON_DIR;
  return {
    id: 'kg-rules',
    version: '1',
    extract: (article) => runExtraction(article, loadLexicon(dir)),
  };
}

export const extractor: Extractor = createExtractor();

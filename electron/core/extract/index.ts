// The extraction engine's entry point. Until the rule engine lands this returns nothing, so that
// ingestion and the store can be built and tested behind the narrow interface in ./types.
import type { Extractor } from './types';

export const extractor: Extractor = {
  id: 'kg-rules',
  version: '0',
  extract: () => ({ entities: [], mentions: [], relations: [] }),
};

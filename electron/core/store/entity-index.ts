// The store's side of the resolver contract (extract/types.ts EntityIndex): how the resolver
// finds an entity that already exists, by key, folded alias or cross-script skeleton. An
// entity's label counts as one of its aliases, since an extractor may label an entity with a
// name (a lexicon's canonical form) that no article spells out.
import type { EntityIndex } from '../extract/types';
import { entityIdsByAlias, entityIdsBySkeleton } from './aliases';
import type { Db } from './db';
import { entityIdByKey, entityIdsByLabelKey } from './entities';

export function storeEntityIndex(db: Db): EntityIndex {
  return {
    byKey: (key) => entityIdByKey(db, key),
    byAlias: (type, aliasKey) => [...new Set([...entityIdsByAlias(db, type, aliasKey), ...entityIdsByLabelKey(db, type, aliasKey)])],
    bySkeleton: (type, key) => entityIdsBySkeleton(db, type, key),
  };
}

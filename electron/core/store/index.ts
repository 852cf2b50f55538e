// The knowledge store's public surface: open a store, then pass it to the query modules.
export { openStore, type OpenStoreOptions } from './open';
export type { Db } from './db';
export { migrate, MIGRATIONS, SCHEMA_VERSION, schemaVersion } from './migrations/index';
export * from './articles';
export * from './entities';
export * from './aliases';
export * from './mentions';
export * from './relations';
export * from './evidence';
export * from './curation';
export { applyCurationLog, refForEntity, resolveEntityRef, type CurationReport } from './curation-apply';
export { mergeEntities } from './merge';
export { storeEntityIndex } from './entity-index';
export { searchArticles, searchEntities, type ArticleHit, type EntityHit, type SearchOptions } from './search';
export { toFtsQuery, type FtsQuery, type QueryTerm } from './fts-query';
export type { Snippet } from './snippet';
export { storeStats, type StoreStats } from './stats';
export { getSetting, setSetting } from './settings';
export {
  chooseLabel,
  DEFAULT_LABEL_PREFERENCE,
  labelPreference,
  relabelAll,
  relabelArticles,
  relabelEntities,
  setLabelPreference,
} from './labels';

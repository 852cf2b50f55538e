// Store-wide counts for `kg stats` and the app's status bar.
import type { EntityType, RelationType } from '../../../shared/domain';
import { countAliases } from './aliases';
import { countArticles } from './articles';
import { countCuration } from './curation';
import type { Db } from './db';
import { countEntitiesByType } from './entities';
import { countEvidence } from './evidence';
import { countMentions } from './mentions';
import { schemaVersion } from './migrations/index';
import { countRelationsByType } from './relations';

export interface StoreStats {
  schemaVersion: number;
  articles: number;
  entities: number;
  entitiesByType: Partial<Record<EntityType, number>>;
  aliases: number;
  mentions: number;
  relations: number;
  relationsByType: Partial<Record<RelationType, number>>;
  evidence: number;
  curation: number;
  /** Database size in bytes (pages in use, WAL excluded). */
  bytes: number;
}

function sum(m: Map<string, number>): number {
  let n = 0;
  for (const v of m.values()) n += v;
  return n;
}

export function storeStats(db: Db): StoreStats {
  const entities = countEntitiesByType(db);
  const relations = countRelationsByType(db);
  const pageSize = db.pragma('page_size', { simple: true }) as number;
  const pages = db.pragma('page_count', { simple: true }) as number;
  return {
    schemaVersion: schemaVersion(db),
    articles: countArticles(db),
    entities: sum(entities),
    entitiesByType: Object.fromEntries(entities),
    aliases: countAliases(db),
    mentions: countMentions(db),
    relations: sum(relations),
    relationsByType: Object.fromEntries(relations),
    evidence: countEvidence(db),
    curation: countCuration(db),
    bytes: pageSize * pages,
  };
}

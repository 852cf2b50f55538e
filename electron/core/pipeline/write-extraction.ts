// Writing one article's checked extraction into the store: candidates are resolved onto existing
// entities (by key, alias or skeleton, see extract/resolve.ts) or added; their aliases are merged
// with this article as their source; then mentions, relations (upserted by source, type, target)
// and evidence. Runs inside the article's transaction.
import { KgError } from '../../../shared/errors';
import { resolveEntities } from '../extract/resolve';
import type { CandidateEntity, Extraction } from '../extract/types';
import {
  addEntity,
  addMention,
  entityIdByKey,
  mergeAlias,
  mergeEvidence,
  mergeRelation,
  storeEntityIndex,
  type Db,
} from '../store/index';

/** Candidates some mention or relation refers to; the others would be entities with no support. */
function referenced(extraction: Extraction): CandidateEntity[] {
  const used = new Set<string>(extraction.mentions.map((m) => m.entity));
  for (const r of extraction.relations) used.add(r.source).add(r.target);
  return extraction.entities.filter((e) => used.has(e.localId));
}

function storeEntities(db: Db, articleId: number, candidates: CandidateEntity[]): Map<string, number> {
  const resolved = resolveEntities(candidates, storeEntityIndex(db));
  const ids = new Map<string, number>();
  for (const c of candidates) {
    // Two candidates of one article may carry the same key; the second finds the first here.
    const id = resolved.get(c.localId) ?? (c.key ? entityIdByKey(db, c.key) : undefined) ?? addEntity(db, c);
    ids.set(c.localId, id);
    for (const alias of c.aliases) mergeAlias(db, id, alias.name, alias.lang, articleId);
  }
  return ids;
}

function lookup(ids: Map<string, number>, localId: string): number {
  const id = ids.get(localId);
  // check-extraction.ts guarantees every reference names a candidate.
  if (id === undefined) throw new KgError('INTERNAL', `unchecked extraction: no entity ${localId}`);
  return id;
}

/** Writes the extraction; returns notes on relations skipped because both ends are one entity. */
export function writeExtraction(db: Db, articleId: number, extraction: Extraction): string[] {
  const ids = storeEntities(db, articleId, referenced(extraction));
  for (const m of extraction.mentions) {
    addMention(db, { entityId: lookup(ids, m.entity), articleId, start: m.start, end: m.end, rule: m.rule });
  }
  const notes: string[] = [];
  for (const r of extraction.relations) {
    const sourceId = lookup(ids, r.source);
    const targetId = lookup(ids, r.target);
    if (sourceId === targetId) {
      notes.push(`relation ${r.source} -${r.type}-> ${r.target} skipped: both ends resolve to one entity`);
      continue;
    }
    const relationId = mergeRelation(db, { sourceId, type: r.type, targetId }, r.attributes);
    for (const ev of r.evidence) mergeEvidence(db, { relationId, articleId, ...ev });
  }
  return notes;
}

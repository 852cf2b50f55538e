// Merging one entity into another: the analyst's "these two nodes are the same thing". Aliases,
// mentions and relations move onto the surviving entity; relations that now coincide are merged
// with their evidence, and a relation from the entity to itself is dropped. A stable key moves
// too when the survivor has none, so that later articles resolve to the survivor.
import { moveAliases } from './aliases';
import type { Db } from './db';
import { dropEntity, getEntity, knownLabel, updateEntityKey } from './entities';
import { moveEvidence } from './evidence';
import { moveMentions } from './mentions';
import { dropRelation, mergeRelation, relationsFrom, relationsTo, setRelationSuppressed } from './relations';

function moveRelations(db: Db, fromId: number, intoId: number): void {
  for (const rel of [...relationsFrom(db, fromId), ...relationsTo(db, fromId)]) {
    const sourceId = rel.sourceId === fromId ? intoId : rel.sourceId;
    const targetId = rel.targetId === fromId ? intoId : rel.targetId;
    if (sourceId !== targetId) {
      const into = mergeRelation(db, { sourceId, type: rel.type, targetId }, rel.attributes ?? undefined);
      moveEvidence(db, rel.id, into);
      if (rel.suppressed) setRelationSuppressed(db, into, true);
    }
    dropRelation(db, rel.id);
  }
}

/** Merges entity `fromId` into `intoId` and drops `fromId`. Call inside a transaction. */
export function mergeEntities(db: Db, fromId: number, intoId: number): void {
  if (fromId === intoId) return;
  const from = getEntity(db, fromId);
  const into = getEntity(db, intoId);
  if (!from || !into) return;
  moveAliases(db, fromId, intoId);
  moveMentions(db, fromId, intoId);
  moveRelations(db, fromId, intoId);
  const known = knownLabel(db, fromId);
  dropEntity(db, fromId);
  if (from.key && !into.key) updateEntityKey(db, intoId, from.key, known);
}

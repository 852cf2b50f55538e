// Replaying the curation log over the store. Replay is a pure function of the log and the
// extracted data: suppression flags are cleared and set again, and merges and renames that
// already took effect find nothing left to do (a merged entity's names now lead to the survivor). The pipeline runs it after every ingest so that
// corrections survive re-ingesting the articles they were made on.
import type { EntityType } from '../../../shared/domain';
import { foldKey } from '../../../shared/text/fold';
import { entityIdsByAlias } from './aliases';
import { listCuration, type CurationEntry, type EntityRef } from './curation';
import type { Db } from './db';
import {
  clearEntitySuppression,
  entityIdByKey,
  entityIdsByLabelKey,
  entityIdsByOriginLabelKey,
  originLabelKey,
  getEntity,
  renameEntity,
  setEntitySuppressed,
} from './entities';
import { mergeEntities } from './merge';
import { clearRelationSuppression, findRelation, setRelationSuppressed } from './relations';

export interface CurationReport {
  applied: number;
  /** Entries that found no entity (or more than one) to act on, e.g. before their article is ingested. */
  unresolved: { id: number; reason: string }[];
}

type Resolved = { id: number } | { reason: string };

function byLabel(db: Db, type: EntityType, label: string): number[] {
  return entityIdsByLabelKey(db, type, foldKey(label));
}

/**
 * The one entity a reference names: by key, else by the label it was created with (labels follow
 * the store's language preference, see labels.ts, so the label recorded may have moved on), else
 * by its label now, else by a label it was created with, else by alias.
 */
export function resolveEntityRef(db: Db, ref: EntityRef): Resolved {
  const keyed = ref.key === undefined ? undefined : entityIdByKey(db, ref.key);
  if (keyed !== undefined) return { id: keyed };
  const folded = foldKey(ref.label);
  const lookups = [
    () => (ref.origin === undefined ? [] : entityIdsByOriginLabelKey(db, ref.type, ref.origin)),
    () => entityIdsByLabelKey(db, ref.type, folded),
    () => entityIdsByOriginLabelKey(db, ref.type, folded),
    () => entityIdsByAlias(db, ref.type, folded),
  ];
  let candidates: number[] = [];
  for (const lookup of lookups) if (candidates.length === 0) candidates = lookup();
  if (candidates.length === 1) return { id: candidates[0]! };
  const what = `${ref.type} "${ref.label}"${ref.key ? ` (${ref.key})` : ''}`;
  return { reason: candidates.length === 0 ? `no ${what} in the store` : `${candidates.length} entities match ${what}` };
}

/** Whether the entity `from` names is gone into `intoId` already: its name is one of the survivor's. */
function alreadyMerged(db: Db, from: EntityRef, intoId: number): boolean {
  const into = getEntity(db, intoId);
  return into !== undefined && entityIdsByAlias(db, into.type, foldKey(from.label)).includes(intoId);
}

/** The reference the curation log should record for entity `id`. */
export function refForEntity(db: Db, id: number): EntityRef | undefined {
  const e = getEntity(db, id);
  if (!e) return undefined;
  if (e.key) return { type: e.type, label: e.label, key: e.key };
  const origin = originLabelKey(db, id);
  return origin ? { type: e.type, label: e.label, origin } : { type: e.type, label: e.label };
}

function applyEntry(db: Db, entry: CurationEntry): string | undefined {
  switch (entry.action) {
    case 'merge': {
      const from = resolveEntityRef(db, entry.from);
      const into = resolveEntityRef(db, entry.into);
      if ('reason' in into) return into.reason;
      if ('reason' in from) return alreadyMerged(db, entry.from, into.id) ? undefined : from.reason;
      mergeEntities(db, from.id, into.id);
      return undefined;
    }
    case 'rename': {
      const target = resolveEntityRef(db, entry.entity);
      if ('id' in target) renameEntity(db, target.id, entry.label);
      else if (byLabel(db, entry.entity.type, entry.label).length === 0) return target.reason;
      return undefined;
    }
    case 'suppress_entity': {
      const target = resolveEntityRef(db, entry.entity);
      if ('reason' in target) return target.reason;
      setEntitySuppressed(db, target.id, true);
      return undefined;
    }
    case 'suppress_relation': {
      const source = resolveEntityRef(db, entry.source);
      const target = resolveEntityRef(db, entry.target);
      if ('reason' in source) return source.reason;
      if ('reason' in target) return target.reason;
      const rel = findRelation(db, { sourceId: source.id, type: entry.type, targetId: target.id });
      if (!rel) return `no ${entry.type} relation between ${entry.source.label} and ${entry.target.label}`;
      setRelationSuppressed(db, rel.id, true);
      return undefined;
    }
  }
}

/** Replays the whole curation log in one transaction. */
export function applyCurationLog(db: Db): CurationReport {
  return db.transaction((): CurationReport => {
    clearEntitySuppression(db);
    clearRelationSuppression(db);
    const report: CurationReport = { applied: 0, unresolved: [] };
    for (const entry of listCuration(db)) {
      const reason = applyEntry(db, entry);
      if (reason === undefined) report.applied++;
      else report.unresolved.push({ id: entry.id, reason });
    }
    return report;
  })();
}

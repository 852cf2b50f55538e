// Maps an article's candidate entities onto entities already in the store: by stable key first,
// then by a folded alias of the same type, then (for names with no code) by cross-script
// skeleton. A candidate that matches nothing becomes a new entity.
import { foldKey } from '../../../shared/text/fold';
import { skeleton } from '../../../shared/text/skeleton';
import type { CandidateEntity, EntityIndex } from './types';

const SKELETON_TYPES = new Set(['official', 'organization', 'region']);

function unique(ids: number[]): number | undefined {
  const set = new Set(ids);
  return set.size === 1 ? [...set][0] : undefined;
}

export function resolveEntity(candidate: CandidateEntity, index: EntityIndex): number | undefined {
  if (candidate.key) return index.byKey(candidate.key);
  const names = [candidate.label, ...candidate.aliases.map((a) => a.name)];
  const byAlias = unique(names.flatMap((n) => index.byAlias(candidate.type, foldKey(n))));
  if (byAlias !== undefined || !SKELETON_TYPES.has(candidate.type)) return byAlias;
  const skeletons = names.map(skeleton).filter((s) => s.replace(/ /g, '').length >= 4);
  return unique(skeletons.flatMap((s) => index.bySkeleton(candidate.type, s)));
}

/** localId -> existing entity id, for the candidates that already exist. */
export function resolveEntities(candidates: CandidateEntity[], index: EntityIndex): Map<string, number> {
  const out = new Map<string, number>();
  for (const c of candidates) {
    const id = resolveEntity(c, index);
    if (id !== undefined) out.set(c.localId, id);
  }
  return out;
}

// The ids the engine shows the outside world: store row ids with a kind prefix (`e12`, `r5`,
// `a3`, see ID_PREFIX in shared/ipc.ts). Converting here, and only here, keeps integer row ids
// inside the store and prefixed ids outside it.
import { ID_PREFIX } from '../../../shared/ipc';

export const entityId = (rowId: number): string => `${ID_PREFIX.entity}${rowId}`;
export const relationId = (rowId: number): string => `${ID_PREFIX.relation}${rowId}`;
export const articleId = (rowId: number): string => `${ID_PREFIX.article}${rowId}`;

function rowIdOf(prefix: string, id: string): number {
  if (!id.startsWith(prefix)) throw new RangeError(`not a ${prefix}-id: ${id}`);
  const n = Number(id.slice(prefix.length));
  if (!Number.isSafeInteger(n) || n <= 0) throw new RangeError(`not a ${prefix}-id: ${id}`);
  return n;
}

/** Row ids of ids that the contract's schemas have already validated. */
export const entityRowId = (id: string): number => rowIdOf(ID_PREFIX.entity, id);
export const relationRowId = (id: string): number => rowIdOf(ID_PREFIX.relation, id);
export const articleRowId = (id: string): number => rowIdOf(ID_PREFIX.article, id);

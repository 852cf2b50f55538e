// Which relations a bounded view keeps when the entities it shows share more relations than a
// screen can carry (the 300 most connected entities of a 10,000-article store share about ten
// thousand). Every entity first keeps its best-attested relation, so nothing that has relations
// is left floating; the rest of the room goes to the best-attested relations overall. Typed
// relations come before co-mentions, then more evidence before less, then the older relation.
import { CO_MENTIONED } from '../../../shared/domain';
import type { ViewEdge } from '../../../shared/ipc';
import { relationRowId } from './ids';

function stronger(a: ViewEdge, b: ViewEdge): number {
  const typed = Number(a.type === CO_MENTIONED) - Number(b.type === CO_MENTIONED);
  return typed || b.evidenceCount - a.evidenceCount || relationRowId(a.id) - relationRowId(b.id);
}

/** At most `max` of `edges`, chosen as described above, in their original order. */
export function backbone(edges: readonly ViewEdge[], max: number): ViewEdge[] {
  if (edges.length <= max) return [...edges];
  const ranked = [...edges].sort(stronger);
  const kept = new Set<ViewEdge>();
  const covered = new Set<string>();
  for (const e of ranked) {
    if (kept.size >= max) break;
    if (covered.has(e.source) && covered.has(e.target)) continue;
    kept.add(e);
    covered.add(e.source).add(e.target);
  }
  for (const e of ranked) {
    if (kept.size >= max) break;
    kept.add(e);
  }
  return edges.filter((e) => kept.has(e));
}

// Plans how to bring Cytoscape from what it shows to what the view state wants: which elements
// to add, which to remove, whose data changed. Pure over plain data, so it is tested without a
// renderer, and the mount applies the plan in one batch; positions of nodes that stay are never
// touched here.
import type cytoscape from 'cytoscape';

export interface SyncPlan {
  add: cytoscape.ElementDefinition[];
  remove: string[];
  update: Array<{ id: string; data: Record<string, unknown> }>;
  lock: string[];
  unlock: string[];
}

export interface CurrentElement {
  data: Record<string, unknown>;
  locked: boolean;
}

function dataChanged(current: Record<string, unknown>, next: Record<string, unknown>): boolean {
  for (const [key, value] of Object.entries(next)) if (current[key] !== value) return true;
  for (const key of Object.keys(current)) if (!(key in next) && (key === 'community' || key === 'communityColor')) return true;
  return false;
}

export function planSync(current: ReadonlyMap<string, CurrentElement>, desired: readonly cytoscape.ElementDefinition[]): SyncPlan {
  const plan: SyncPlan = { add: [], remove: [], update: [], lock: [], unlock: [] };
  const wanted = new Set<string>();
  for (const def of desired) {
    const id = def.data.id;
    if (id === undefined) continue;
    wanted.add(id);
    const now = current.get(id);
    if (!now) {
      plan.add.push(def);
      continue;
    }
    const data = def.data as Record<string, unknown>;
    if (dataChanged(now.data, data)) plan.update.push({ id, data });
    const locked = def.group === 'nodes' && def.locked === true;
    if (locked && !now.locked) plan.lock.push(id);
    if (!locked && now.locked) plan.unlock.push(id);
  }
  for (const id of current.keys()) if (!wanted.has(id)) plan.remove.push(id);
  return plan;
}

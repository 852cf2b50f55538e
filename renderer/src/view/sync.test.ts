// Sync plans between what Cytoscape shows and what the view state wants.
import { describe, expect, it } from 'vitest';
import { planSync } from './sync';

describe('planSync', () => {
  it('adds, removes, updates and toggles locks, leaving unchanged elements alone', () => {
    const current = new Map([
      ['e1', { data: { id: 'e1', label: 'A', size: 20 }, locked: false }],
      ['e2', { data: { id: 'e2', label: 'B', size: 20 }, locked: true }],
      ['e3', { data: { id: 'e3', label: 'C', size: 20, community: 1, communityColor: '#fff' }, locked: false }],
      ['gone', { data: { id: 'gone' }, locked: false }],
    ]);
    const plan = planSync(current, [
      { group: 'nodes', data: { id: 'e1', label: 'A', size: 20 }, locked: true },
      { group: 'nodes', data: { id: 'e2', label: 'B', size: 30 } },
      { group: 'nodes', data: { id: 'e3', label: 'C', size: 20 } },
      { group: 'nodes', data: { id: 'new', label: 'N' } },
    ]);
    expect(plan.add.map((d) => d.data.id)).toEqual(['new']);
    expect(plan.remove).toEqual(['gone']);
    expect(plan.update.map((u) => u.id)).toEqual(['e2', 'e3']);
    expect(plan.lock).toEqual(['e1']);
    expect(plan.unlock).toEqual(['e2']);
  });
});

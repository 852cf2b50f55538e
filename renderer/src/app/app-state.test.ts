// The view state, undo history and filter translation: pure, no DOM.
import { describe, expect, it } from 'vitest';
import type { GraphView, ViewEdge, ViewNode } from '../../../shared/ipc';
import { DEFAULT_FILTERS, toGraphFilters, toggled } from './filters';
import { History } from './history';
import { EMPTY, extend, focusOn, hide, refresh, setPinned, visibleEdges, visibleNodes, withPositions } from './working-set';

const n = (id: string): ViewNode => ({ id, type: 'country', label: id, aliases: {}, mentionCount: 1, degree: 1 });
const e = (id: string, source: string, target: string): ViewEdge => ({ id, source, target, type: 'meets', evidenceCount: 1 });
const view = (nodes: ViewNode[], edges: ViewEdge[]): GraphView => ({ nodes, edges, totals: { nodes: 10, edges: 20, articles: 5 }, truncated: false });

describe('working set', () => {
  const base = refresh(EMPTY, [{ kind: 'overview' }], [view([n('e1'), n('e2')], [e('r1', 'e1', 'e2')])]);

  it('extends with an expansion and keeps what was there', () => {
    const next = extend(base, { kind: 'neighbourhood', ids: ['e2'], depth: 1 }, view([n('e2'), n('e3')], [e('r2', 'e2', 'e3')]));
    expect([...next.nodes.keys()]).toEqual(['e1', 'e2', 'e3']);
    expect(next.sources).toHaveLength(2);
    expect(next.totals?.nodes).toBe(10);
  });

  it('hides nodes and their edges, and an expansion brings hidden nodes back', () => {
    const hidden = hide(base, ['e2']);
    expect(visibleNodes(hidden).map((x) => x.id)).toEqual(['e1']);
    expect(visibleEdges(hidden)).toEqual([]);
    const back = extend(hidden, { kind: 'entities', ids: ['e2'] }, view([n('e2')], []));
    expect(back.hidden.has('e2')).toBe(false);
  });

  it('focuses on a set, pins, and keeps positions across a refresh', () => {
    const ws = withPositions(setPinned(focusOn(base, new Set(['e1'])), ['e1'], true), new Map([['e1', { x: 1, y: 2 }]]));
    expect([...ws.hidden]).toEqual(['e2']);
    const again = refresh(ws, ws.sources, [view([n('e1')], [])]);
    expect(again.pinned.has('e1')).toBe(true);
    expect(again.positions.get('e1')).toEqual({ x: 1, y: 2 });
    expect(again.edges.size).toBe(0);
  });
});

describe('history', () => {
  it('undoes and redoes labelled states, and a new change drops the redo branch', () => {
    const h = new History<number>();
    h.record('one', 0);
    h.record('two', 1);
    expect(h.undoLabel).toBe('two');
    expect(h.undo(2)?.state).toBe(1);
    expect(h.redoLabel).toBe('two');
    expect(h.redo(1)?.state).toBe(2);
    h.undo(2);
    h.record('three', 1);
    expect(h.redoLabel).toBeNull();
    expect(h.undo(5)?.label).toBe('three');
    expect(h.undo(1)?.label).toBe('one');
    expect(h.undo(0)).toBeNull();
  });
});

describe('filters', () => {
  it('leaves defaults out, and hides co-mentions by default', () => {
    expect(toGraphFilters(DEFAULT_FILTERS)).toEqual({});
  });

  it('translates each filter', () => {
    const f = toGraphFilters({
      ...DEFAULT_FILTERS,
      entityTypes: toggled(DEFAULT_FILTERS.entityTypes, 'official', false),
      relationTypes: toggled(toggled(DEFAULT_FILTERS.relationTypes, 'attacks', false), 'co_mentioned', true),
      langs: new Set(['ar'] as const),
      article: { id: 'a3', title: 'x' },
      dateFrom: '2021-01-01',
      dateTo: 'not a date',
      minEvidence: 2,
    });
    expect(f.entityTypes).not.toContain('official');
    expect(f.relationTypes).not.toContain('attacks');
    expect(f.includeCoMentions).toBe(true);
    expect(f).toMatchObject({ langs: ['ar'], articleIds: ['a3'], dateFrom: '2021-01-01', minEvidence: 2 });
    expect(f.dateTo).toBeUndefined();
  });
});

// The contract's schemas: what each operation accepts, the defaults it fills in, and what it refuses.
import { describe, expect, it } from 'vitest';
import { EVENT_NAMES, MAX_PNG_BYTES, MENU_ACTIONS, OP_NAMES, OPS, PRELOAD_INTERNAL_OPS } from './ipc';
import type { OpName } from './ipc';

const valid: { [K in OpName]: unknown } = {
  'graph:overview': {},
  'graph:neighbourhood': { entityIds: ['e1'], depth: 2 },
  'graph:path': { from: 'e1', to: 'e22' },
  'graph:metrics': { metric: 'pagerank', community: 'louvain' },
  'entity:get': { id: 'e1' },
  'evidence:forRelation': { relationId: 'r1' },
  'article:get': { id: 'a1' },
  'search:query': { text: 'ANAMA' },
  'import:files': { source: 'folder' },
  'import:dropped': { paths: ['/tmp/a.txt'] },
  'import:status': {},
  'import:cancel': { jobId: 'j1' },
  'export:formats': {},
  'export:graph': { format: 'svg', scope: { kind: 'entity', entityId: 'e1', depth: 1 }, sizes: { e1: 40 }, legend: false, background: 'transparent' },
  'export:png': { data: new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0]), name: 'kg-view.png' },
  'app:info': undefined,
  'labels:get': {},
  'labels:set': { prefer: 'ar' },
  'layout:save': { positions: { e1: { x: 1, y: 2 } } },
  'layout:load': {},
};

const invalid: { [K in OpName]: unknown[] } = {
  'graph:overview': [{ limit: 0 }, { limit: 1e6 }, { filters: { articleIds: ['1'] } }, { filters: { entityTypes: ['planet'] } }, { filters: { dateFrom: '2020/01/01' } }],
  'graph:neighbourhood': [{ entityIds: [] }, { entityIds: ['a'], depth: 4 }, { entityIds: [''] }],
  'graph:path': [{ from: 'e1' }, { from: 1, to: 'e2' }, { from: 'r1', to: 'e2' }, { from: 'e01', to: 'e2' }],
  'graph:metrics': [{ metric: 'closeness' }, { metric: 'degree', community: 'leiden' }],
  'entity:get': [{}, { id: 'x'.repeat(201) }],
  'evidence:forRelation': [{ id: 'r1' }, { relationId: 'e1' }],
  'article:get': [{ id: null }, { id: 'a1; DROP TABLE articles' }],
  'search:query': [{ text: '   ' }, { text: 'a', limit: 1000 }],
  'import:files': [{ source: '/etc/passwd' }, { source: 'files', paths: ['/etc/passwd'] }],
  'import:dropped': [{ paths: [] }, { paths: [''] }],
  'import:status': [{ jobId: 3 }],
  'import:cancel': [{}],
  'export:formats': [{ x: 1 }],
  'export:graph': [
    { format: 'json', scope: { kind: 'everything' } },
    { format: 'json', scope: { kind: 'all' }, path: '/tmp/x' },
    { format: 'svg', scope: { kind: 'all' }, background: 'black' },
    { format: 'svg', scope: { kind: 'all' }, sizes: { e1: -1 } },
  ],
  'export:png': [
    { data: new Uint8Array([1, 2, 3, 4, 5, 6, 7, 8, 9]), name: 'a.png' },
    { data: 'iVBORw0KGgo=', name: 'a.png' },
    { data: new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0]), name: '../../etc/a.png' },
    { data: new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0]), name: 'a.exe' },
    { data: new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0]), name: '/tmp/a.png' },
  ],
  'app:info': [{ extra: true }],
  'labels:get': [{ prefer: 'en' }],
  'labels:set': [{}, { prefer: 'de' }, { prefer: 'EN' }],
  'layout:save': [{ positions: { e1: { x: Infinity, y: 0 } } }, { positions: { e1: { x: 1 } } }],
  'layout:load': [{ entityIds: 'e1' }, { entityIds: ['x1'] }],
};

describe('IPC contract', () => {
  it('names every channel feature:verb', () => {
    for (const name of [...OP_NAMES, ...EVENT_NAMES]) expect(name).toMatch(/^[a-z]+:[a-zA-Z]+$/);
  });

  it('lists each preload-internal op and menu action once', () => {
    for (const name of PRELOAD_INTERNAL_OPS) expect(OP_NAMES).toContain(name);
    expect(new Set(MENU_ACTIONS).size).toBe(MENU_ACTIONS.length);
  });

  it.each(OP_NAMES)('%s accepts a valid input', (name) => {
    expect(OPS[name].input.safeParse(valid[name]).success).toBe(true);
  });

  it.each(OP_NAMES)('%s refuses non-objects, unknown keys and bad values', (name) => {
    const schema = OPS[name].input;
    for (const bad of [null, 42, 'graph', [], ...invalid[name]]) expect(schema.safeParse(bad).success, JSON.stringify(bad)).toBe(false);
    if (valid[name] !== undefined) expect(schema.safeParse({ ...(valid[name] as object), __proto_pollution: 1 }).success).toBe(false);
  });

  it('refuses PNG data past the size bound', () => {
    const data = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0]);
    Object.defineProperty(data, 'byteLength', { value: MAX_PNG_BYTES + 1 });
    expect(OPS['export:png'].input.safeParse({ data, name: 'big.png' }).success).toBe(false);
  });

  it('fills in defaults', () => {
    expect(OPS['graph:overview'].input.parse({})).toEqual({ filters: {}, limit: 300 });
    expect(OPS['graph:neighbourhood'].input.parse({ entityIds: ['e7'] })).toMatchObject({ depth: 1, filters: {} });
    expect(OPS['search:query'].input.parse({ text: ' اناما ' })).toEqual({ text: 'اناما', limit: 20 });
    expect(OPS['app:info'].input.parse(undefined)).toEqual({});
  });
});

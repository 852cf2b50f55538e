// The curation log survives re-ingest: corrections name entities by key and label, and the
// pipeline replays the log after every batch.
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  addCuration,
  aliasesOfEntity,
  applyCurationLog,
  dropCuration,
  entityIdByKey,
  findRelation,
  getEntity,
  listCuration,
  listEntities,
  listRelations,
  mentionsOfEntity,
  openStore,
  refForEntity,
  type Db,
} from '../store/index';
import { ingestPaths } from './index';
import { fakeExtractor } from './testing/fake-extractor';
import { SAMPLE_NAMES, SAMPLE_OPTIONS } from './testing/sample-names';
import { copySamples } from './testing/samples';

const extractor = fakeExtractor(SAMPLE_NAMES, SAMPLE_OPTIONS);

let db: Db;
let dir: string;
beforeEach(async () => {
  db = openStore(':memory:');
  dir = copySamples('kg-curation-');
  await ingestPaths(db, [dir], { extractor });
});
afterEach(() => {
  db.close();
  rmSync(dir, { recursive: true, force: true });
});

function byLabel(label: string): number {
  const found = listEntities(db, { includeSuppressed: true }).filter((e) => e.label === label);
  expect(found).toHaveLength(1);
  return found[0]!.id;
}

/** Re-ingests every sample as if each had changed, so every entity is dropped and recreated. */
async function reingestAll(): Promise<void> {
  const v2 = fakeExtractor(SAMPLE_NAMES, { ...SAMPLE_OPTIONS, version: String(Math.random()) });
  const summary = await ingestPaths(db, [dir], { extractor: v2 });
  expect(summary.replaced).toBe(5);
  expect(summary.curation.unresolved).toEqual([]);
}

describe('curation log', () => {
  it('suppresses an entity and a relation, and keeps them suppressed across re-ingest', async () => {
    const russia = refForEntity(db, entityIdByKey(db, 'iso:RU')!)!;
    const anama = refForEntity(db, byLabel('ANAMA'))!;
    const suleymanov = refForEntity(db, byLabel('Vugar Suleymanov'))!;
    addCuration(db, { action: 'suppress_entity', entity: russia });
    addCuration(db, { action: 'suppress_relation', source: suleymanov, type: 'heads', target: anama });
    expect(applyCurationLog(db)).toEqual({ applied: 2, unresolved: [] });
    await reingestAll();
    expect(getEntity(db, entityIdByKey(db, 'iso:RU')!)?.suppressed).toBe(true);
    const heads = findRelation(db, { sourceId: byLabel('Vugar Suleymanov'), type: 'heads', targetId: byLabel('ANAMA') });
    expect(heads?.suppressed).toBe(true);
    expect(listRelations(db).some((r) => r.id === heads?.id)).toBe(false);
  });

  it('merges and renames, and the result holds after re-ingest', async () => {
    const karabakh = refForEntity(db, byLabel('Karabakh'))!;
    const armenia = refForEntity(db, entityIdByKey(db, 'iso:AM')!)!;
    addCuration(db, { action: 'merge', from: karabakh, into: armenia }, { note: 'test merge' });
    addCuration(db, { action: 'rename', entity: armenia, label: 'Republic of Armenia' });
    for (let round = 0; round < 2; round++) {
      if (round === 1) await reingestAll();
      else expect(applyCurationLog(db).unresolved).toEqual([]);
      const am = entityIdByKey(db, 'iso:AM')!;
      expect(getEntity(db, am)?.label).toBe('Republic of Armenia');
      expect(listEntities(db).filter((e) => e.type === 'region')).toEqual([]);
      expect(aliasesOfEntity(db, am).map((a) => a.name)).toEqual(expect.arrayContaining(['Karabakh', 'كاراباخ', 'Armenia']));
      expect(mentionsOfEntity(db, am).length).toBeGreaterThan(20);
    }
  });

  it('lifts a suppression when its entry is withdrawn', () => {
    const id = addCuration(db, { action: 'suppress_entity', entity: refForEntity(db, byLabel('ANAMA'))! });
    applyCurationLog(db);
    expect(getEntity(db, byLabel('ANAMA'))?.suppressed).toBe(true);
    dropCuration(db, id);
    applyCurationLog(db);
    expect(getEntity(db, byLabel('ANAMA'))?.suppressed).toBe(false);
  });

  it('reports entries that name nothing in the store, and applies them once it arrives', async () => {
    addCuration(db, { action: 'suppress_entity', entity: { type: 'official', label: 'Ilham Aliyev' } });
    expect(applyCurationLog(db).unresolved).toEqual([{ id: 1, reason: 'no official "Ilham Aliyev" in the store' }]);
    const file = join(dir, '003_64745efe3c401ed0.txt');
    writeFileSync(file, `${readFileSync(file, 'utf8')}\nIlham Aliyev spoke.`);
    const withAliyev = fakeExtractor([...SAMPLE_NAMES, { name: 'Ilham Aliyev', type: 'official' }], SAMPLE_OPTIONS);
    const summary = await ingestPaths(db, [dir], { extractor: withAliyev });
    expect(summary.curation).toEqual({ applied: 1, unresolved: [] });
    expect(getEntity(db, byLabel('Ilham Aliyev'))?.suppressed).toBe(true);
  });

  it('validates corrections before logging them', () => {
    expect(() => addCuration(db, { action: 'rename', entity: { type: 'country', label: 'X' }, label: '' })).toThrow(
      expect.objectContaining({ code: 'INVALID_INPUT' }),
    );
    expect(listCuration(db)).toEqual([]);
  });
});

// Dropping an article takes everything extracted from it, and then whatever that leaves without
// support: relations without evidence, aliases without a source, entities without mentions.
import { beforeEach, describe, expect, it } from 'vitest';
import {
  addArticle,
  addEntity,
  addMention,
  aliasesOfEntity,
  dropArticle,
  findBadEvidence,
  getEntity,
  listRelations,
  mergeAlias,
  mergeEvidence,
  mergeRelation,
  openStore,
  evidenceOfRelation,
  storeEntityIndex,
  type Db,
} from './index';

let db: Db;
beforeEach(() => {
  db = openStore(':memory:');
});

const TEXT = 'Baku and Yerevan met. Baku thanked Ankara.';

function article(file: string): number {
  return addArticle(db, {
    file, path: `/c/${file}`, hash: file, title: null, date: null, lang: 'en', url: null, encoding: 'UTF-8',
    byteLength: TEXT.length, text: TEXT, bodyStart: 0, bodyEnd: TEXT.length, ingestedAt: 'now', extractor: 't@1',
  });
}

function entity(label: string, articleId: number, start: number): number {
  const id = addEntity(db, { type: 'country', label });
  mergeAlias(db, id, label, 'en', articleId);
  addMention(db, { entityId: id, articleId, start, end: start + label.length, rule: 'r' });
  return id;
}

function evidence(relationId: number, articleId: number, start: number, end: number): void {
  mergeEvidence(db, { relationId, articleId, start, end, quote: TEXT.slice(start, end), rule: 'r', confidence: 0.9 });
}

describe('dropArticle', () => {
  it('collects relations, aliases and entities left without support', () => {
    const a = article('a.txt');
    const b = article('b.txt');
    const baku = entity('Baku', a, 0);
    const yerevan = entity('Yerevan', a, 9);
    const ankara = entity('Ankara', b, 35);
    addMention(db, { entityId: baku, articleId: b, start: 22, end: 26, rule: 'r' });
    mergeAlias(db, baku, 'Bakou', 'fr', a);
    mergeAlias(db, baku, 'Baku', 'en', b);
    const meets = mergeRelation(db, { sourceId: baku, type: 'meets', targetId: yerevan });
    evidence(meets, a, 0, 21);
    const thanks = mergeRelation(db, { sourceId: baku, type: 'supports', targetId: ankara });
    evidence(thanks, a, 22, 42);
    evidence(thanks, b, 22, 42);

    dropArticle(db, a);

    expect(getEntity(db, yerevan)).toBeUndefined();
    expect(getEntity(db, baku)?.label).toBe('Baku');
    expect(aliasesOfEntity(db, baku).map((x) => x.name)).toEqual(['Baku']);
    expect(listRelations(db).map((r) => r.id)).toEqual([thanks]);
    expect(evidenceOfRelation(db, thanks).map((e) => e.file)).toEqual(['b.txt']);
    expect(storeEntityIndex(db).byAlias('country', 'bakou')).toEqual([]);
  });
});

describe('relations', () => {
  it('store a symmetric relation once whichever way it is stated', () => {
    const a = article('a.txt');
    const x = entity('Baku', a, 0);
    const y = entity('Yerevan', a, 9);
    const one = mergeRelation(db, { sourceId: y, type: 'meets', targetId: x });
    const two = mergeRelation(db, { sourceId: x, type: 'meets', targetId: y });
    const directed = mergeRelation(db, { sourceId: y, type: 'accuses', targetId: x });
    expect(two).toBe(one);
    expect(directed).not.toBe(one);
    expect(listRelations(db).map((r) => [r.sourceId, r.type, r.targetId])).toEqual([
      [x, 'meets', y],
      [y, 'accuses', x],
    ]);
  });

  it('merge attributes on upsert', () => {
    const a = article('a.txt');
    const x = entity('Baku', a, 0);
    const y = entity('Yerevan', a, 9);
    mergeRelation(db, { sourceId: x, type: 'heads', targetId: y }, { role: 'president' });
    mergeRelation(db, { sourceId: x, type: 'heads', targetId: y });
    mergeRelation(db, { sourceId: x, type: 'heads', targetId: y }, { since: '2003' });
    expect(listRelations(db)[0]!.attributes).toEqual({ role: 'president', since: '2003' });
  });
});

describe('evidence offsets', () => {
  it('findBadEvidence reports a quote that is not the text at its offsets', () => {
    const a = article('a.txt');
    const rel = mergeRelation(db, { sourceId: entity('Baku', a, 0), type: 'meets', targetId: entity('Yerevan', a, 9) });
    evidence(rel, a, 0, 21);
    expect(findBadEvidence(db)).toEqual([]);
    mergeEvidence(db, { relationId: rel, articleId: a, start: 1, end: 21, quote: 'Baku and Yerevan met', rule: 'r', confidence: 1 });
    expect(findBadEvidence(db).map((e) => [e.start, e.end])).toEqual([[1, 21]]);
  });
});

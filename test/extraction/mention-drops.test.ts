// A rule that tries a reading and gives it up leaves the mentions it looked at as they were: a
// gazetteer place is dropped only when a longer place name covering it is added, and a nationality
// only when a name that ends with it ("محمد شياع السوداني") is added; a finder whose result would
// be thrown away does not run.
import { describe, expect, it } from 'vitest';
import type { Lang } from '../../shared/domain';
import { extractor } from '../../electron/core/extract';
import { relationsOf } from './harness';

const entitiesOf = (text: string, lang: Lang): string[] =>
  extractor.extract({ text, lang, bodyStart: 0, bodyEnd: text.length }).entities.map((e) => `${e.type}:${e.label}`);

describe('a place covered by a rejected place name', () => {
  it('stays a place when the list it would have joined is rejected', () => {
    expect(entitiesOf('Les frappes ont touché Kharkiv, Place de Soumy, a indiqué le ministère.', 'fr')).toContain('region:Sumy');
  });

  it('is covered by the place name that is added', () => {
    expect(entitiesOf('Les délégués se sont réunis au Palais des Nations à Genève.', 'fr')).toContain('region:Palais des Nations');
  });
});

describe('a nationality after a rejected Arabic name', () => {
  it('still names its country when no name is kept', () => {
    const text = 'وقال رئيس لمكا نبراس السوداني إن الوضع صعب. وقال الرئيس عمر حسن البشير إن الحكومة ستعمل على حل الأزمة.';
    expect(relationsOf(extractor, text, 'ar')).toContain('عمر حسن البشير heads Sudan');
  });

  it('is part of the name that is kept', () => {
    const entities = entitiesOf('وقال رئيس الوزراء محمد شياع السوداني إن الوضع صعب.', 'ar');
    expect(entities).toContain('official:محمد شياع السوداني');
    expect(entities.filter((e) => e.startsWith('country:'))).toEqual([]);
  });
});

describe('an acronym definition in Arabic text', () => {
  it('adds no spelled long form, which Arabic definitions do not use', () => {
    expect(entitiesOf('وقالت جماعة Alliance Fleuve Congo (AFC) إن الوضع صعب.', 'ar')).toEqual([]);
  });

  it('still spells the long form in French', () => {
    expect(entitiesOf("L'Alliance Fleuve Congo (AFC) a pris Goma.", 'fr')).toContain('organization:Alliance Fleuve Congo');
  });
});

// The canonical label: English where known, then French, then Arabic; a name inside a longer one
// gives way; gazetteer labels stay while English is preferred and come back to it; the store
// keeps its preference, and analysts' renames win over it.
import { beforeEach, describe, expect, it } from 'vitest';
import { addArticle, addCuration, addEntity, applyCurationLog, getEntity, mergeAlias, mergeEntities, openStore, refForEntity, type Db } from './index';
import {
  chooseLabel,
  labelPreference,
  relabelArticles,
  relabelEntities,
  setLabelPreference,
  type LabelCandidate,
} from './labels';

const n = (name: string, lang: LabelCandidate['lang'], articles = 1): LabelCandidate => ({
  name,
  lang,
  articles,
});

describe('chooseLabel', () => {
  it('prefers an English name, the full one over a part of it', () => {
    expect(
      chooseLabel(
        [n('armée arménienne', 'fr', 3), n('Armenian troops', 'en'), n('Armenian Armed Forces', 'en')],
        'en',
      ),
    ).toBe('Armenian Armed Forces');
    expect(chooseLabel([n('Suleymanov', 'en', 4), n('Vugar Suleymanov', 'en', 1)], 'en')).toBe(
      'Vugar Suleymanov',
    );
  });

  it('falls back to the other Latin-script language before Arabic, then to the name read most', () => {
    expect(
      chooseLabel(
        [n('Commandement des services frontaliers', 'fr', 1), n('قيادة خدمات الحدود', 'ar', 2)],
        'en',
      ),
    ).toBe('Commandement des services frontaliers');
    expect(chooseLabel([n('قيادة خدمات الحدود', 'ar', 1), n('قيادة الحدود', 'ar', 2)], 'fr')).toBe(
      'قيادة الحدود',
    );
    expect(chooseLabel([n('ANAMA', 'en', 3), n('Agence de lutte antiminaire', 'fr', 1)], 'frequent')).toBe(
      'ANAMA',
    );
  });

  it('honours another preferred language, and has nothing to say without names', () => {
    expect(chooseLabel([n('Nagorno-Karabakh', 'en', 2), n('Haut-Karabakh', 'fr')], 'fr')).toBe(
      'Haut-Karabakh',
    );
    expect(chooseLabel([n('Nagorno-Karabakh', 'en'), n('ناغورني كاراباخ', 'ar')], 'ar')).toBe(
      'ناغورني كاراباخ',
    );
    expect(chooseLabel([], 'en')).toBeNull();
  });
});

describe('relabelling in the store', () => {
  let db: Db;
  let fr: number;
  let en: number;
  beforeEach(() => {
    db = openStore(':memory:');
    const article = (file: string, lang: 'en' | 'fr'): number =>
      addArticle(db, {
        file,
        path: `/c/${file}`,
        hash: file,
        title: null,
        date: null,
        lang,
        url: null,
        encoding: 'UTF-8',
        byteLength: 1,
        text: 'x',
        bodyStart: 0,
        bodyEnd: 1,
        ingestedAt: 'now',
        extractor: 't@1',
      });
    fr = article('fr.txt', 'fr');
    en = article('en.txt', 'en');
  });

  it('moves a label first read in French to the English name read later', () => {
    const id = addEntity(db, { type: 'agency', label: 'armée arménienne', key: 'inst:AM:ARMED_FORCES' });
    mergeAlias(db, id, 'armée arménienne', 'fr', fr);
    expect(relabelArticles(db, [fr])).toBe(0);
    mergeAlias(db, id, 'Armenian Armed Forces', 'en', en);
    expect(relabelArticles(db, [en])).toBe(1);
    expect(getEntity(db, id)?.label).toBe('Armenian Armed Forces');
    relabelEntities(db, [id], 'fr');
    expect(getEntity(db, id)?.label).toBe('armée arménienne');
  });

  it("keeps a gazetteer's English label under English and gives it back after another language", () => {
    const id = addEntity(db, { type: 'country', label: 'Türkiye', key: 'iso:TR' });
    mergeAlias(db, id, 'Turquie', 'fr', fr);
    mergeAlias(db, id, 'Turkey', 'en', en);
    relabelEntities(db, [id]);
    expect(getEntity(db, id)?.label).toBe('Türkiye');
    expect(setLabelPreference(db, 'fr')).toBe(1);
    expect(getEntity(db, id)?.label).toBe('Turquie');
    setLabelPreference(db, 'en');
    expect(getEntity(db, id)?.label).toBe('Türkiye');
  });

  it('keeps the preference in the store, uses it for new articles, and refuses an unknown one', () => {
    expect(labelPreference(db)).toBe('en');
    setLabelPreference(db, 'fr');
    expect(labelPreference(db)).toBe('fr');
    const id = addEntity(db, { type: 'region', label: 'Nagorno-Karabakh' });
    mergeAlias(db, id, 'Nagorno-Karabakh', 'en', en);
    mergeAlias(db, id, 'Haut-Karabakh', 'fr', fr);
    relabelArticles(db, [fr]);
    expect(getEntity(db, id)?.label).toBe('Haut-Karabakh');
    expect(() => setLabelPreference(db, 'de')).toThrow(/Unknown label preference/);
    expect(labelPreference(db)).toBe('fr');
  });

  it("lets an analyst's rename win over the preference", () => {
    const id = addEntity(db, { type: 'official', label: 'Suleymanov' });
    mergeAlias(db, id, 'Suleymanov', 'fr', fr);
    mergeAlias(db, id, 'Vugar Suleymanov', 'en', en);
    addCuration(db, {
      action: 'rename',
      entity: { type: 'official', label: 'Suleymanov' },
      label: 'Vugar Suleymanov (ANAMA)',
    });
    setLabelPreference(db, 'fr');
    expect(getEntity(db, id)?.label).toBe('Vugar Suleymanov (ANAMA)');
    setLabelPreference(db, 'en');
    expect(getEntity(db, id)?.label).toBe('Vugar Suleymanov (ANAMA)');
  });

  it('finds the entity a correction named after its label moved on, among others sharing that name', () => {
    const a = addEntity(db, { type: 'official', label: 'Suleymanov' });
    const b = addEntity(db, { type: 'official', label: 'Ali Suleymanov' });
    mergeAlias(db, a, 'Suleymanov', 'fr', fr);
    mergeAlias(db, b, 'Ali Suleymanov', 'fr', fr);
    mergeAlias(db, b, 'Suleymanov', 'fr', fr);
    addCuration(db, { action: 'suppress_entity', entity: refForEntity(db, a)! });
    mergeAlias(db, a, 'Vugar Suleymanov', 'en', en);
    relabelArticles(db, [en]);
    expect(getEntity(db, a)?.label).toBe('Vugar Suleymanov');
    expect(applyCurationLog(db)).toEqual({ applied: 1, unresolved: [] });
    expect(getEntity(db, a)?.suppressed).toBe(true);
    expect(getEntity(db, b)?.suppressed).toBe(false);
  });

  it("keeps a gazetteer's English label on the survivor of a merge that takes its key", () => {
    const keyed = addEntity(db, { type: 'country', label: 'Türkiye', key: 'iso:TR' });
    const bare = addEntity(db, { type: 'country', label: 'Turquie' });
    mergeAlias(db, keyed, 'Turkey', 'en', en);
    mergeAlias(db, bare, 'Turquie', 'fr', fr);
    mergeEntities(db, keyed, bare);
    setLabelPreference(db, 'fr');
    setLabelPreference(db, 'en');
    expect(getEntity(db, bare)).toMatchObject({ key: 'iso:TR', label: 'Türkiye' });
  });
});

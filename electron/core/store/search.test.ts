import { beforeEach, describe, expect, it } from 'vitest';
import type { Lang } from '../../../shared/domain';
import { addArticle, addEntity, dropArticle, mergeAlias, openStore, searchArticles, searchEntities, toFtsQuery, type Db } from './index';

let db: Db;
beforeEach(() => {
  db = openStore(':memory:');
});

function article(file: string, text: string, lang: Lang): number {
  return addArticle(db, {
    file, path: `/corpus/${file}`, hash: file, title: null, date: null, lang, url: null, encoding: 'UTF-8',
    byteLength: text.length, text, bodyStart: 0, bodyEnd: text.length, ingestedAt: '2024-01-01T00:00:00Z', extractor: 'test@1',
  });
}

function files(query: string): string[] {
  return searchArticles(db, query).map((h) => h.file).sort();
}

/** The words of the article the snippet highlights, cut from the snippet text. */
function highlighted(query: string): string[] {
  return searchArticles(db, query).flatMap((h) => h.snippet?.highlights.map(([s, e]) => h.snippet!.text.slice(s, e)) ?? []);
}

describe('article search', () => {
  beforeEach(() => {
    article('ar-harakat.txt', 'التقى الأمير مُحَمَّد بن سلمان بالوفد في الصباح.', 'ar');
    article('ar-clitics.txt', 'وصل الوفد إلى بالرياض أمس، ثم غادر والرياض تستعد للقمة.', 'ar');
    article('fr.txt', 'Le Ministère des Affaires étrangères a convoqué l’ambassadeur.', 'fr');
    article('en.txt', 'The ministry of foreign affairs summoned the ambassador of Azerbaijan.', 'en');
  });

  it('finds Arabic words written with harakat from a bare query', () => {
    expect(files('محمد')).toEqual(['ar-harakat.txt']);
    expect(highlighted('محمد')).toEqual(['مُحَمَّد']);
  });

  it('finds Arabic words behind clitics (و، ب، ال) from a query with the article', () => {
    expect(files('الرياض')).toEqual(['ar-clitics.txt']);
    expect(highlighted('الرياض')).toEqual(['بالرياض', 'والرياض']);
    expect(files('رياض')).toEqual(['ar-clitics.txt']);
  });

  it('finds accented French from an unaccented query and the other way round', () => {
    expect(files('ministere')).toEqual(['fr.txt']);
    expect(highlighted('ministere')).toEqual(['Ministère']);
    expect(files('ETRANGERES')).toEqual(['fr.txt']);
    expect(files('ambassadeur')).toEqual(['fr.txt']);
  });

  it('supports prefix search with a trailing *', () => {
    expect(files('minist*')).toEqual(['en.txt', 'fr.txt']);
    expect(files('mi*')).toEqual(['en.txt', 'fr.txt']);
    expect(files('azerb*')).toEqual(['en.txt']);
    expect(files('minist')).toEqual([]);
    expect(highlighted('ambassad*').sort()).toEqual(['ambassadeur', 'ambassador']);
  });

  it('ANDs words and matches quoted phrases', () => {
    expect(files('foreign ministry')).toEqual(['en.txt']);
    expect(files('"foreign affairs"')).toEqual(['en.txt']);
    expect(files('"affairs foreign"')).toEqual([]);
  });

  it('never passes FTS5 syntax through', () => {
    for (const q of ['"unclosed', 'NEAR(a b)', 'a OR', '*', 'col:ministry', '(', '-x', "l'ambassadeur"]) {
      expect(() => searchArticles(db, q)).not.toThrow();
    }
    expect(toFtsQuery('  ,;  ')).toBeNull();
    expect(searchArticles(db, '')).toEqual([]);
  });

  it('forgets an article once it is dropped', () => {
    const id = article('gone.txt', 'Zanzibar archipelago', 'en');
    expect(files('zanzibar')).toEqual(['gone.txt']);
    dropArticle(db, id);
    expect(files('zanzibar')).toEqual([]);
  });

  it('cuts snippets at the match with offsets into the stored text', () => {
    const long = `${'Lorem ipsum dolor sit amet. '.repeat(20)}The Karabakh region. ${'Etiam porta sem. '.repeat(20)}`;
    const id = article('long.txt', long, 'en');
    const hit = searchArticles(db, 'karabakh').find((h) => h.articleId === id)!;
    const [s, e] = hit.snippet!.highlights[0]!;
    expect(long.slice(hit.snippet!.start + s, hit.snippet!.start + e)).toBe('Karabakh');
    expect(hit.snippet!.text.length).toBeLessThan(200);
  });
});

describe('entity search', () => {
  it('finds entities by any alias, folded like the articles', () => {
    const mbs = addEntity(db, { type: 'official', label: 'Mohammed bin Salman' });
    mergeAlias(db, mbs, 'مُحَمَّد بن سلمان', 'ar');
    mergeAlias(db, mbs, 'Mohammed bin Salman', 'en');
    const mfa = addEntity(db, { type: 'agency', label: 'Ministère des Affaires étrangères' });
    mergeAlias(db, mfa, 'Ministère des Affaires étrangères', 'fr');
    expect(searchEntities(db, 'محمد').map((h) => h.label)).toEqual(['Mohammed bin Salman']);
    expect(searchEntities(db, 'محمد')[0]!.matched).toEqual([{ name: 'مُحَمَّد بن سلمان', lang: 'ar' }]);
    expect(searchEntities(db, 'ministere affaires').map((h) => h.entityId)).toEqual([mfa]);
    expect(searchEntities(db, 'mo*').map((h) => h.entityId)).toEqual([mbs]);
  });
});

// Unit checks of the engine's building blocks: the cross-script skeleton, the resolver's order
// (key, alias, skeleton; unique matches only), date normalisation, and offsets that survive
// folding (every evidence quote is exactly the text at its offsets).
import { describe, expect, it } from 'vitest';
import { skeleton } from '../../shared/text/skeleton';
import { resolveEntity } from '../../electron/core/extract/resolve';
import type { CandidateEntity, EntityIndex } from '../../electron/core/extract/types';
import { findDates, isoDate } from '../../electron/core/extract/dates';
import { loadLexicon } from '../../electron/core/extract/lexicon/load';
import { extractor } from '../../electron/core/extract';

describe('skeleton', () => {
  it.each([
    ['Vugar Suleymanov', 'فوجار سليمانوف'],
    ['Karabakh', 'كاراباخ'],
    ['Yenisafak', 'ينيسافاك'],
    ['Anadolu', 'الأناضول'],
    ['Erdoğan', 'أردوغان'],
    ['Tigray', 'تيغراي'],
    ['Joseph Aoun', 'جوزيف عون'],
  ])('%s ~ %s', (latin, arabic) => {
    expect(skeleton(latin)).toBe(skeleton(arabic));
  });

  it('keeps different names apart', () => {
    expect(skeleton('Armenia')).not.toBe(skeleton('Azerbaijan'));
  });
});

function index(entities: Array<{ id: number; type: CandidateEntity['type']; key?: string; names: string[] }>): EntityIndex {
  return {
    byKey: (k) => entities.find((e) => e.key === k)?.id,
    byAlias: (t, a) => entities.filter((e) => e.type === t && e.names.some((n) => n.toLowerCase() === a)).map((e) => e.id),
    bySkeleton: (t, s) => entities.filter((e) => e.type === t && e.names.some((n) => skeleton(n) === s)).map((e) => e.id),
  };
}

describe('resolveEntity', () => {
  const idx = index([
    { id: 1, type: 'country', key: 'iso:AZ', names: ['Azerbaijan'] },
    { id: 2, type: 'official', names: ['Vugar Suleymanov'] },
    { id: 3, type: 'agency', names: ['ANAMA'] },
  ]);
  const cand = (c: Partial<CandidateEntity>): CandidateEntity => ({ localId: 'x', type: 'official', label: '', aliases: [], ...c });

  it('takes the key first, and never lets a country key fall back to a name', () => {
    expect(resolveEntity(cand({ type: 'country', key: 'iso:AZ', label: 'Bakou' }), idx)).toBe(1);
    expect(resolveEntity(cand({ type: 'country', key: 'iso:AM', label: 'Azerbaijan' }), idx)).toBeUndefined();
  });

  it('matches a transliterated name by its skeleton, and a one-word body name by a short one', () => {
    expect(resolveEntity(cand({ label: 'فوجار سليمانوف' }), idx)).toBe(2);
    expect(resolveEntity(cand({ type: 'organization', label: 'اناما' }), idx)).toBe(3);
  });
});

describe('dates', () => {
  const lex = loadLexicon();
  const iso = (text: string, lang: 'en' | 'fr' | 'ar', ref?: string) => findDates(text, 0, text.length, lang, lex).map((d) => isoDate(d, ref));

  it('reads en, fr and ar forms', () => {
    expect(iso('the tripartite statement of November 10, 2020', 'en')).toEqual(['2020-11-10']);
    expect(iso('Depuis le 10 novembre 2020, en 1994', 'fr')).toEqual(['2020-11-10', '1994']);
    expect(iso('ومنذ 10 تشرين الثاني/نوفمبر 2020', 'ar')).toEqual(['2020-11-10']);
  });

  it('completes a missing year from the reference date', () => {
    expect(iso('Le 11 janvier, les dirigeants', 'fr', '2021-10-15')).toEqual(['2021-01-11']);
    expect(iso('Le 10 novembre de l’année dernière', 'fr', '2021-10-15')).toEqual(['2020-11-10']);
  });
});

describe('evidence offsets', () => {
  it('quotes exactly the text at the offsets, with harakat, emoji and typographic quotes around', () => {
    const text = 'أعلنتْ 😀 وزارةُ الخارجية الأذربيجانية أن أرمينيا انتهكت الاتفاق. وقّعت أذربيجان وأرمينيا اتفاقية بوساطة روسية في 10 نوفمبر 2020.';
    const x = extractor.extract({ text, lang: 'ar', bodyStart: 0, bodyEnd: text.length });
    for (const r of x.relations) for (const e of r.evidence) expect(text.slice(e.start, e.end)).toBe(e.quote);
    for (const m of x.mentions) expect(m.end).toBeGreaterThan(m.start);
    expect(x.relations.some((r) => r.type === 'mediates')).toBe(true);
  });
});

describe('funding amounts', () => {
  const attrs = (text: string, lang: 'en' | 'fr' | 'ar') =>
    extractor.extract({ text, lang, bodyStart: 0, bodyEnd: text.length }).relations.filter((r) => r.type === 'funds').map((r) => r.attributes);

  it('reads the currency words of the lexicon, in the language of the article', () => {
    expect(attrs('Saudi Arabia donated 10 million riyals to UNICEF.', 'en')).toEqual([{ amount: '10 million', currency: 'riyals' }]);
    expect(attrs("Le Japon a versé 2 millions d'euros à l'UNICEF.", 'fr')).toEqual([{ amount: '2 millions', currency: 'euros' }]);
    expect(attrs('The United Kingdom has given £1.5 million to UNMAS.', 'en')).toEqual([{ amount: '1.5 million', currency: '£' }]);
  });
});

// Date forms news pages use, in English, French and Arabic; impossible dates refused.
import { describe, expect, it } from 'vitest';
import { findDate, leadingDate } from './dates';

describe('findDate', () => {
  it.each([
    ['date 2022-10-25', '2022-10-25'],
    ['published 2021-09-21T10:15:00+04:00', '2021-09-21'],
    ['2021/09/21', '2021-09-21'],
    ['21.09.2021', '2021-09-21'],
    ['21/09/2021', '2021-09-21'],
    ['AzerNews (21 September 2021)', '2021-09-21'],
    ['September 21, 2021', '2021-09-21'],
    ['Sept. 21, 2021', '2021-09-21'],
    ['3rd March 2022', '2022-03-03'],
    ['le 1er octobre 2021', '2021-10-01'],
    ['Publié le 10 novembre 2020 à 14 h', '2020-11-10'],
    ['12 févr. 2023', '2023-02-12'],
    ['25 août 2022', '2022-08-25'],
    ['10 تشرين الثاني/نوفمبر 2020', '2020-11-10'],
    ['27 أيلول/سبتمبر 2020', '2020-09-27'],
    ['11 كانون الثاني/يناير 2021', '2021-01-11'],
    ['5 نيسان 2021', '2021-04-05'],
    ['5 ابريل 2021', '2021-04-05'],
    ['٢١ سبتمبر ٢٠٢١', '2021-09-21'],
    ['14 جويلية 2021', '2021-07-14'],
  ])('reads %s', (text, iso) => {
    expect(findDate(text)?.iso).toBe(iso);
  });

  it.each(['31.02.2021', '2021-13-01', '48 000 mines', 'in 2020', '10 novembre', 'Mars Attacks 2021'])(
    'finds no date in %s',
    (text) => {
      expect(findDate(text)).toBeNull();
    },
  );

  it('gives the offsets of the earliest date', () => {
    const text = 'Baku, 21 September 2021 — talks; follow-up on 2021-10-01';
    const found = findDate(text);
    expect(found).toEqual({ iso: '2021-09-21', start: 6, end: 23 });
    expect(text.slice(found!.start, found!.end)).toBe('21 September 2021');
  });
});

describe('leadingDate', () => {
  it('reads a labelled date at the start of a line and where the rest begins', () => {
    const line = 'date 2022-10-25 Azerbaijan accuses Armenia of supplying mines';
    const lead = leadingDate(line);
    expect(lead?.iso).toBe('2022-10-25');
    expect(line.slice(lead!.rest)).toBe('Azerbaijan accuses Armenia of supplying mines');
  });

  it('ignores a date that does not open the line', () => {
    expect(leadingDate('Talks resume on 21 September 2021')).toBeNull();
  });
});

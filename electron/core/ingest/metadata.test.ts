// Title, date and source URL from plain-text and Markdown headers built for each rule: the
// date is the header's or the dateline's, never one from the body.
import { describe, expect, it } from 'vitest';
import { readTextMetadata } from './metadata';

describe('readTextMetadata', () => {
  it('takes the first substantial line as the headline, skipping scraper junk', () => {
    const text =
      'in\n\nShare\n\nhttps://example.org/x\n\nMinisters meet in Geneva over ceasefire\n\nThe foreign ministers of both countries met on Tuesday in Geneva to discuss the ceasefire.\n';
    const meta = readTextMetadata(text, 'txt');
    expect(meta.title).toBe('Ministers meet in Geneva over ceasefire');
    expect(text.slice(meta.titleStart)).toMatch(/^Ministers meet/);
  });

  it('reads a date line under the headline', () => {
    const text =
      'Ceasefire holds in the south\n21 septembre 2021\n\nLes deux pays ont signé un accord de cessez-le-feu mardi à Moscou, selon le ministère.\n';
    expect(readTextMetadata(text, 'txt').date).toBe('2021-09-21');
  });

  it('reads an Arabic date line with a Levantine month name', () => {
    const text =
      'وزيرا الخارجية يلتقيان في جنيف\n\n21 تشرين الثاني/نوفمبر 2021\n\nالتقى وزيرا خارجية البلدين في جنيف يوم الثلاثاء لبحث وقف إطلاق النار.\n';
    expect(readTextMetadata(text, 'txt').date).toBe('2021-11-21');
  });

  it('reads the date from a dateline opening the first paragraph', () => {
    const text =
      'Army shells border villages\n\nBAKU, Sept. 21, 2021 (Reuters) - The army shelled three villages near the border overnight, officials said.\n';
    expect(readTextMetadata(text, 'txt').date).toBe('2021-09-21');
  });

  it('does not take a date from the body', () => {
    const text =
      'Les démineurs poursuivent leur travail\n\nJAKARTA - Les autorités ont annoncé avoir détruit plus de 48 000 mines depuis le 10 novembre 2020, a indiqué l’agence.\n\n' +
      'Le 11 janvier 2021, les dirigeants ont signé un pacte.\n';
    expect(readTextMetadata(text, 'txt').date).toBeNull();
  });

  it('does not take a date inside the headline unless it opens it', () => {
    const text =
      'The ceasefire of 10 November 2020 still holds\n\nThe ceasefire agreed between the parties on that day has held for a year now, officials said.\n';
    const meta = readTextMetadata(text, 'txt');
    expect(meta.date).toBeNull();
    expect(meta.title).toBe('The ceasefire of 10 November 2020 still holds');
  });

  it('reads a Markdown heading and a source line in the footer', () => {
    const text =
      '# Donors fund demining in **Karabakh**\n\nThe European Union has pledged new funds for demining in the region, the commission said on Monday.\n\nSource: https://example.org/news/123.\n';
    const meta = readTextMetadata(text, 'md');
    expect(meta.title).toBe('Donors fund demining in Karabakh');
    expect(text.slice(meta.titleStart)).toMatch(/^Donors/);
    expect(meta.url).toBe('https://example.org/news/123');
  });

  it('has no title when the text opens with a long paragraph', () => {
    const paragraph = 'The ministers met. '.repeat(20);
    expect(readTextMetadata(paragraph, 'txt').title).toBeNull();
  });

  it('does not take a link inside a paragraph for the source', () => {
    const text =
      'Headline of the day here\n\nThe agency published its report at https://example.org/report yesterday, and it was widely read.\n';
    expect(readTextMetadata(text, 'txt').url).toBeNull();
  });

  it('reads YAML front matter in Markdown and starts the body after it', () => {
    const text =
      '---\ntitle: "Donors meet in Brussels"\ndate: 2023-05-04T09:00:00Z\nsource: https://example.org/a/1\ntags: [aid]\n---\n\n' +
      'The donors conference in Brussels pledged new funds for demining, the commission said on Thursday.\n';
    const meta = readTextMetadata(text, 'md');
    expect(meta).toMatchObject({
      title: 'Donors meet in Brussels',
      date: '2023-05-04',
      url: 'https://example.org/a/1',
    });
    expect(text.slice(meta.titleStart)).toMatch(/^The donors conference/);
  });
});

// FollowTheMoney JSON lines: every line is valid against the FtM model subset, and the mapping
// (schemata, relation schemata, countries, regions, agreements, provenance) is the documented one.
import { describe, expect, it } from 'vitest';
import { ftmId } from '../../electron/core/export/ftm/entity';
import { ftmExporter } from '../../electron/core/export/ftm/ftm';
import { sampleGraph, syntheticGraph } from './fixtures';
import { validateFtm, type FtmLine } from './ftm-model';

function lines(graph = sampleGraph()): FtmLine[] {
  return String(ftmExporter.write(graph, {}))
    .split('\n')
    .filter((l) => l.length > 0)
    .map((l) => JSON.parse(l) as FtmLine);
}

function byOurId(all: FtmLine[], kind: Parameters<typeof ftmId>[0], id: string): FtmLine {
  const found = all.find((e) => e.id === ftmId(kind, id));
  if (!found) throw new Error(`no FtM entity for ${kind} ${id}`);
  return found;
}

describe('FtM export', () => {
  it('emits only lines valid against the FtM model subset', () => {
    expect(validateFtm(lines())).toEqual([]);
    expect(validateFtm(lines(syntheticGraph(500)))).toEqual([]);
  });

  it('maps entity types to FtM schemata', () => {
    const all = lines();
    const schemaOf = (id: string) => byOurId(all, 'entity', id).schema;
    expect(['e1', 'e3', 'e4', 'e6', 'e7', 'e8'].map(schemaOf)).toEqual(['PublicBody', 'Person', 'PublicBody', 'Event', 'Address', 'Organization']);
    const az = byOurId(all, 'entity', 'e1').properties;
    expect(az).toMatchObject({ name: ['Azerbaijan'], country: ['az'], jurisdiction: ['az'], keywords: ['country'] });
    expect(az.alias).toEqual(['Azerbaïdjan', 'أذربيجان']);
    expect(byOurId(all, 'entity', 'e7').properties).toMatchObject({ full: ['Ḥaut-Karabakh'], country: ['az'] });
    // The agreement lists its parties.
    expect(byOurId(all, 'entity', 'e6').properties.involved).toEqual([ftmId('entity', 'e1')]);
    // Heading, being part of or representing a country gives its code.
    expect(byOurId(all, 'entity', 'e3').properties.country).toEqual(['az']);
    expect(byOurId(all, 'entity', 'e5').properties.country).toEqual(['am']);
  });

  it('maps relations to interval schemata with the evidence in summary and description', () => {
    const all = lines();
    const rel = (id: string) => byOurId(all, 'relation', id);
    expect(rel('r1')).toMatchObject({ schema: 'Directorship', properties: { director: [ftmId('entity', 'e3')], organization: [ftmId('entity', 'e1')], role: ['heads'] } });
    expect(rel('r5')).toMatchObject({ schema: 'Membership', properties: { member: [ftmId('entity', 'e4')], organization: [ftmId('entity', 'e1')] } });
    expect(rel('r7')).toMatchObject({ schema: 'Representation', properties: { agent: [ftmId('entity', 'e5')], client: [ftmId('entity', 'e2')] } });
    // A region is not a LegalEntity, so its part_of falls back to UnknownLink.
    expect(rel('r8')).toMatchObject({ schema: 'UnknownLink', properties: { subject: [ftmId('entity', 'e7')], role: ['part_of'] } });
    const r2 = rel('r2').properties;
    expect(r2.summary).toEqual(['Azerbaijan and Armenia met in "Washington" & agreed <quietly>', 'أذربيجان وأرمينيا اجتمعتا']);
    expect(r2.description).toEqual([
      '"Azerbaijan and Armenia met in "Washington" & agreed <quietly>" - a1.txt (Talks in Washington), chars 80-141',
      '"أذربيجان وأرمينيا اجتمعتا" - a2.txt (Accord & "paix"), chars 5-30, confidence 0.7',
    ]);
    expect(r2.sourceUrl).toEqual(['https://example.org/a1', 'https://example.org/a2']);
    expect(r2.recordId).toEqual(['r2']);
  });

  it('emits articles, proof and mentions', () => {
    const all = lines();
    const a2 = byOurId(all, 'article', 'a2.txt');
    expect(a2).toMatchObject({ schema: 'Article', properties: { title: ['Accord & "paix"'], publishedAt: ['2025-08-09'], language: ['fra'], sourceUrl: ['https://example.org/a2'], fileName: ['a2.txt'] } });
    // No title, no valid URL: named after the file, URL dropped.
    expect(byOurId(all, 'article', 'a4.txt').properties).toEqual({ name: ['a4.txt'], fileName: ['a4.txt'] });
    expect(byOurId(all, 'entity', 'e1').properties.proof).toEqual([ftmId('article', 'a1.txt'), ftmId('article', 'a2.txt'), ftmId('article', 'a3.txt')]);
    const mentions = all.filter((e) => e.schema === 'Mention' && (e.properties.resolved as string[])[0] === ftmId('entity', 'e3'));
    expect(mentions.map((m) => m.properties.document)).toEqual([[ftmId('article', 'a1.txt')]]);
    // Events and addresses are not LegalEntities: no Mention, but proof.
    expect(all.some((e) => e.schema === 'Mention' && (e.properties.resolved as string[])[0] === ftmId('entity', 'e7'))).toBe(false);
  });

  it('gives stable, prefixed ids', () => {
    expect(lines().map((e) => e.id)).toEqual(lines().map((e) => e.id));
    expect(ftmId('entity', 'e1')).toMatch(/^kg-[0-9a-f]{40}$/);
    expect(ftmId('entity', 'e1')).not.toBe(ftmId('relation', 'e1'));
  });
});

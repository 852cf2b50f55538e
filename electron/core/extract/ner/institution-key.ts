// What an institution's name says about it, gathered while its name is scanned: the head noun
// (and so its type), the concepts of its other words, the country it belongs to, and the proper
// names in it. From these comes its identity key, `inst:CC:CONCEPT+CONCEPT+#SKELETON`, equal for
// the same body named in English, French or Arabic.
import type { EntityType } from '../../../../shared/domain';
import { skeleton } from '../../../../shared/text/skeleton';
import type { Concept } from '../lexicon/lex-index';

export interface InstitutionParts {
  head: Concept;
  headCapital: boolean;
  concepts: Set<string>;
  country?: string;
  /** Mention ids of countries/bodies named inside the name. */
  inner: number[];
  /** Mention ids of parent bodies named right after the name ("de l'OSCE"). */
  parents: number[];
  names: string[];
  unknownLower: number;
}

export function newParts(head: Concept, headCapital: boolean): InstitutionParts {
  return { head, headCapital, concepts: new Set([head.id]), inner: [], parents: [], names: [], unknownLower: 0 };
}

export function addConcept(p: InstitutionParts, c: Concept): void {
  if (!c.weak) p.concepts.add(c.id);
}

export function institutionType(p: InstitutionParts): EntityType {
  if (p.head.head === 'organization') return 'organization';
  if (p.head.id === 'AGENCY' && p.names.length && p.concepts.size === 1 && !p.country) return 'organization';
  return 'agency';
}

export function institutionKey(p: InstitutionParts): string {
  const parts = [...p.concepts].sort();
  for (const n of p.names) {
    const sk = skeleton(n).replace(/ /g, '');
    if (sk) parts.push(`#${sk}`);
  }
  return `inst:${p.country ?? '?'}:${parts.join('+')}`;
}

/** Whether the scanned words make a name rather than a common noun phrase ("the ministry"). */
export function acceptable(p: InstitutionParts): boolean {
  if (p.head.id === 'GROUP' && !p.names.length && !['TRILATERAL', 'JOINT', 'WORK'].some((c) => p.concepts.has(c))) return false;
  if (p.head.head === 'armed') return !!p.country || (p.headCapital && p.names.length > 0);
  // "l'ONG britannique HALO Trust", "le ministère turc": a head with only a country is a
  // description, not a name.
  const content = p.concepts.size - 1 + p.names.length;
  // "the Japanese Embassy": a capitalised embassy with its country is that country's mission.
  if (content === 0 && p.country) return p.head.id === 'EMBASSY' && p.headCapital;
  if (p.unknownLower > 0 && !p.headCapital && !p.country) return false;
  return content > 0;
}

// Maps an article's candidate entities onto entities already in the store. A stable key decides
// first (ISO codes for countries and regions, lexicon ids, institution and agreement keys). A
// country or region key that the store does not know yet makes a new entity; other keys may still
// meet an existing entity by name. Then a folded alias of the same or a compatible type, then
// (for names with no code) the cross-script consonant skeleton: جوزيف عون ~ Joseph
// Aoun, تيغراي ~ Tigray, يونيسف ~ UNICEF. A match must be unique, or nothing is merged.
import type { EntityType } from '../../../shared/domain';
import { foldKey } from '../../../shared/text/fold';
import { skeleton } from '../../../shared/text/skeleton';
import type { CandidateEntity, EntityIndex } from './types';
import { DATED } from './entities';

const SKELETON_TYPES = new Set<EntityType>(['official', 'organization', 'agency', 'region']);
/** Agencies and organizations are told apart by context the text may not give. */
const COMPATIBLE: Partial<Record<EntityType, EntityType[]>> = { agency: ['agency', 'organization'], organization: ['organization', 'agency'] };
const MIN_SKELETON = 4;
/** A one-word body name (a transliterated acronym such as يونيسف) may have a short skeleton. */
const MIN_SKELETON_ONE_WORD_BODY = 2;

function unique(ids: number[]): number | undefined {
  const set = new Set(ids);
  return set.size === 1 ? [...set][0] : undefined;
}

function names(c: CandidateEntity): string[] {
  return [c.label, ...c.aliases.map((a) => a.name)];
}

function byAlias(c: CandidateEntity, index: EntityIndex): number | undefined {
  const types = COMPATIBLE[c.type] ?? [c.type];
  const keys = [...new Set(names(c).map(foldKey))].filter(Boolean);
  return unique(types.flatMap((t) => keys.flatMap((k) => index.byAlias(t, k))));
}

function bySkeleton(c: CandidateEntity, index: EntityIndex): number | undefined {
  if (!SKELETON_TYPES.has(c.type)) return undefined;
  const types = COMPATIBLE[c.type] ?? [c.type];
  const body = c.type === 'agency' || c.type === 'organization';
  // A short skeleton is a look-alike risk (ANAM ~ يوناما): only a body known by a one-word name
  // alone, a transliterated acronym, may match by it.
  const oneWord = body && names(c).every((n) => !/\s/.test(n.trim()));
  const skeletons = [...new Set(names(c).map((n) => ({ n, s: skeleton(n) })))].filter(({ s }) => {
    const len = s.replace(/ /g, '').length;
    return len >= MIN_SKELETON || (oneWord && len >= MIN_SKELETON_ONE_WORD_BODY);
  });
  return unique(types.flatMap((t) => skeletons.flatMap(({ s }) => index.bySkeleton(t, s))));
}

export function resolveEntity(candidate: CandidateEntity, index: EntityIndex): number | undefined {
  if (candidate.key) {
    const id = index.byKey(candidate.key);
    if (id !== undefined || candidate.key.startsWith('iso:')) return id;
  }
  // A body the lexicon knows has its names in every language already; a consonant skeleton would
  // only find look-alikes (صونا ~ ASEAN, يوناما ~ ANAM).
  if (candidate.key?.startsWith('lex:')) return byAlias(candidate, index);
  // A dated agreement is the one with its date; its bare noun ("ceasefire") names many others.
  if (candidate.key && DATED.test(candidate.key)) return undefined;
  return byAlias(candidate, index) ?? bySkeleton(candidate, index);
}

/** localId -> existing entity id, for the candidates that already exist. */
export function resolveEntities(candidates: CandidateEntity[], index: EntityIndex): Map<string, number> {
  const out = new Map<string, number>();
  for (const c of candidates) {
    const id = resolveEntity(c, index);
    if (id !== undefined) out.set(c.localId, id);
  }
  return out;
}

// The domain vocabulary of KG Explorer: the entity and relation types of the gold SCHEMA
// (../shared/gold/SCHEMA.md), the languages the engine reads, and the shape of provenance.
// Everything here is data and types, shared by the engine, the CLI and the renderer.

export const ENTITY_TYPES = ['country', 'region', 'agency', 'organization', 'official', 'agreement'] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

export const RELATION_TYPES = [
  'heads',
  'represents',
  'part_of',
  'party_to',
  'mediates',
  'cooperates_with',
  'funds',
  'operates_in',
  'attacks',
  'occupies',
  'accuses',
  'meets',
  'hands_over',
  'supports',
] as const;
export type TypedRelationType = (typeof RELATION_TYPES)[number];

/** Two entities named in one sentence with no typed relation between them: shown only on request. */
export const CO_MENTIONED = 'co_mentioned' as const;
export type RelationType = TypedRelationType | typeof CO_MENTIONED;
export const ALL_RELATION_TYPES: readonly RelationType[] = [...RELATION_TYPES, CO_MENTIONED];

/** Relation types whose direction carries no meaning (SCHEMA: "symmetric"). */
export const SYMMETRIC_RELATIONS: ReadonlySet<RelationType> = new Set<RelationType>([
  'cooperates_with',
  'meets',
  CO_MENTIONED,
]);

export const LANGS = ['en', 'fr', 'ar'] as const;
export type Lang = (typeof LANGS)[number];

/** Which name an entity is labelled with: one language's where it has one, or its most frequent. */
export const LABEL_PREFERENCES = [...LANGS, 'frequent'] as const;
export type LabelPreference = (typeof LABEL_PREFERENCES)[number];

export function isLabelPreference(value: unknown): value is LabelPreference {
  return typeof value === 'string' && (LABEL_PREFERENCES as readonly string[]).includes(value);
}

export function isEntityType(value: unknown): value is EntityType {
  return typeof value === 'string' && (ENTITY_TYPES as readonly string[]).includes(value);
}

export function isRelationType(value: unknown): value is RelationType {
  return typeof value === 'string' && (ALL_RELATION_TYPES as readonly string[]).includes(value);
}

export function isLang(value: unknown): value is Lang {
  return typeof value === 'string' && (LANGS as readonly string[]).includes(value);
}

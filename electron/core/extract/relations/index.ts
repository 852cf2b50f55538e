// The relation rules of the engine, run in order over one article. Each rule is a typed
// descriptor with an id, a short description and one function, so that rules can be listed,
// documented and switched off by id.
import type { CandidateEntity, CandidateRelation } from '../types';
import type { Doc, Mention } from '../ner/doc';
import type { SentenceTags } from '../ner/tags';
import { RelationSet } from './collect';
import { containmentRelations, roleRelations } from './structural';
import type { EntityOf } from './structural';
import { sentenceRelations } from './sentences';

export interface RelationContext {
  doc: Doc;
  entityOf: Map<number, string>;
  rels: RelationSet;
  ent: EntityOf;
  tags: SentenceTags[];
}

export interface RelationRule {
  id: string;
  description: string;
  run(ctx: RelationContext): void;
}

export const RELATION_RULES: RelationRule[] = [
  { id: 'role', description: 'Titles of office: "the head of X, NAME" heads, "X ambassador NAME" represents.', run: (c) => roleRelations(c.doc, c.rels, c.ent) },
  { id: 'sentence', description: 'Cue words with their frames, helpers, compounds, speaker stances and co-mentions, per sentence.', run: (c) => sentenceRelations(c, c.entityOf) },
  { id: 'containment', description: 'Names that contain their country or parent, and places stated to lie in others: part_of.', run: (c) => containmentRelations(c.doc, c.rels, c.ent) },
];

export function findRelations(doc: Doc, entities: CandidateEntity[], entityOf: Map<number, string>, tags: SentenceTags[], disabled: ReadonlySet<string> = new Set()): CandidateRelation[] {
  const rels = new RelationSet(new Map(entities.map((e) => [e.localId, e])));
  const ent: EntityOf = (m: Mention | undefined) => (m ? entityOf.get(m.id) : undefined);
  const ctx: RelationContext = { doc, entityOf, rels, ent, tags };
  for (const rule of RELATION_RULES) if (!disabled.has(rule.id)) rule.run(ctx);
  return rels.list();
}

// Collects relations found by the rules of one article: one relation per (source, type, target),
// with every evidence span that states it. Mentions are turned into local entity ids here, and
// relations between an entity and itself, or between types the SCHEMA does not allow, are
// dropped.
import type { EntityType, RelationType } from '../../../../shared/domain';
import { SYMMETRIC_RELATIONS } from '../../../../shared/domain';
import type { CandidateRelation, CandidateEntity, EvidenceSpan } from '../types';

/** SCHEMA.md: which entity types each relation may join. */
const ALLOWED: Record<string, [EntityType[], EntityType[]]> = {
  heads: [['official'], ['agency', 'organization', 'country']],
  represents: [['official'], ['country', 'agency', 'organization']],
  part_of: [['agency', 'region'], ['agency', 'country', 'region']],
  party_to: [['country', 'agency', 'official', 'organization'], ['agreement']],
  mediates: [['country', 'agency', 'organization', 'official'], ['agreement']],
  cooperates_with: [['country', 'agency', 'organization', 'official'], ['country', 'agency', 'organization', 'official']],
  funds: [['country', 'agency', 'organization'], ['agency', 'country', 'organization']],
  operates_in: [['agency', 'organization'], ['region', 'country']],
  attacks: [['country', 'agency', 'organization'], ['country', 'region', 'agency']],
  occupies: [['country', 'agency', 'organization'], ['region']],
  accuses: [['country', 'agency', 'official'], ['country', 'agency']],
  meets: [['official', 'agency'], ['official', 'agency']],
  hands_over: [['country', 'agency'], ['country', 'agency']],
  supports: [['country', 'agency', 'organization', 'official'], ['country', 'agency']],
};

export class RelationSet {
  private readonly byKey = new Map<string, CandidateRelation>();
  /** Unordered entity pairs that have a typed relation. */
  private readonly pairs = new Set<string>();
  constructor(private readonly types: Map<string, CandidateEntity>) {}

  add(source: string | undefined, type: RelationType, target: string | undefined, ev: EvidenceSpan, attributes?: Record<string, string>): boolean {
    if (!source || !target || source === target) return false;
    const s = this.types.get(source);
    const t = this.types.get(target);
    const allowed = ALLOWED[type];
    if (!s || !t || (allowed && (!allowed[0].includes(s.type) || !allowed[1].includes(t.type)))) return false;
    if (type === 'part_of' && s.type === 'region' && t.type === 'agency') return false;
    if (type === 'part_of' && s.type === 'agency' && t.type === 'region') return false;
    const [a, b] = SYMMETRIC_RELATIONS.has(type) && source > target ? [target, source] : [source, target];
    const key = `${a}|${type}|${b}`;
    const existing = this.byKey.get(key);
    if (existing) {
      if (!existing.evidence.some((e) => e.start === ev.start && e.end === ev.end)) existing.evidence.push(ev);
      if (attributes) existing.attributes = { ...attributes, ...existing.attributes };
      return true;
    }
    this.byKey.set(key, { source: a, target: b, type, evidence: [ev], ...(attributes ? { attributes } : {}) });
    if (type !== 'co_mentioned') this.pairs.add(source < target ? `${source}|${target}` : `${target}|${source}`);
    return true;
  }

  has(a: string, type: RelationType, b: string): boolean {
    return this.byKey.has(`${a}|${type}|${b}`) || this.byKey.has(`${b}|${type}|${a}`);
  }

  /** Whether the two entities already have a typed relation (so co-mention adds nothing). */
  linked(a: string, b: string): boolean {
    return this.pairs.has(a < b ? `${a}|${b}` : `${b}|${a}`);
  }

  /** A mediator of an agreement is not a party to it ("قطر ومصر تعلنان التوصل إلى اتفاق" with
   *  "الوساطة التي قادتها دولة قطر"). */
  list(): CandidateRelation[] {
    return [...this.byKey.values()].filter((r) => r.type !== 'party_to' || !this.byKey.has(`${r.source}|mediates|${r.target}`));
  }
}

// Which FtM schema each of our entity types becomes, the schema families FtM's entity ranges
// name, and the lookup tables the node and relation mappers share.
import type { EntityType } from '../../../../shared/domain';
import type { CanonicalGraph, GraphNode } from '../../../../shared/graph-format';
import type { FtmEntity } from './entity';

export const NODE_SCHEMA: Readonly<Record<EntityType, string>> = {
  official: 'Person',
  agency: 'PublicBody',
  organization: 'Organization',
  country: 'PublicBody',
  region: 'Address',
  agreement: 'Event',
};

/** Schemata under LegalEntity: what Mention.resolved, Membership.member and the like accept. */
export const LEGAL_ENTITY = new Set(['Person', 'Organization', 'PublicBody']);
/** Schemata under Organization: what Membership.organization and Directorship.organization accept. */
export const ORGANIZATION = new Set(['Organization', 'PublicBody']);

export interface FtmContext {
  graph: CanonicalGraph;
  nodes: Map<string, { node: GraphNode; entity: FtmEntity }>;
  articles: Map<string, FtmEntity>;
  /** Article URLs and titles by file, for relations' provenance. */
  urls: Map<string, string>;
  titles: Map<string, string | null>;
}

// Relations as FtM interval entities, one per edge, carrying the edge's evidence: each quote in
// `summary`, one provenance line per evidence record in `description` (article, offsets, rule,
// confidence), the articles' URLs in `sourceUrl`, our edge id in `recordId` and the relation type
// in `role`. FtM's intervals have no `proof` property, hence the text. The schema is the most
// specific one whose ranges the two ends satisfy, else UnknownLink (subject/object accept any
// Thing). Relations that FtM also models as plain properties set them too: a country's code on
// whatever is part of, represents or heads it; an agreement's parties in its `involved`.
import type { RelationType } from '../../../../shared/domain';
import type { GraphEdge } from '../../../../shared/graph-format';
import { addValues, countryCode, makeEntity, type FtmEntity } from './entity';
import { LEGAL_ENTITY, ORGANIZATION, type FtmContext } from './schema';

interface Shape {
  schema: string;
  source: string;
  target: string;
  /** Which end schemata the specific schema's ranges accept. */
  accepts: (source: string, target: string) => boolean;
}

const UNKNOWN_LINK: Shape = { schema: 'UnknownLink', source: 'subject', target: 'object', accepts: () => true };

const SPECIFIC: Partial<Record<RelationType, Shape>> = {
  heads: {
    schema: 'Directorship',
    source: 'director',
    target: 'organization',
    accepts: (s, t) => LEGAL_ENTITY.has(s) && ORGANIZATION.has(t),
  },
  represents: {
    schema: 'Representation',
    source: 'agent',
    target: 'client',
    accepts: (s, t) => LEGAL_ENTITY.has(s) && LEGAL_ENTITY.has(t),
  },
  part_of: {
    schema: 'Membership',
    source: 'member',
    target: 'organization',
    accepts: (s, t) => LEGAL_ENTITY.has(s) && ORGANIZATION.has(t),
  },
};

/** Relations that give their source the target country's code as its `country`. */
const COUNTRY_OF_SOURCE: ReadonlySet<RelationType> = new Set<RelationType>(['part_of', 'represents', 'heads']);

function provenance(edge: GraphEdge, ctx: FtmContext): string[] {
  return edge.evidence.map((ev) => {
    const title = ctx.titles.get(ev.article);
    const parts = [`${ev.article}${title ? ` (${title})` : ''}`, `chars ${ev.start}-${ev.end}`];
    if (ev.rule) parts.push(`rule ${ev.rule}`);
    if (ev.confidence !== undefined) parts.push(`confidence ${ev.confidence}`);
    return `"${ev.quote}" - ${parts.join(', ')}`;
  });
}

function relationEntity(edge: GraphEdge, ctx: FtmContext, source: FtmEntity, target: FtmEntity): FtmEntity {
  const specific = SPECIFIC[edge.type];
  const shape = specific && specific.accepts(source.schema, target.schema) ? specific : UNKNOWN_LINK;
  const e = makeEntity('relation', edge.id, shape.schema);
  addValues(e, shape.source, source.id);
  addValues(e, shape.target, target.id);
  addValues(e, 'role', edge.type);
  addValues(e, 'summary', ...edge.evidence.map((ev) => ev.quote));
  addValues(e, 'description', ...provenance(edge, ctx));
  addValues(e, 'description', ...Object.entries(edge.attributes ?? {}).map(([k, v]) => `${k}: ${v}`));
  addValues(e, 'sourceUrl', ...edge.evidence.map((ev) => ctx.urls.get(ev.article)));
  addValues(e, 'recordId', edge.id);
  return e;
}

/** Sets the plain properties that mirror a relation on its ends. */
function mirror(edge: GraphEdge, ctx: FtmContext, source: FtmEntity, target: FtmEntity): void {
  const targetNode = ctx.nodes.get(edge.target)?.node;
  if (targetNode?.type === 'country' && COUNTRY_OF_SOURCE.has(edge.type)) {
    addValues(source, 'country', countryCode(targetNode.key));
  }
  if (edge.type === 'party_to' && targetNode?.type === 'agreement' && LEGAL_ENTITY.has(source.schema)) {
    addValues(target, 'involved', source.id);
  }
}

export function relationEntities(ctx: FtmContext): FtmEntity[] {
  const out: FtmEntity[] = [];
  for (const edge of ctx.graph.edges) {
    const source = ctx.nodes.get(edge.source)?.entity;
    const target = ctx.nodes.get(edge.target)?.entity;
    if (!source || !target) continue;
    out.push(relationEntity(edge, ctx, source, target));
    mirror(edge, ctx, source, target);
  }
  return out;
}

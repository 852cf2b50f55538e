// FollowTheMoney JSON lines for Aleph / OpenAleph (`ftm import`, `alephclient write-entities`).
// The mapping, documented in the README's export section:
//   official -> Person, agency -> PublicBody, organization -> Organization,
//   country -> PublicBody (the state as an actor) with `country` and `jurisdiction` set to its
//     ISO code, since FtM has no Country schema and a country must be able to hold relations,
//   region -> Address (`full`, `region`, `country` from its ISO 3166-2 key or a part_of country),
//   agreement -> Event (`involved` lists its parties), article -> Article,
//   relations -> Directorship / Representation / Membership / UnknownLink (relations.ts).
// Every entity keeps our type in `keywords` and its source articles in `proof`; people and
// organisations also get one Mention per article they were read in.
import type { CanonicalGraph, GraphNode } from '../../../../shared/graph-format';
import type { Exporter } from '../registry';
import { addValues, countryCode, ftmDate, ftmLanguage, ftmUrl, makeEntity, type FtmEntity } from './entity';
import { relationEntities } from './relations';
import { LEGAL_ENTITY, NODE_SCHEMA, type FtmContext } from './schema';

function articleEntity(file: string, a: CanonicalGraph['articles'][number] | undefined): FtmEntity {
  const e = makeEntity('article', file, 'Article');
  addValues(e, 'name', a?.title ?? file);
  addValues(e, 'title', a?.title);
  addValues(e, 'fileName', file);
  addValues(e, 'publishedAt', ftmDate(a?.date ?? null));
  addValues(e, 'language', ftmLanguage(a?.lang ?? null));
  addValues(e, 'sourceUrl', ftmUrl(a?.url ?? null));
  return e;
}

/** Every article referred to anywhere, so that no `proof` or `document` reference dangles. */
function articleEntities(graph: CanonicalGraph): Map<string, FtmEntity> {
  const records = new Map(graph.articles.map((a) => [a.file, a]));
  const files = new Set(records.keys());
  for (const n of graph.nodes) for (const f of n.articles ?? []) files.add(f);
  for (const e of graph.edges) for (const ev of e.evidence) files.add(ev.article);
  return new Map([...files].map((f) => [f, articleEntity(f, records.get(f))]));
}

function nodeEntity(node: GraphNode): FtmEntity {
  const schema = NODE_SCHEMA[node.type];
  const e = makeEntity('entity', node.id, schema);
  addValues(e, 'name', node.label);
  addValues(e, 'alias', ...Object.values(node.aliases).flat().filter((a) => a !== node.label));
  addValues(e, 'keywords', node.type);
  const code = countryCode(node.key);
  const wikidata = node.key ? /^wikidata:(Q\d+)$/.exec(node.key) : null;
  if (wikidata) addValues(e, 'wikidataId', wikidata[1]);
  if (node.type === 'country') {
    addValues(e, 'country', code);
    addValues(e, 'jurisdiction', code);
  }
  if (node.type === 'region') {
    addValues(e, 'full', node.label);
    addValues(e, 'region', node.label);
    addValues(e, 'country', code);
  }
  return e;
}

/** Articles an entity is supported by: those it is mentioned in and those of its relations' evidence. */
function sourceFiles(graph: CanonicalGraph): Map<string, Set<string>> {
  const files = new Map(graph.nodes.map((n) => [n.id, new Set(n.articles ?? [])]));
  for (const e of graph.edges) {
    for (const ev of e.evidence) {
      files.get(e.source)?.add(ev.article);
      files.get(e.target)?.add(ev.article);
    }
  }
  return files;
}

function mentions(ctx: FtmContext, files: Map<string, Set<string>>): FtmEntity[] {
  const out: FtmEntity[] = [];
  for (const { node, entity } of ctx.nodes.values()) {
    if (!LEGAL_ENTITY.has(entity.schema)) continue;
    for (const file of node.articles ?? files.get(node.id) ?? []) {
      const m = makeEntity('mention', `${node.id}\u0000${file}`, 'Mention');
      addValues(m, 'document', ctx.articles.get(file)?.id);
      addValues(m, 'resolved', entity.id);
      addValues(m, 'name', node.label);
      addValues(m, 'detectedSchema', entity.schema);
      out.push(m);
    }
  }
  return out;
}

export function toFtmEntities(graph: CanonicalGraph): FtmEntity[] {
  const articles = articleEntities(graph);
  const nodes = new Map(graph.nodes.map((n) => [n.id, { node: n, entity: nodeEntity(n) }]));
  const urls = new Map(graph.articles.flatMap((a) => (ftmUrl(a.url) ? [[a.file, a.url!] as const] : [])));
  const titles = new Map(graph.articles.map((a) => [a.file, a.title]));
  const ctx: FtmContext = { graph, nodes, articles, urls, titles };
  const files = sourceFiles(graph);
  for (const { node, entity } of nodes.values()) {
    addValues(entity, 'proof', ...[...(files.get(node.id) ?? [])].map((f) => articles.get(f)?.id));
  }
  const relations = relationEntities(ctx);
  return [...articles.values(), ...[...nodes.values()].map((n) => n.entity), ...relations, ...mentions(ctx, files)];
}

export const ftmExporter: Exporter = {
  id: 'ftm',
  label: 'FollowTheMoney JSON lines (Aleph, OpenAleph)',
  extension: 'ftm.json',
  mediaType: 'application/x-ndjson',
  write: (graph) =>
    toFtmEntities(graph)
      .map((e) => JSON.stringify(e) + '\n')
      .join(''),
};

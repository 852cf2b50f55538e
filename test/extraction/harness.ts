// An in-memory stand-in for the ingest -> extract -> resolve -> store pipeline, used by the
// extraction tests and the benchmark: it runs the extractor over article files, resolves their
// entities across articles with an in-memory EntityIndex and builds the canonical JSON graph that
// the scorer (../shared/tools/score-graph.mjs) reads.
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import type { Lang } from '../../shared/domain';
import type { CanonicalGraph, GraphEdge, GraphNode } from '../../shared/graph-format';
import { foldKey } from '../../shared/text/fold';
import { skeleton } from '../../shared/text/skeleton';
import { resolveEntities } from '../../electron/core/extract/resolve';
import type { EntityIndex, Extraction, Extractor } from '../../electron/core/extract/types';
import type { EntityType } from '../../shared/domain';

interface StoredEntity {
  id: number;
  type: EntityType;
  label: string;
  key?: string;
  aliases: Map<Lang, Set<string>>;
}

export class MemoryIndex implements EntityIndex {
  readonly entities: StoredEntity[] = [];
  byKey(key: string): number | undefined {
    return this.entities.find((e) => e.key === key)?.id;
  }
  byAlias(type: EntityType, aliasKey: string): number[] {
    return this.entities.filter((e) => e.type === type && this.names(e).some((n) => foldKey(n) === aliasKey)).map((e) => e.id);
  }
  bySkeleton(type: EntityType, sk: string): number[] {
    return this.entities.filter((e) => e.type === type && this.names(e).some((n) => skeleton(n) === sk)).map((e) => e.id);
  }
  names(e: StoredEntity): string[] {
    return [e.label, ...[...e.aliases.values()].flatMap((s) => [...s])];
  }
}

export interface HarnessArticle {
  file: string;
  lang: Lang;
  text: string;
  date?: string | null;
}

export function detectLang(text: string): Lang {
  const arabic = (text.match(/[\u0600-\u06FF]/g) ?? []).length;
  if (arabic > text.length / 5) return 'ar';
  return /\b(le|la|les|des|du|est|et)\b/gi.test(text) && (text.match(/\b(les|des|du)\b/gi) ?? []).length > (text.match(/\b(the|of|and)\b/gi) ?? []).length ? 'fr' : 'en';
}

export function readArticles(paths: string[], langs: Record<string, Lang> = {}): HarnessArticle[] {
  return paths.map((p) => {
    const text = readFileSync(p, 'utf8').replace(/^\uFEFF/, '').normalize('NFC');
    return { file: basename(p), text, lang: langs[basename(p)] ?? detectLang(text) };
  });
}

export interface HarnessRun {
  graph: CanonicalGraph;
  extractions: Map<string, { extraction: Extraction; ids: Map<string, number> }>;
}

function storeEntities(index: MemoryIndex, x: Extraction, lang: Lang): Map<string, number> {
  const ids = resolveEntities(x.entities, index);
  for (const c of x.entities) {
    let id = ids.get(c.localId);
    if (id === undefined) {
      id = index.entities.length;
      index.entities.push({ id, type: c.type, label: c.label, ...(c.key ? { key: c.key } : {}), aliases: new Map() });
      ids.set(c.localId, id);
    }
    const e = index.entities[id]!;
    if (lang === 'en' && c.aliases.length && !e.aliases.get('en')?.size) e.label = c.label;
    for (const a of c.aliases) {
      if (!e.aliases.has(a.lang)) e.aliases.set(a.lang, new Set());
      e.aliases.get(a.lang)!.add(a.name);
    }
  }
  return ids;
}

/** Extracts, resolves and merges the articles in order into one canonical graph. */
export function runHarness(extractor: Extractor, articles: HarnessArticle[]): HarnessRun {
  const index = new MemoryIndex();
  const edges = new Map<string, GraphEdge>();
  const extractions = new Map<string, { extraction: Extraction; ids: Map<string, number> }>();
  for (const a of articles) {
    const x = extractor.extract({ text: a.text, lang: a.lang, bodyStart: 0, bodyEnd: a.text.length, date: a.date ?? null });
    const ids = storeEntities(index, x, a.lang);
    extractions.set(a.file, { extraction: x, ids });
    for (const r of x.relations) {
      const s = ids.get(r.source)!;
      const t = ids.get(r.target)!;
      const key = `${s}|${r.type}|${t}`;
      const edge = edges.get(key) ?? { id: `r${edges.size}`, source: `n${s}`, target: `n${t}`, type: r.type, evidence: [], ...(r.attributes ? { attributes: r.attributes } : {}) };
      edge.evidence.push(...r.evidence.map((e) => ({ article: a.file, start: e.start, end: e.end, quote: e.quote, rule: e.rule, confidence: e.confidence })));
      edges.set(key, edge);
    }
  }
  const nodes: GraphNode[] = index.entities.map((e) => ({
    id: `n${e.id}`, type: e.type, label: e.label, aliases: Object.fromEntries([...e.aliases].map(([l, s]) => [l, [...s]])), ...(e.key ? { key: e.key } : {}),
  }));
  const graph: CanonicalGraph = { format: 'kg-explorer/graph', version: 1, nodes, edges: [...edges.values()], articles: articles.map((a) => ({ file: a.file, title: null, date: a.date ?? null, lang: a.lang, url: null })) };
  return { graph, extractions };
}

/** The typed relations the extractor finds in one text, as "source type target" by label. */
export function relationsOf(extractor: Extractor, text: string, lang: Lang): string[] {
  const x = extractor.extract({ text, lang, bodyStart: 0, bodyEnd: text.length });
  const label = new Map(x.entities.map((e) => [e.localId, e.label]));
  return x.relations.filter((r) => r.type !== 'co_mentioned').map((r) => `${label.get(r.source)} ${r.type} ${label.get(r.target)}`);
}

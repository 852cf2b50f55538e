// A stand-in for the rule engine in tests, benchmarks and the crash test: it finds a fixed list
// of names by indexOf and relates the entities named together in one sentence, so that tests of
// the pipeline, the store and the CLI do not depend on what the real engine extracts.
import type { EntityType, RelationType } from '../../../../shared/domain';
import type { ArticleForExtraction, CandidateEntity, CandidateRelation, Extraction, Extractor, Mention } from '../../extract/types';

export interface FakeName {
  /** The surface form searched for, case-sensitively, between non-letters. */
  name: string;
  type: EntityType;
  /** Entity identity within one article; names sharing it are aliases. Defaults to `name`. */
  id?: string;
  label?: string;
  key?: string;
}

export interface FakeRelation {
  source: string;
  type: RelationType;
  target: string;
}

export interface FakeExtractorOptions {
  version?: string;
  /** Typed relations to emit when both entities (by id) are named in one sentence. */
  relations?: FakeRelation[];
  /** Emit co_mentioned for every other pair named in one sentence. */
  coMentions?: boolean;
}

const LETTER = /[\p{L}\p{M}]/u;

function occurrences(text: string, from: number, to: number, name: string): number[] {
  const out: number[] = [];
  for (let at = text.indexOf(name, from); at >= 0 && at + name.length <= to; at = text.indexOf(name, at + 1)) {
    const before = text[at - 1] ?? ' ';
    const after = text[at + name.length] ?? ' ';
    if (!LETTER.test(before) && !LETTER.test(after)) out.push(at);
  }
  return out;
}

/** [start, end) of each sentence of the body, trimmed. */
function sentences(text: string, from: number, to: number): [number, number][] {
  const out: [number, number][] = [];
  for (const m of text.slice(from, to).matchAll(/[^.!?\n]+/g)) {
    const lead = m[0].length - m[0].trimStart().length;
    const start = from + m.index + lead;
    const end = from + m.index + m[0].trimEnd().length;
    if (end > start) out.push([start, end]);
  }
  return out;
}

function findMentions(names: FakeName[], a: ArticleForExtraction): { entities: CandidateEntity[]; mentions: Mention[] } {
  const entities = new Map<string, CandidateEntity>();
  const mentions: Mention[] = [];
  for (const n of names) {
    const id = n.id ?? n.name;
    for (const start of occurrences(a.text, a.bodyStart, a.bodyEnd, n.name)) {
      mentions.push({ entity: id, start, end: start + n.name.length, rule: 'fake:name' });
      const e = entities.get(id) ?? { localId: id, type: n.type, label: n.label ?? n.name, aliases: [], ...(n.key ? { key: n.key } : {}) };
      if (!e.aliases.some((x) => x.name === n.name)) e.aliases.push({ name: n.name, lang: a.lang });
      entities.set(id, e);
    }
  }
  mentions.sort((x, y) => x.start - y.start);
  return { entities: [...entities.values()], mentions };
}

function relate(a: ArticleForExtraction, mentions: Mention[], opts: FakeExtractorOptions): CandidateRelation[] {
  const out = new Map<string, CandidateRelation>();
  for (const [start, end] of sentences(a.text, a.bodyStart, a.bodyEnd)) {
    const named = [...new Set(mentions.filter((m) => m.start >= start && m.end <= end).map((m) => m.entity))];
    const evidence = { start, end, quote: a.text.slice(start, end), rule: 'fake:sentence', confidence: 0.5 };
    for (const [i, x] of named.entries()) {
      for (const y of named.slice(i + 1)) {
        const typed = opts.relations?.find((r) => (r.source === x && r.target === y) || (r.source === y && r.target === x));
        if (!typed && !opts.coMentions) continue;
        const rel = typed ?? { source: x, type: 'co_mentioned' as const, target: y };
        const key = `${rel.source}|${rel.type}|${rel.target}`;
        const entry = out.get(key) ?? { ...rel, evidence: [] };
        entry.evidence.push(evidence);
        out.set(key, entry);
      }
    }
  }
  return [...out.values()];
}

export function fakeExtractor(names: FakeName[], opts: FakeExtractorOptions = {}): Extractor {
  return {
    id: 'fake',
    version: opts.version ?? '1',
    extract(article): Extraction {
      const { entities, mentions } = findMentions(names, article);
      return { entities, mentions, relations: relate(article, mentions, opts) };
    },
  };
}

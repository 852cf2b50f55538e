// Graphs for the export tests and the export bench: a small hand-made one full of what breaks
// writers (Arabic and French names, markup characters, a control character, a formula-looking
// quote, parallel and symmetric edges, a self-loop, an article without metadata), and a seeded
// synthetic one of any size.
import { ALL_RELATION_TYPES, ENTITY_TYPES, LANGS } from '../../shared/domain';
import type { CanonicalGraph, GraphArticle, GraphEdge, GraphNode } from '../../shared/graph-format';

export function sampleGraph(): CanonicalGraph {
  const nodes: GraphNode[] = [
    { id: 'e1', type: 'country', label: 'Azerbaijan', aliases: { en: ['Azerbaijan'], fr: ['Azerbaïdjan'], ar: ['أذربيجان'] }, key: 'iso:AZ', mentions: 4, articles: ['a1.txt', 'a2.txt'] },
    { id: 'e2', type: 'country', label: 'Armenia', aliases: { en: ['Armenia'], ar: ['أرمينيا'] }, key: 'iso:AM', mentions: 3, articles: ['a1.txt'] },
    { id: 'e3', type: 'official', label: 'Ilham Aliyev', aliases: { en: ['Ilham Aliyev', 'Aliyev'], fr: ['Ilham Aliev'] }, mentions: 2, articles: ['a1.txt'] },
    { id: 'e4', type: 'agency', label: 'Ministry of "Foreign" Affairs & <Trade>', aliases: { en: ["Ministry of 'Foreign' Affairs"] }, articles: ['a2.txt'] },
    { id: 'e5', type: 'official', label: 'نيكول باشينيان', aliases: { ar: ['نيكول باشينيان'], en: ['Nikol Pashinyan'] }, mentions: 1, articles: ['a3.txt'] },
    { id: 'e6', type: 'agreement', label: 'Accord de paix de Washington', aliases: { fr: ['Accord de paix de Washington'] }, articles: ['a2.txt'] },
    { id: 'e7', type: 'region', label: 'Ḥaut-Karabakh', aliases: { fr: ['Ḥaut-Karabakh'] }, key: 'iso:AZ-XK', articles: ['a2.txt'] },
    { id: 'e8', type: 'organization', label: 'OSCE Minsk Group', aliases: {}, articles: [] },
  ];
  const ev = (article: string, start: number, quote: string, extra: Partial<GraphEdge['evidence'][number]> = {}) => ({
    article,
    start,
    end: start + quote.length,
    quote,
    ...extra,
  });
  const edges: GraphEdge[] = [
    { id: 'r1', source: 'e3', target: 'e1', type: 'heads', evidence: [ev('a1.txt', 10, 'President Ilham Aliyev of Azerbaijan said', { rule: 'title-of', confidence: 0.9 })] },
    { id: 'r2', source: 'e1', target: 'e2', type: 'meets', evidence: [ev('a1.txt', 80, 'Azerbaijan and Armenia met in "Washington" & agreed <quietly>'), ev('a2.txt', 5, 'أذربيجان وأرمينيا اجتمعتا', { confidence: 0.7 })] },
    { id: 'r3', source: 'e1', target: 'e2', type: 'accuses', evidence: [ev('a2.txt', 40, '=HYPERLINK("http://x") Azerbaijan accused Armenia')], attributes: { tone: 'sharp' } },
    { id: 'r4', source: 'e2', target: 'e1', type: 'accuses', evidence: [ev('a3.txt', 0, 'Armenia accused Azerbaijan\u0007 of shelling')] },
    { id: 'r5', source: 'e4', target: 'e1', type: 'part_of', evidence: [ev('a2.txt', 60, 'the ministry of Azerbaijan')] },
    { id: 'r6', source: 'e1', target: 'e6', type: 'party_to', evidence: [ev('a2.txt', 90, 'Azerbaijan signed the accord')] },
    { id: 'r7', source: 'e5', target: 'e2', type: 'represents', evidence: [ev('a3.txt', 30, 'باشينيان عن أرمينيا', { rule: 'speaks-for' })] },
    { id: 'r8', source: 'e7', target: 'e1', type: 'part_of', evidence: [ev('a2.txt', 120, 'Karabakh, in Azerbaijan')] },
    { id: 'r9', source: 'e8', target: 'e8', type: 'co_mentioned', evidence: [ev('a4.txt', 0, 'The Minsk Group and the Minsk Group')] },
    { id: 'r10', source: 'e8', target: 'e7', type: 'mediates', evidence: [] },
  ];
  const articles: GraphArticle[] = [
    { file: 'a1.txt', title: 'Talks in Washington', date: '2025-08-08', lang: 'en', url: 'https://example.org/a1' },
    { file: 'a2.txt', title: 'Accord & "paix"', date: '2025-08-09T10:00:00Z', lang: 'fr', url: 'https://example.org/a2' },
    { file: 'a3.txt', title: 'اجتماع', date: null, lang: 'ar', url: null },
    { file: 'a4.txt', title: null, date: null, lang: null, url: 'not a url' },
  ];
  return { format: 'kg-explorer/graph', version: 1, nodes, edges, articles };
}

/** A deterministic pseudo-random sequence (mulberry32), so the synthetic graph is the same every run. */
function prng(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS = ['Nord', 'Ministère', 'Council', 'وزارة', 'الخارجية', 'Union', 'Défense', 'Agency', 'Group', 'Front', 'Bank', 'مجلس'];

export function syntheticGraph(nodeCount: number, edgesPerNode = 2, seed = 1): CanonicalGraph {
  const rand = prng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
  const articles: GraphArticle[] = Array.from({ length: Math.max(1, Math.ceil(nodeCount / 10)) }, (_, i) => ({
    file: `art-${i}.txt`,
    title: `Article ${i} ${pick(WORDS)}`,
    date: `2025-0${1 + (i % 9)}-1${i % 10}`,
    lang: pick(LANGS),
    url: `https://news.example/${i}`,
  }));
  const nodes: GraphNode[] = Array.from({ length: nodeCount }, (_, i) => {
    const label = `${pick(WORDS)} ${pick(WORDS)} ${i}`;
    return { id: `n${i}`, type: pick(ENTITY_TYPES), label, aliases: { [pick(LANGS)]: [label, `${label} bis`] }, mentions: 1 + (i % 7), articles: [pick(articles).file] };
  });
  const edges: GraphEdge[] = Array.from({ length: nodeCount * edgesPerNode }, (_, i) => {
    const evidence = Array.from({ length: 1 + Math.floor(rand() * 3) }, () => {
      const quote = `${pick(WORDS)} said "${pick(WORDS)}" & more <${i}>`;
      const start = Math.floor(rand() * 5000);
      return { article: pick(articles).file, start, end: start + quote.length, quote, rule: 'synthetic', confidence: Math.round(rand() * 100) / 100 };
    });
    return { id: `r${i}`, source: `n${Math.floor(rand() * nodeCount)}`, target: `n${Math.floor(rand() * nodeCount)}`, type: pick(ALL_RELATION_TYPES), evidence };
  });
  return { format: 'kg-explorer/graph', version: 1, nodes, edges, articles };
}

// Groups an article's mentions into entities (one per real-world thing within the article) and
// turns each group into a CandidateEntity: same key, acronym and long form, surname and full
// name, an institution named without its country and the same institution with it, an undated
// agreement and the dated one of its kind it refers back to.
import type { AliasCandidate, CandidateEntity } from './types';
import type { Doc, Mention } from './ner/doc';
import { mentionsIn, surface } from './ner/doc';

/** An agreement key that starts with a full date: `agr:2020-11-10`, `agr:2020-11-10:...`. */
export const DATED = /^agr:\d{4}-\d{2}-\d{2}/;

class UnionFind {
  private readonly parent: number[] = [];
  find(x: number): number {
    while ((this.parent[x] ?? x) !== x) x = this.parent[x] = this.parent[this.parent[x]!] ?? this.parent[x]!;
    return x;
  }
  union(a: number, b: number): void {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra !== rb) this.parent[Math.max(ra, rb)] = Math.min(ra, rb);
  }
}

function agreementKey(m: Mention): string | undefined {
  const a = m.agr!;
  if (a.date && /^\d{4}-\d{2}-\d{2}$/.test(a.date)) return `agr:${a.date}`;
  if (a.date && a.nameKey) return `agr:${a.date}:${a.nameKey}`;
  if (a.nameKey) return `agr:${a.nameKey}:${a.kind}`;
  if (a.date && /^\d{4}$/.test(a.date)) return `agr:${a.date}:${a.kind}`;
  return a.date ? `local:${a.date}:${a.kind}` : undefined;
}

function sameTopic(doc: Doc, m: Mention, o: Mention): boolean {
  const words = surface(doc, o).toLowerCase();
  return m.agr!.topic.every((w) => words.includes(w));
}

/** An undated, unnamed agreement refers to the nearest of its kind (before, else after). */
function antecedent(doc: Doc, list: Mention[], i: number): Mention | undefined {
  const m = list[i]!;
  if (m.agr!.topic.length && !m.agr!.definite) return undefined;
  const found = pickAntecedent(list, i);
  return found && sameTopic(doc, m, found) ? found : undefined;
}

function pickAntecedent(list: Mention[], i: number): Mention | undefined {
  const m = list[i]!;
  const keyed = list.filter((o) => o !== m && agreementKey(o));
  const same = keyed.filter((o) => o.agr!.kind === m.agr!.kind);
  // A named agreement of the kind before it comes first, then one after it ("ووقعت الاتفاق" after
  // "اتفاق منحة", not the "اتفاقية أوتاوا" named further on).
  const earlier = list.slice(0, i).reverse().find((o) => o.agr!.kind === m.agr!.kind && o.agr!.distinctive);
  return [...same].reverse().find((o) => o.id < m.id) ?? earlier ?? same.find((o) => o.id > m.id) ?? list.slice(0, i).reverse().find((o) => o.agr!.kind === m.agr!.kind || agreementKey(o));
}

/** "l'accord de paix de Pretoria" and "signé ... à Pretoria un accord" (dated): one agreement. */
function placedAgreement(doc: Doc, list: Mention[], m: Mention): Mention | undefined {
  const a = m.agr!;
  if (a.date || !a.nameKey) return undefined;
  const dated = list.filter(
    (o) => o.agr!.date && o.agr!.kind === a.kind && (o.agr!.nameKey === a.nameKey || mentionsIn(doc, o.sent).some((x) => !x.dropped && x.key === a.nameKey)),
  );
  return dated.length === 1 ? dated[0] : undefined;
}

/** "signent à Doha un accord de paix" and "l'accord de Doha", both undated: the agreement with no
 *  key is the one named after a place its sentence names, when only one is. */
function namedHere(doc: Doc, list: Mention[], m: Mention): Mention | undefined {
  if (agreementKey(m)) return undefined;
  const places = new Set(mentionsIn(doc, m.sent).filter((x) => !x.dropped && x.key).map((x) => x.key));
  const named = list.filter((o) => o.agr!.kind === m.agr!.kind && !o.agr!.date && o.agr!.nameKey && places.has(o.agr!.nameKey));
  return new Set(named.map((o) => o.agr!.nameKey)).size === 1 ? named[0] : undefined;
}

function clusterAgreements(doc: Doc, uf: UnionFind): void {
  const list = doc.mentions.filter((m) => m.type === 'agreement' && !m.dropped);
  for (const m of list) {
    const placed = placedAgreement(doc, list, m);
    if (placed) {
      uf.union(placed.id, m.id);
      m.agr = { ...m.agr!, nameKey: undefined as unknown as string };
      delete m.agr.nameKey;
    }
  }
  const unkeyed = list.filter((m) => {
    const named = namedHere(doc, list, m);
    if (!named) return true;
    uf.union(named.id, m.id);
    // It refers to the named agreement; its words ("accord de paix") are no name of it.
    m.agr = { ...m.agr!, distinctive: false };
    return false;
  });
  const byKey = new Map<string, number>();
  list.forEach((m, i) => {
    if (!unkeyed.includes(m)) return;
    const key = agreementKey(m);
    if (key) {
      const first = byKey.get(key);
      if (first === undefined) byKey.set(key, m.id);
      else uf.union(first, m.id);
      return;
    }
    const ante = antecedent(doc, list, i);
    if (ante) uf.union(ante.id, m.id);
    else if (!m.agr!.distinctive) m.dropped = true;
  });
}

function clusterNames(doc: Doc, uf: UnionFind): void {
  const byKey = new Map<string, number>();
  const byName = new Map<string, number>();
  for (const m of doc.mentions) {
    if (m.dropped || m.type === 'agreement' || m.kind === 'pair') continue;
    if (m.sameAs !== undefined) uf.union(m.sameAs, m.id);
    if (m.anaphor) continue;
    const name = `${m.type}|${surface(doc, m).toLowerCase()}`;
    const key = m.key ?? (m.kind === 'name' ? name : undefined);
    if (!key) continue;
    const first = byKey.get(key) ?? (m.kind === 'name' ? byName.get(name) : undefined);
    if (first === undefined) byKey.set(key, m.id);
    else uf.union(first, m.id);
    if (m.kind === 'name' && !byName.has(name)) byName.set(name, m.id);
  }
  unionCountryless(doc, uf, byKey);
  unionHyphenated(doc, uf, byName);
}

/** "Liban-Sud" and "Sud" style compounds, "Nagorno-X" and "X" in one article: one place. */
function unionHyphenated(doc: Doc, uf: UnionFind, byName: Map<string, number>): void {
  for (const m of doc.mentions) {
    if (m.dropped || m.type !== 'region' || m.kind !== 'name' || m.key) continue;
    const parts = surface(doc, m).toLowerCase().split(/[-‐–]/);
    const last = parts.length > 1 ? byName.get(`region|${parts[parts.length - 1]!.trim()}`) : undefined;
    if (last !== undefined) uf.union(last, m.id);
  }
}

/** "the Foreign Ministry" and "the Ukrainian Foreign Ministry" in one article are one body. */
function unionCountryless(doc: Doc, uf: UnionFind, byKey: Map<string, number>): void {
  for (const [key, id] of byKey) {
    if (!key.startsWith('inst:?:')) continue;
    const rest = key.slice('inst:?:'.length);
    const withCountry = [...byKey].filter(([k]) => k.startsWith('inst:') && !k.startsWith('inst:?:') && k.endsWith(`:${rest}`));
    if (withCountry.length === 1) uf.union(withCountry[0]![1], id);
  }
}

export interface Clustering {
  entities: CandidateEntity[];
  /** Mention id -> local entity id. */
  entityOf: Map<number, string>;
}

/** An agreement's bare noun ("cessez-le-feu") is an alias only when a date identifies it and it
 *  has no better name, since resolution then goes by the date key, never by that alias (see
 *  ./resolve). */
function aliasesOf(doc: Doc, members: Mention[], dated: Mention | undefined): AliasCandidate[] {
  const out = namesOf(doc, members, false);
  // Only nouns of the dated mention's kind: "trêve" for a ceasefire, not "l'accord" nearby.
  return out.length || !dated ? out : namesOf(doc, members.filter((m) => m.agr?.kind === dated.agr?.kind), true);
}

function namesOf(doc: Doc, members: Mention[], bare: boolean): AliasCandidate[] {
  const seen = new Set<string>();
  const out: AliasCandidate[] = [];
  for (const m of members) {
    if (m.kind !== 'name' || m.anaphor || (m.type === 'agreement' && !m.agr!.distinctive && !bare)) continue;
    const name = surface(doc, m);
    if (!seen.has(name)) {
      seen.add(name);
      out.push({ name, lang: doc.lang });
    }
  }
  return out;
}

function labelOf(doc: Doc, members: Mention[], aliases: AliasCandidate[]): string {
  const known = members.find((m) => m.label && m.kind !== 'pair');
  if (known?.label && (doc.lang !== 'en' || !aliases.length || known.key?.startsWith('iso:') || known.key?.startsWith('lex:'))) return known.label;
  const longest = [...aliases].sort((a, b) => b.name.length - a.name.length)[0];
  if (longest) return longest.name;
  const a = members[0]!.agr;
  return a ? `${a.kind} ${a.date ?? ''}`.trim() : surface(doc, members[0]!);
}

/** Clusters the article's mentions and builds one candidate per entity. */
export function buildEntities(doc: Doc): Clustering {
  const uf = new UnionFind();
  clusterAgreements(doc, uf);
  clusterNames(doc, uf);
  const groups = new Map<number, Mention[]>();
  for (const m of doc.mentions) {
    if (m.dropped || m.kind === 'pair') continue;
    const r = uf.find(m.id);
    groups.set(r, [...(groups.get(r) ?? []), m]);
  }
  const entities: CandidateEntity[] = [];
  const entityOf = new Map<number, string>();
  for (const [root, members] of groups) {
    const localId = `e${root}`;
    const keyed = members.find((m) => m.key && !m.key.startsWith('local:')) ?? members.find((m) => m.agr && agreementKey(m));
    const key = keyed?.key ?? (keyed?.agr ? agreementKey(keyed) : undefined);
    const aliases = aliasesOf(doc, members, key && DATED.test(key) ? keyed : undefined);
    const type = members.find((m) => m.kind === 'name')?.type ?? members[0]!.type;
    entities.push({ localId, type, label: labelOf(doc, members, aliases), aliases, ...(key && !key.startsWith('local:') ? { key } : {}) });
    for (const m of members) {
      entityOf.set(m.id, localId);
      m.entity = root;
    }
  }
  return { entities, entityOf };
}

// The narrow interface between ingestion and the extraction engine: one article's text and
// language in, candidate entities, mentions and relations with evidence out. Everything the
// engine returns is local to the article; `resolve` then maps each candidate onto an entity
// already in the store (by stable key, alias or cross-script skeleton) or a new one.
import type { EntityType, Lang, RelationType } from '../../../shared/domain';

export interface ArticleForExtraction {
  /** The article text exactly as stored; offsets refer to it (UTF-16 code units). */
  text: string;
  lang: Lang;
  /** Extraction reads `text.slice(bodyStart, bodyEnd)` only; the rest is headline-less furniture. */
  bodyStart: number;
  bodyEnd: number;
  /** The article's own date (ISO), when ingestion found one: completes dates written without a year. */
  date?: string | null;
}

export interface AliasCandidate {
  name: string;
  lang: Lang;
}

export interface CandidateEntity {
  /** Unique within one extraction result. */
  localId: string;
  type: EntityType;
  label: string;
  /** A stable cross-article identity when one is known: `iso:AZ`, `lex:anama`, `agr:2020-11-10:statement`. */
  key?: string;
  aliases: AliasCandidate[];
}

export interface Mention {
  entity: string;
  start: number;
  end: number;
  rule: string;
}

export interface EvidenceSpan {
  start: number;
  end: number;
  /** Always `text.slice(start, end)`. */
  quote: string;
  rule: string;
  confidence: number;
}

export interface CandidateRelation {
  source: string;
  target: string;
  type: RelationType;
  attributes?: Record<string, string>;
  evidence: EvidenceSpan[];
}

export interface Extraction {
  entities: CandidateEntity[];
  mentions: Mention[];
  relations: CandidateRelation[];
}

export interface Extractor {
  id: string;
  /** Bumped when rules change, so stored articles can be re-extracted. */
  version: string;
  extract(article: ArticleForExtraction): Extraction;
}

/** What the store offers the resolver to find an entity that already exists. */
export interface EntityIndex {
  byKey(key: string): number | undefined;
  /** Entities of `type` with an alias whose `foldKey` is `aliasKey`. */
  byAlias(type: EntityType, aliasKey: string): number[];
  /** Entities of `type` with an alias whose cross-script `skeleton` is `skeleton`. */
  bySkeleton(type: EntityType, skeleton: string): number[];
}

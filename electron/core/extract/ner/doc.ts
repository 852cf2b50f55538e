// The working state of one extraction: the article's sentences and the mentions the rules have
// found so far. Mentions live on token ranges of a sentence; top-level mentions never overlap,
// nested ones (a country inside an agency's name) are kept apart for part_of and attribution.
import type { EntityType, Lang } from '../../../../shared/domain';
import type { LangIndex } from '../lexicon/lex-index';
import type { Lexicon } from '../lexicon/load';
import type { FoldedText } from '../text/fold-map';
import type { Sentence } from '../text/segment';
import { foldedIndex } from '../text/segment';
import type { AgreementInfo } from './agreements';
import type { DateMention } from '../dates';

/** How a mention refers: by name, by a nationality adjective, or as "the two countries". */
export type MentionKind = 'name' | 'adjective' | 'pair';

export interface Mention {
  id: number;
  sent: number;
  /** Token range [from, to) in the sentence. */
  from: number;
  to: number;
  start: number;
  end: number;
  type: EntityType;
  kind: MentionKind;
  rule: string;
  conf: number;
  /** Stable identity when known (iso:AZ, lex:un, inst:AZ:MINE+AGENCY). */
  key?: string;
  label?: string;
  /** ISO code of the country this entity belongs to, when its name says so. */
  country?: string;
  /** Key of a parent body named by the lexicon. */
  parentKey?: string;
  /** Mention ids of entities named inside this one's name (part_of candidates). */
  inner?: number[];
  nested?: boolean;
  /** Absorbed into a longer name ("CNN" in "CNN Turk"): no entity of its own. */
  dropped?: boolean;
  /** Set by clustering: the local entity this mention refers to. */
  entity?: number;
  /** For a "pair" mention: the entities it stands for. */
  pairOf?: number[];
  /** For an agreement: its kind, date and name parts (see ./agreements). */
  agr?: AgreementInfo;
  /** A bare head noun standing for a body named elsewhere ("the agency"): no alias of its own. */
  anaphor?: boolean;
  /** Another mention of the same entity in this article (an acronym and its long form, a surname). */
  sameAs?: number;
}

/** A person's office as a title states it: "the head of X, NAME", "French ambassador NAME". */
export interface Role {
  person: number;
  role: 'heads' | 'represents';
  /** The body named with the title, or the country its adjective names. */
  target?: number;
  sent: number;
  /** Token range of the whole title phrase, for the evidence quote. */
  from: number;
  to: number;
  rule: string;
}

export interface Doc {
  text: string;
  lang: Lang;
  folded: FoldedText;
  sentences: Sentence[];
  lex: Lexicon;
  li: LangIndex;
  /** The latest full date named in the article, or the article's own date: resolves "le 11 janvier". */
  refDate?: string;
  mentions: Mention[];
  roles: Role[];
  /** "X region of Y", "la ville d'Ukraine, Kharkiv": inner place lies in outer place. */
  placeLinks: Array<{ inner: number; outer: number; sent: number; rule: string }>;
  /** Every date in the body, in text order. */
  dates: DateMention[];
  /** Mentions by sentence, filled by addMention: rules ask about one sentence at a time. */
  bySentence: Mention[][];
}

/** The mentions of one sentence (any layer, dropped ones included). */
export function mentionsIn(doc: Doc, sent: number): Mention[] {
  return doc.bySentence[sent] ?? [];
}

/** A place named by its name: a country or a region (not a nationality adjective). */
export const isPlace = (m: Mention | undefined): m is Mention => !!m && m.kind === 'name' && (m.type === 'region' || m.type === 'country');

export function surface(doc: Doc, m: { start: number; end: number }): string {
  return doc.text.slice(m.start, m.end);
}

export function spanOf(doc: Doc, sent: number, from: number, to: number): { start: number; end: number } {
  const toks = doc.sentences[sent]!.tokens;
  return { start: toks[from]!.start, end: toks[to - 1]!.end };
}

export function addMention(doc: Doc, m: Omit<Mention, 'id' | 'start' | 'end'>): Mention {
  const toks = doc.sentences[m.sent]!.tokens;
  // Every mention gets every field, in one order: one object shape keeps property reads fast.
  const full: Mention = {
    id: doc.mentions.length, sent: m.sent, from: m.from, to: m.to, start: toks[m.from]!.start, end: toks[m.to - 1]!.end,
    type: m.type, kind: m.kind, rule: m.rule, conf: m.conf, key: m.key, label: m.label, country: m.country,
    parentKey: m.parentKey, inner: m.inner, nested: m.nested, dropped: m.dropped, entity: m.entity, pairOf: m.pairOf,
    agr: m.agr, anaphor: m.anaphor, sameAs: m.sameAs,
  };
  doc.mentions.push(full);
  (doc.bySentence[m.sent] ??= []).push(full);
  return full;
}

/** Moves a mention's start past the first `letters` folded letters of its first token (an Arabic
 *  clitic such as the "و" of "وبوروندي"), so that its name and aliases are the word itself. */
export function skipLetters(doc: Doc, m: Mention, letters: number): void {
  if (letters <= 0) return;
  const f = foldedIndex(doc.folded)(m.start) + letters;
  if (f < doc.folded.orig.length && doc.folded.orig[f]! < m.end) m.start = doc.folded.orig[f]!;
}

/** Top-level mentions of one sentence, in text order. */
export function sentenceMentions(doc: Doc, sent: number): Mention[] {
  return mentionsIn(doc, sent).filter((m) => !m.nested).sort((a, b) => a.from - b.from);
}

/** The top-level mention covering token i of a sentence, if any. */
export function mentionAt(doc: Doc, sent: number, i: number): Mention | undefined {
  return mentionsIn(doc, sent).find((m) => !m.nested && m.from <= i && i < m.to);
}

export function overlaps(doc: Doc, sent: number, from: number, to: number): Mention[] {
  return mentionsIn(doc, sent).filter((m) => !m.nested && m.from < to && from < m.to);
}

/** Marks the top-level mentions inside [from, to) as nested in a new container. */
export function nestInside(doc: Doc, sent: number, from: number, to: number): number[] {
  const inner = overlaps(doc, sent, from, to).filter((m) => m.from >= from && m.to <= to);
  for (const m of inner) m.nested = true;
  return inner.map((m) => m.id);
}

// The order in which the rules see an article: gazetteer names first, then names found from
// head nouns, acronyms, titles, place nouns and cue words, then propagation of discovered names,
// then agreements (which may contain names), then entities and relations.
import type { Lang } from '../../../shared/domain';
import type { ArticleForExtraction, Extraction, Mention as OutMention } from './types';
import { findDates, latestFullDate } from './dates';
import { buildEntities } from './entities';
import { findGazetteerHits } from './gazetteer';
import { langIndex } from './lexicon/lex-index';
import type { Lexicon } from './lexicon/load';
import { findAcronymDefinitions, propagateAcronyms } from './ner/acronyms';
import { findAgreements } from './ner/agreements';
import type { Doc } from './ner/doc';
import { addGazetteerMentions } from './ner/gazetteer-mentions';
import { findArabicInstitutions } from './ner/institutions-ar';
import { findLatinInstitutions } from './ner/institutions-latin';
import { findArabicPersons } from './ner/persons-ar';
import { findLatinPersons } from './ner/persons';
import { findPlaces } from './ner/place-rules';
import { findContextPlaces } from './ner/place-context';
import { findKnownAs, findSources, propagateNames, resolveBareHeads } from './ner/propagate';
import type { SentenceTags } from './ner/tags';
import { tagSentence } from './ner/tags';
import { findRelations } from './relations';
import { foldWithMap } from './text/fold-map';
import type { FoldedText } from './text/fold-map';
import { foldedIndex, paragraphs, sentences } from './text/segment';

/** Whether a paragraph's first line opens with a furniture cue as whole words. A one-word cue
 *  ("إعلان", "partager") must stand almost alone, since the same word opens headings such as
 *  "إعلان مشترك في كابل" (a joint declaration in Kabul). */
function isFurniture(line: string, cue: string): boolean {
  if (!line.startsWith(cue)) return false;
  const rest = line.slice(cue.length);
  if (/^[\p{L}\p{N}]/u.test(rest)) return false;
  if (cue.includes(' ') || /[:/]/.test(cue)) return true;
  return /^\s*[:|•]/.test(rest) || rest.split(' ').filter(Boolean).length <= 2;
}

/** Cuts the body at the first paragraph of page furniture (comment forms, related links). */
function bodyEnd(text: string, folded: FoldedText, from: number, to: number, cues: string[]): number {
  const paras = paragraphs(text, from, to);
  const at = foldedIndex(folded);
  for (let i = 1; i < paras.length; i++) {
    const [s] = paras[i]!;
    const f = at(s);
    const line = folded.text.slice(f, f + 80).split('\n')[0]!.replace(/\s+/g, ' ').trim();
    if (cues.some((c) => isFurniture(line, c))) return s;
  }
  return to;
}

function makeDoc(article: ArticleForExtraction, lex: Lexicon): Doc {
  const lang: Lang = article.lang;
  const li = langIndex(lex, lang);
  const folded = foldWithMap(article.text);
  const end = bodyEnd(article.text, folded, article.bodyStart, article.bodyEnd, li.furniture);
  const sents = sentences(article.text, folded, lang, article.bodyStart, end, { abbreviations: li.abbreviations, titleStart: (w) => li.titles.hasFirst(w) });
  const doc: Doc = { text: article.text, lang, folded, sentences: sents, lex, li, mentions: [], roles: [], placeLinks: [], dates: [], bySentence: [] };
  doc.dates = findDates(article.text, article.bodyStart, end, lang, lex);
  const ref = article.date ?? latestFullDate(doc.dates);
  if (ref) doc.refDate = ref;
  addGazetteerMentions(doc, findGazetteerHits(article.text, folded, lex, article.bodyStart, end));
  return doc;
}

function findNames(doc: Doc): SentenceTags[] {
  const tags = doc.sentences.map((_, i) => tagSentence(doc, i));
  doc.sentences.forEach((_, i) => (doc.lang === 'ar' ? findArabicInstitutions : findLatinInstitutions)(doc, i, tags[i]!));
  propagateAcronyms(doc, tags, findAcronymDefinitions(doc, tags));
  doc.sentences.forEach((_, i) => {
    (doc.lang === 'ar' ? findArabicPersons : findLatinPersons)(doc, i, tags[i]!);
    findPlaces(doc, i, tags[i]!);
    findContextPlaces(doc, i, tags[i]!);
    findSources(doc, i, tags[i]!);
    findKnownAs(doc, i, tags[i]!);
  });
  propagateNames(doc, tags);
  resolveBareHeads(doc, tags);
  return tags;
}

function outputMentions(doc: Doc, entityOf: Map<number, string>): OutMention[] {
  return doc.mentions
    .filter((m) => !m.dropped && m.kind === 'name' && entityOf.has(m.id))
    .map((m) => ({ entity: entityOf.get(m.id)!, start: m.start, end: m.end, rule: m.rule }));
}

export function runExtraction(article: ArticleForExtraction, lex: Lexicon): Extraction {
  const doc = makeDoc(article, lex);
  const tags = findNames(doc);
  doc.sentences.forEach((s, i) => findAgreements(doc, i, tags[i]!, doc.dates.filter((d) => d.start >= s.start && d.end <= s.end)));
  const { entities, entityOf } = buildEntities(doc);
  const relations = findRelations(doc, entities, entityOf, tags);
  const used = new Set(relations.flatMap((r) => [r.source, r.target]));
  const mentions = outputMentions(doc, entityOf);
  const mentioned = new Set(mentions.map((m) => m.entity));
  return { entities: entities.filter((e) => mentioned.has(e.localId) || used.has(e.localId)), mentions, relations };
}

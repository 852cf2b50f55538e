// The pipeline's guard between the extractor and the store. An extraction is the engine's word,
// but a span that does not point at its quote, or a mention outside the text, would put false
// provenance in the graph; such parts are refused and reported as extractor bugs instead of
// being stored. A relation left with no valid evidence is refused with them: an edge without
// evidence does not exist.
import { isEntityType, isRelationType } from '../../../shared/domain';
import type { CandidateEntity, CandidateRelation, EvidenceSpan, Extraction, Mention } from '../extract/types';

export interface CheckedExtraction {
  extraction: Extraction;
  problems: string[];
}

function validSpan(text: string, start: number, end: number): boolean {
  return Number.isInteger(start) && Number.isInteger(end) && start >= 0 && end > start && end <= text.length;
}

function clip(s: string): string {
  return s.length > 60 ? `${s.slice(0, 57)}...` : s;
}

function checkEvidence(text: string, ev: EvidenceSpan, type: string, problems: string[]): boolean {
  if (!validSpan(text, ev.start, ev.end)) {
    problems.push(`extractor bug: ${type} evidence span [${ev.start}, ${ev.end}) lies outside the text`);
    return false;
  }
  if (text.slice(ev.start, ev.end) !== ev.quote) {
    problems.push(`extractor bug: ${type} evidence quote "${clip(ev.quote)}" is not the text at [${ev.start}, ${ev.end})`);
    return false;
  }
  if (!Number.isFinite(ev.confidence) || ev.confidence < 0 || ev.confidence > 1) {
    problems.push(`extractor bug: ${type} evidence confidence ${ev.confidence} is not within [0, 1]`);
    return false;
  }
  return true;
}

function checkEntities(entities: CandidateEntity[], problems: string[]): CandidateEntity[] {
  const seen = new Set<string>();
  return entities.filter((e) => {
    const ok = !seen.has(e.localId) && isEntityType(e.type) && e.label.trim() !== '';
    if (!ok) problems.push(`extractor bug: entity ${e.localId} ("${clip(e.label)}", ${e.type}) is duplicated or malformed`);
    seen.add(e.localId);
    return ok;
  });
}

function checkMentions(text: string, mentions: Mention[], known: Set<string>, problems: string[]): Mention[] {
  return mentions.filter((m) => {
    const ok = known.has(m.entity) && validSpan(text, m.start, m.end);
    if (!ok) problems.push(`extractor bug: mention of ${m.entity} at [${m.start}, ${m.end}) has an unknown entity or a bad span`);
    return ok;
  });
}

function checkRelation(text: string, r: CandidateRelation, known: Set<string>, problems: string[]): CandidateRelation | null {
  if (!known.has(r.source) || !known.has(r.target) || !isRelationType(r.type)) {
    problems.push(`extractor bug: relation ${r.source} -${r.type}-> ${r.target} has an unknown entity or type`);
    return null;
  }
  const evidence = r.evidence.filter((ev) => checkEvidence(text, ev, r.type, problems));
  if (evidence.length === 0) {
    problems.push(`relation ${r.source} -${r.type}-> ${r.target} refused: no valid evidence`);
    return null;
  }
  return { ...r, evidence };
}

/** The parts of `extraction` that are safe to store, and what was refused. */
export function checkExtraction(text: string, extraction: Extraction): CheckedExtraction {
  const problems: string[] = [];
  const entities = checkEntities(extraction.entities, problems);
  const known = new Set(entities.map((e) => e.localId));
  const mentions = checkMentions(text, extraction.mentions, known, problems);
  const relations = extraction.relations.flatMap((r) => checkRelation(text, r, known, problems) ?? []);
  return { extraction: { entities, mentions, relations }, problems };
}

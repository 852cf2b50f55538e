// Acronyms defined in the text link a short and a long form: "Long Form (ACR)" and "ACR [Long
// Form]". Every later (or earlier) standalone use of a defined acronym becomes a mention of the
// same entity, so "CMAC" in a caption or after a title resolves to the agency.
import type { Doc, Mention } from './doc';
import { addMention } from './doc';
import type { SentenceTags } from './tags';

const OPEN = new Set(['(', '[']);
const CLOSE = new Set([')', ']']);

function longFormBefore(tags: SentenceTags, i: number): Mention | undefined {
  const m = tags.mention[i - 1];
  return m && m.kind === 'name' && m.type !== 'official' && m.type !== 'country' && m.type !== 'region' && m.to === i ? m : undefined;
}

/** Finds "X (ACR)" and "ACR [X]" definitions; returns acronym -> long-form mention. */
export function findAcronymDefinitions(doc: Doc, allTags: SentenceTags[]): Map<string, Mention> {
  const defs = new Map<string, Mention>();
  doc.sentences.forEach((s, si) => {
    const tags = allTags[si]!;
    for (let i = 1; i + 2 < s.tokens.length; i++) {
      const acr = s.tokens[i + 1]!;
      if (!OPEN.has(s.tokens[i]!.f) || !acr.upper || !CLOSE.has(s.tokens[i + 2]!.f)) continue;
      const long = longFormBefore(tags, i);
      if (long && !defs.has(acr.f)) defs.set(acr.f, long);
    }
    for (let i = 0; i + 2 < s.tokens.length; i++) {
      const acr = s.tokens[i]!;
      const inner = tags.mention[i + 2];
      if (!acr.upper || s.tokens[i + 1]!.f !== '[' || !inner || inner.from !== i + 2) continue;
      if (s.tokens[inner.to]?.f === ']' && !defs.has(acr.f)) defs.set(acr.f, inner);
    }
  });
  return defs;
}

/** Adds a mention for each standalone use of a defined acronym, linked to its long form. */
export function propagateAcronyms(doc: Doc, allTags: SentenceTags[], defs: Map<string, Mention>): void {
  doc.sentences.forEach((s, si) => {
    const tags = allTags[si]!;
    s.tokens.forEach((t, i) => {
      const long = defs.get(t.f);
      if (!long || !t.upper || tags.mention[i]) return;
      const m = addMention(doc, {
        sent: si, from: i, to: i + 1, type: long.type, kind: 'name', rule: 'acronym.defined', conf: 0.9, sameAs: long.id,
        ...(long.key ? { key: long.key } : {}), ...(long.country ? { country: long.country } : {}),
      });
      tags.mention[i] = m;
    });
  });
}

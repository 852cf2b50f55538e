// Splits an article (or a sentence) into runs of plain text, entity mentions and evidence quotes
// from UTF-16 offsets, so the reader and the evidence panel can build DOM text nodes run by run
// (never markup) and highlight what the engine found. Offsets follow shared/graph-format.ts:
// UTF-16 code units, end exclusive, `text.slice(start, end)` is the span.
//
// Marks may overlap (a mention inside a quote, a quote crossing a mention): the text is cut at
// every mark boundary and each run records which mention (the earliest-starting, then longest)
// and whether a quote covers it. Out-of-range offsets are clamped, and a boundary that would
// split a surrogate pair is moved outward so no run ever holds half a character.

export interface MentionMark {
  kind: 'mention';
  start: number;
  end: number;
  entityId: string;
  type?: string;
}

export interface QuoteMark {
  kind: 'quote';
  start: number;
  end: number;
}

export type Mark = MentionMark | QuoteMark;

export interface Segment {
  start: number;
  end: number;
  text: string;
  mention: MentionMark | null;
  quote: boolean;
}

function isHigh(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

function isLow(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

function insidePair(text: string, i: number): boolean {
  return i > 0 && i < text.length && isHigh(text.charCodeAt(i - 1)) && isLow(text.charCodeAt(i));
}

/** Clamps a mark to the text and widens it so it never starts or ends inside a surrogate pair. */
export function normaliseMark<M extends Mark>(text: string, mark: M): M | null {
  let start = Math.max(0, Math.min(text.length, Math.floor(mark.start)));
  let end = Math.max(0, Math.min(text.length, Math.floor(mark.end)));
  if (!Number.isFinite(start) || !Number.isFinite(end)) return null;
  if (insidePair(text, start)) start -= 1;
  if (insidePair(text, end)) end += 1;
  return end > start ? { ...mark, start, end } : null;
}

function pickMention(mentions: readonly MentionMark[], a: number, b: number): MentionMark | null {
  let best: MentionMark | null = null;
  for (const m of mentions) {
    if (m.start > a || m.end < b) continue;
    if (!best || m.start < best.start || (m.start === best.start && m.end > best.end)) best = m;
  }
  return best;
}

export function segmentText(text: string, marks: readonly Mark[]): Segment[] {
  const valid = marks.map((m) => normaliseMark(text, m)).filter((m): m is Mark => m !== null);
  const mentions = valid.filter((m): m is MentionMark => m.kind === 'mention');
  const quotes = valid.filter((m): m is QuoteMark => m.kind === 'quote');
  const cuts = new Set<number>([0, text.length]);
  for (const m of valid) {
    cuts.add(m.start);
    cuts.add(m.end);
  }
  const bounds = [...cuts].sort((x, y) => x - y);
  const out: Segment[] = [];
  for (let i = 0; i + 1 < bounds.length; i++) {
    const a = bounds[i] as number;
    const b = bounds[i + 1] as number;
    if (b <= a) continue;
    const mention = pickMention(mentions, a, b);
    const quote = quotes.some((q) => q.start <= a && q.end >= b);
    const prev = out[out.length - 1];
    if (prev && prev.mention === mention && prev.quote === quote) {
      prev.end = b;
      prev.text = text.slice(prev.start, b);
    } else {
      out.push({ start: a, end: b, text: text.slice(a, b), mention, quote });
    }
  }
  return out;
}

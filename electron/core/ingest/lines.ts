// Line-level reading of an article's text, shared by the metadata reader and the furniture
// trimmer: lines with their offsets, and the few traits both judge a line by (is it prose, is it
// a short title-like line, is it a source line with a URL).

export interface Line {
  /** Offset of the first code unit of the line in the text. */
  start: number;
  /** Offset just past the line's last character, before its line terminator. */
  end: number;
  text: string;
}

/** Splits on \r\n, \n or \r, keeping offsets into the original text. */
export function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  const re = /\r\n|\n|\r/g;
  let start = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    lines.push({ start, end: m.index, text: text.slice(start, m.index) });
    start = m.index + m[0].length;
  }
  lines.push({ start, end: text.length, text: text.slice(start) });
  return lines;
}

export function nonEmptyLines(text: string): Line[] {
  return splitLines(text).filter((l) => l.text.trim() !== '');
}

/** The line without its leading and trailing whitespace, with offsets to match. */
export function trimLine(line: Line): Line {
  const lead = line.text.length - line.text.trimStart().length;
  const text = line.text.trim();
  return { start: line.start + lead, end: line.start + lead + text.length, text };
}

export function wordCount(s: string): number {
  return s.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

export function letterCount(s: string): number {
  return s.match(/\p{L}/gu)?.length ?? 0;
}

/** Ends like a sentence, allowing a closing quote or bracket after the stop. */
export function endsSentence(s: string): boolean {
  return /[.!?…؟。]["'”’»)\]\s]*$/u.test(s.trim()) || /[»”"]$/u.test(s.trim());
}

/** A paragraph of running text, as opposed to a headline, label, caption or link. */
export function isProse(s: string): boolean {
  const words = wordCount(s);
  return (endsSentence(s) && words >= 6) || words >= 30;
}

/** A short line without closing punctuation: a headline, subheading, label or menu entry. */
export function isTitleLike(s: string): boolean {
  const t = s.trim();
  return t.length <= 160 && wordCount(t) <= 20 && !endsSentence(t);
}

const URL_RE = /https?:\/\/[^\s<>"'«»“”()[\]]+/iu;
/** A label that says the line names the article's source. */
const SOURCE_LABEL_RE =
  /^[\p{L}\s/]{0,24}?(?:source|sources|kaynak|lien|link|original|via|المصدر|رابط)\s*[:：]/iu;

/** The URL a line names if the line is a source line: a bare link, or a "Source:" label with one. */
export function sourceLineUrl(s: string): string | null {
  const t = s.trim();
  const m = URL_RE.exec(t);
  if (!m) return null;
  const url = m[0].replace(/[.,;:!?]+$/u, '');
  const rest = t.replace(m[0], '').replace(/[<>()[\]\s]/g, '');
  if (rest.length <= 3 || SOURCE_LABEL_RE.test(t)) return url;
  return null;
}

/** A line that only labels the source, with or without the link itself. */
export function isSourceLine(s: string): boolean {
  const t = s.trim();
  return sourceLineUrl(t) !== null || (SOURCE_LABEL_RE.test(t) && t.length <= 80);
}

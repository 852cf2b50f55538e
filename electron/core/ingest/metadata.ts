// Title, publication date and source URL read from the text of a .txt or .md article, for pages
// saved as plain text with no markup to say which line is which.
//
// The headline is the first substantial line: junk left by the scraper ("in", a bare date, a
// link, a share widget) is skipped, and a date opening the line ("date 2022-10-25 Headline") is
// taken as the date and cut from the title. The publication date is only looked for in the
// header — the lines between the headline and the first paragraph, and the dateline opening that
// paragraph ("PARIS, 21 septembre 2021 –") — never in the body, whose dates are the news's own.
import { findDate, leadingDate } from './dates';
import { readFrontMatter } from './front-matter';
import { isFurnitureCue } from './furniture';
import { isProse, letterCount, nonEmptyLines, sourceLineUrl, trimLine, wordCount, type Line } from './lines';

export interface TextMetadata {
  title: string | null;
  /** Offset where the headline starts, or of the first non-blank character without one. */
  titleStart: number;
  date: string | null;
  url: string | null;
}

/** The headline is looked for among this many first non-empty lines. */
const TITLE_SEARCH_LINES = 8;
/** After the headline, this many non-prose lines may still be header (date, byline, source). */
const HEADER_LINES = 6;
/** A first "line" longer than this is a paragraph: the page has no headline. */
const MAX_TITLE_LENGTH = 300;
/** How many of the last lines are searched for a source link. */
const FOOTER_LINES = 8;
/** A dateline is the opening of the first paragraph up to a dash: "WASHINGTON, Oct. 3 (Reuters) -". */
const DATELINE_RE = /^(.{2,80}?)\s[-–—]\s/u;

interface Headline {
  index: number;
  title: string;
  start: number;
  date: string | null;
}

export function readTextMetadata(text: string, kind: 'txt' | 'md'): TextMetadata {
  const front = kind === 'md' ? readFrontMatter(text) : null;
  const lines = nonEmptyLines(text)
    .filter((l) => l.start >= (front?.end ?? 0))
    .map(trimLine);
  const headline = findHeadline(lines, kind);
  const header = headerLines(lines, headline);
  const firstParagraph = lines.find((l, i) => i > (headline?.index ?? -1) && isProse(l.text));
  const date =
    front?.date ??
    headline?.date ??
    firstDate(header) ??
    (firstParagraph ? datelineDate(firstParagraph.text) : null);
  const url = front?.url ?? firstSourceUrl(header) ?? firstSourceUrl(lines.slice(-FOOTER_LINES));
  return {
    title: front?.title ?? headline?.title ?? null,
    titleStart: headline?.start ?? lines[0]?.start ?? front?.end ?? 0,
    date,
    url,
  };
}

/** A Markdown heading's marks, and how many code units the opening ones take. */
function stripHeading(s: string): { text: string; lead: number } {
  const lead = /^#{1,6}\s+/.exec(s)?.[0].length ?? 0;
  return { text: s.slice(lead).replace(/\s+#+\s*$/, ''), lead };
}

/** Emphasis and code marks are markup, not part of the headline. */
function stripInlineMarkdown(s: string): string {
  return s
    .replace(/(\*\*|__)(?=\S)(.+?)(?<=\S)\1/g, '$2')
    .replace(/(^|[^\p{L}\p{N}])([*_`])(?=\S)(.+?)(?<=\S)\2(?![\p{L}\p{N}])/gu, '$1$3');
}

function isJunk(s: string): boolean {
  return letterCount(s) < 8 || wordCount(s) < 2 || sourceLineUrl(s) !== null || isFurnitureCue(s);
}

function findHeadline(lines: Line[], kind: 'txt' | 'md'): Headline | null {
  let date: string | null = null;
  for (let index = 0; index < Math.min(lines.length, TITLE_SEARCH_LINES); index++) {
    const line = lines[index]!;
    const md = kind === 'md' ? stripHeading(line.text) : { text: line.text, lead: 0 };
    let text = md.text;
    let start = line.start + md.lead;
    const lead = leadingDate(text);
    if (lead) {
      date ??= lead.iso;
      text = text.slice(lead.rest);
      start += lead.rest;
    }
    if (isJunk(text)) continue;
    if (text.length > MAX_TITLE_LENGTH) return null;
    const title = (kind === 'md' ? stripInlineMarkdown(text) : text).replace(/\s+/g, ' ').trim();
    return { index, title, start, date };
  }
  return null;
}

/** Lines before the headline, and those after it up to the first paragraph. */
function headerLines(lines: Line[], headline: Headline | null): Line[] {
  if (!headline) return [];
  const before = lines.slice(0, headline.index);
  const after: Line[] = [];
  for (const line of lines.slice(headline.index + 1, headline.index + 1 + HEADER_LINES)) {
    if (isProse(line.text)) break;
    after.push(line);
  }
  return [...before, ...after];
}

function firstDate(lines: Line[]): string | null {
  for (const line of lines) {
    const found = findDate(line.text);
    if (found) return found.iso;
  }
  return null;
}

function datelineDate(paragraph: string): string | null {
  const dateline = DATELINE_RE.exec(paragraph);
  return dateline ? (findDate(dateline[1]!)?.iso ?? null) : null;
}

function firstSourceUrl(lines: Line[]): string | null {
  for (const line of lines) {
    const url = sourceLineUrl(line.text);
    if (url) return url;
  }
  return null;
}

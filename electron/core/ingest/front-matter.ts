// YAML front matter, as static-site generators and web clippers write it at the top of a
// Markdown file: a `---` fenced block of `key: value` lines. Only the flat keys that carry an
// article's title, date and source are read; anything richer is left alone, since a full YAML
// parser would be a dependency for three fields.
import { findDate } from './dates';

export interface FrontMatter {
  /** Offset just past the closing fence: where the article's own text begins. */
  end: number;
  title: string | null;
  date: string | null;
  url: string | null;
}

const BLOCK_RE = /^---[ \t]*\r?\n([\s\S]*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/;
const FIELD_RE = /^([A-Za-z_][\w-]*)[ \t]*:[ \t]*(.*)$/;
const TITLE_KEYS = ['title', 'headline'];
const DATE_KEYS = ['date', 'published', 'pubdate', 'published_at', 'created'];
const URL_KEYS = ['url', 'canonical', 'canonical_url', 'source', 'link', 'original_url'];

function unquote(value: string): string {
  const v = value.trim();
  const quoted = /^(["'])(.*)\1$/.exec(v);
  return quoted ? quoted[2]! : v;
}

function firstOf(fields: Map<string, string>, keys: string[]): string | null {
  for (const key of keys) {
    const value = fields.get(key);
    if (value) return value;
  }
  return null;
}

/** The front matter opening `text`, or null when there is none. */
export function readFrontMatter(text: string): FrontMatter | null {
  const block = BLOCK_RE.exec(text);
  if (!block) return null;
  const fields = new Map<string, string>();
  for (const line of block[1]!.split(/\r?\n/)) {
    const field = FIELD_RE.exec(line);
    if (field && !fields.has(field[1]!.toLowerCase()))
      fields.set(field[1]!.toLowerCase(), unquote(field[2]!));
  }
  const date = firstOf(fields, DATE_KEYS);
  const url = firstOf(fields, URL_KEYS);
  return {
    end: block[0].length,
    title: firstOf(fields, TITLE_KEYS),
    date: date ? (findDate(date)?.iso ?? null) : null,
    url: url && /^https?:\/\//i.test(url) ? url : null,
  };
}

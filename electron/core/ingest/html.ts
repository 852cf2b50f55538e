// HTML to article text with a real parser (htmlparser2), so entities, comments, CDATA and
// unclosed tags are handled as a browser would. The text is what a reader sees of the article:
// scripts, styles, navigation, footers, asides and forms are skipped; block elements become
// paragraphs separated by blank lines; <br> is a line break inside a paragraph.
// The page's own metadata supplies title, canonical URL and publication date when present.
import { Parser } from 'htmlparser2';
import { findDate } from './dates';

export interface HtmlArticle {
  text: string;
  title: string | null;
  date: string | null;
  url: string | null;
}

/** Elements whose content is never article text. */
// prettier-ignore
const SKIPPED = new Set([
  'script', 'style', 'nav', 'footer', 'aside', 'form', 'noscript', 'template', 'svg', 'iframe',
  'object', 'canvas', 'button', 'select', 'textarea', 'head', 'menu', 'dialog',
]);

/** Elements that end the paragraph before them and start a new one. */
// prettier-ignore
const BLOCKS = new Set([
  'p', 'div', 'section', 'article', 'main', 'header', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul',
  'ol', 'li', 'dl', 'dt', 'dd', 'blockquote', 'pre', 'figure', 'figcaption', 'table', 'thead',
  'tbody', 'tr', 'td', 'th', 'caption', 'hr', 'address', 'details', 'summary', 'body', 'html',
]);

/** Meta names and properties that carry the publication date, in order of trust. */
const DATE_META = [
  'article:published_time',
  'datepublished',
  'og:published_time',
  'date',
  'pubdate',
  'dc.date',
  'dcterms.created',
];

class TextCollector {
  readonly paragraphs: string[] = [];
  private current = '';
  private skipDepth = 0;
  private inTitle = false;
  private titleSeen = false;
  private h1Depth = 0;
  private titleText = '';
  private h1Text: string | null = null;
  private readonly meta = new Map<string, string>();
  private canonical: string | null = null;
  private timeDate: string | null = null;

  open(name: string, attrs: Record<string, string>): void {
    // Only the document's first <title>: an <svg> has titles of its own.
    if (name === 'title' && !this.titleSeen) this.inTitle = true;
    if (name === 'meta') this.readMeta(attrs);
    if (name === 'link' && /(?:^|\s)canonical(?:\s|$)/i.test(attrs.rel ?? ''))
      this.canonical ??= attrs.href ?? null;
    if (name === 'time' && attrs.datetime) this.timeDate ??= attrs.datetime;
    if (SKIPPED.has(name)) this.skipDepth++;
    if (this.skipDepth > 0) return;
    if (name === 'h1' && this.h1Text === null) this.h1Depth = 1;
    if (name === 'br') this.current += '\n';
    else if (BLOCKS.has(name)) this.flush();
  }

  close(name: string): void {
    if (name === 'title' && this.inTitle) {
      this.inTitle = false;
      this.titleSeen = true;
    }
    if (SKIPPED.has(name)) {
      this.skipDepth = Math.max(0, this.skipDepth - 1);
      return;
    }
    if (name === 'h1' && this.h1Depth > 0) {
      this.h1Depth = 0;
      this.h1Text ??= '';
    }
    if (this.skipDepth === 0 && BLOCKS.has(name)) this.flush();
  }

  text(data: string): void {
    if (this.inTitle) this.titleText += data;
    if (this.skipDepth > 0) return;
    const collapsed = data.replace(/[ \t\n\r\f]+/g, ' ');
    this.current += collapsed;
    if (this.h1Depth > 0) this.h1Text = (this.h1Text ?? '') + collapsed;
  }

  flush(): void {
    const paragraph = this.current
      .split('\n')
      .map((l) => l.replace(/ {2,}/g, ' ').trim())
      .filter(Boolean)
      .join('\n');
    if (paragraph) this.paragraphs.push(paragraph);
    this.current = '';
  }

  private readMeta(attrs: Record<string, string>): void {
    const key = (attrs.property ?? attrs.name ?? attrs.itemprop ?? '').toLowerCase();
    if (key && attrs.content !== undefined && !this.meta.has(key)) this.meta.set(key, attrs.content);
  }

  result(): HtmlArticle {
    this.flush();
    const title = clean(this.titleText);
    const h1 = clean(this.h1Text ?? '');
    const ogTitle = clean(this.meta.get('og:title') ?? '');
    return {
      text: this.paragraphs.join('\n\n'),
      // A <title> usually adds the site's name: "Headline | Site". The <h1> is then the headline.
      title: h1 && (!title || title.includes(h1)) ? h1 : title || h1 || ogTitle || null,
      date: this.date(),
      url: this.canonical?.trim() || this.meta.get('og:url')?.trim() || null,
    };
  }

  private date(): string | null {
    for (const key of DATE_META) {
      const value = this.meta.get(key);
      const iso = value ? findDate(value)?.iso : undefined;
      if (iso) return iso;
    }
    return this.timeDate ? (findDate(this.timeDate)?.iso ?? null) : null;
  }
}

function clean(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

export function htmlToArticle(html: string): HtmlArticle {
  const collector = new TextCollector();
  const parser = new Parser(
    {
      onopentag: (name, attrs) => collector.open(name, attrs),
      onclosetag: (name) => collector.close(name),
      ontext: (data) => collector.text(data),
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.write(html);
  parser.end();
  return collector.result();
}

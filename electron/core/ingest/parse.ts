// Decoded text to a stored article: the text to keep, its metadata, its language and the body
// range extraction reads. Pure — no file system — so tests and the benchmark generator use it
// directly, and `readArticle` is only the file-reading shell around it.
import { createHash } from 'node:crypto';
import { findBodyEnd } from './furniture';
import { htmlToArticle } from './html';
import { detectLanguage } from './language';
import { readTextMetadata, type TextMetadata } from './metadata';
import type { DecodedArticle, ParseInput } from './types';

export function parseArticle(input: ParseInput): DecodedArticle {
  const { text, meta } = input.kind === 'html' ? fromHtml(input.text) : fromPlain(input.text, input.kind);
  const bodyStart = meta.titleStart;
  const bodyEnd = Math.max(bodyStart, findBodyEnd(text, bodyStart));
  const language = detectLanguage(text.slice(bodyStart, bodyEnd));
  return {
    file: input.file,
    path: input.path,
    hash: createHash('sha256').update(text, 'utf8').digest('hex'),
    byteLength: input.byteLength,
    encoding: input.encoding,
    text,
    title: meta.title,
    date: meta.date,
    url: meta.url,
    lang: language.lang,
    langConfidence: language.confidence,
    bodyStart,
    bodyEnd,
  };
}

function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** Plain text is kept as written, apart from the BOM and NFC, so quotes match the raw file. */
function fromPlain(raw: string, kind: 'txt' | 'md'): { text: string; meta: TextMetadata } {
  const text = stripBom(raw).normalize('NFC');
  return { text, meta: readTextMetadata(text, kind) };
}

/** The page's own metadata wins; the text's header fills what the page leaves out. */
function fromHtml(raw: string): { text: string; meta: TextMetadata } {
  const page = htmlToArticle(stripBom(raw).normalize('NFC'));
  const text = page.text;
  const fromText = readTextMetadata(text, 'txt');
  const title = page.title ?? fromText.title;
  const at = title ? text.indexOf(title) : -1;
  // The headline opens the body when the page shows it; a <title> missing from the page does not.
  const titleStart = at >= 0 && at <= fromText.titleStart ? at : fromText.titleStart;
  return {
    text,
    meta: { title, titleStart, date: page.date ?? fromText.date, url: page.url ?? fromText.url },
  };
}

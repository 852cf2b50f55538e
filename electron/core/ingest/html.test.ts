// HTML pages to article text: a real parser, hidden parts skipped, entities decoded, and the
// page's metadata read.
import { describe, expect, it } from 'vitest';
import { htmlToArticle } from './html';
import { parseArticle } from './parse';

const PAGE = `<!doctype html>
<html lang="fr"><head>
<meta charset="utf-8">
<title>L&rsquo;Azerba&iuml;djan et la France signent un accord | Le Journal</title>
<meta property="og:url" content="https://journal.example/og">
<link rel="canonical" href="https://journal.example/articles/42">
<meta property="article:published_time" content="2021-09-21T08:30:00+04:00">
<style>p { color: red }</style>
<script>var ad = "<p>not text</p>"; if (a < b && c > d) {}</script>
</head><body>
<nav><a href="/">Accueil</a> <a href="/monde">Monde</a></nav>
<header><h1>L&rsquo;Azerba&iuml;djan et la France signent un accord</h1>
<time datetime="2020-01-01">ancienne date</time></header>
<article>
<p>Le ministre a d&eacute;clar&eacute; &laquo;&nbsp;nous coop&eacute;rerons&nbsp;&raquo; &amp; sign&eacute;
   l&#8217;accord    mardi.</p>
<p>Premi&egrave;re ligne<br>deuxi&egrave;me ligne</p>
<!-- <p>commentaire HTML</p> -->
<aside>Publicit&eacute;</aside>
<form><label>Votre e-mail</label><input name="e"></form>
</article>
<footer>&copy; 2021 Le Journal</footer>
</body></html>`;

describe('htmlToArticle', () => {
  const page = htmlToArticle(PAGE);

  it('keeps only visible article text, paragraphs separated by blank lines', () => {
    expect(page.text).toBe(
      'L’Azerbaïdjan et la France signent un accord\n\nancienne date\n\n' +
        'Le ministre a déclaré «\u00a0nous coopérerons\u00a0» & signé l’accord mardi.\n\n' +
        'Première ligne\ndeuxième ligne',
    );
  });

  it('skips script, style, nav, aside, form, footer and comments', () => {
    expect(page.text).not.toMatch(/not text|color|Accueil|Publicité|Votre e-mail|©|commentaire HTML/);
  });

  it('takes the headline from <h1> when the <title> adds the site name', () => {
    expect(page.title).toBe('L’Azerbaïdjan et la France signent un accord');
  });

  it('takes the canonical URL over og:url, and the published time over <time>', () => {
    expect(page.url).toBe('https://journal.example/articles/42');
    expect(page.date).toBe('2021-09-21');
  });

  it('falls back to og:url, <time datetime> and <title>', () => {
    const other = htmlToArticle(
      '<html><head><title>Talks in Baku</title><meta property="og:url" content="https://x.example/1"></head>' +
        '<body><p><time datetime="2022-03-04T10:00Z">4 March</time> The ministers met in Baku on Friday.</p></body></html>',
    );
    expect(other).toMatchObject({ title: 'Talks in Baku', url: 'https://x.example/1', date: '2022-03-04' });
  });

  it('tolerates unclosed tags', () => {
    expect(htmlToArticle('<p>One<p>Two<div>Three').text).toBe('One\n\nTwo\n\nThree');
  });
});

describe('parseArticle on HTML', () => {
  it('stores the text content, starts the body at the headline and detects the language', () => {
    const article = parseArticle({
      file: 'a.html',
      path: '/tmp/a.html',
      text: PAGE,
      kind: 'html',
      byteLength: PAGE.length,
      encoding: 'UTF-8',
    });
    expect(article.text.startsWith('L’Azerbaïdjan')).toBe(true);
    expect(article.bodyStart).toBe(0);
    expect(article.bodyEnd).toBe(article.text.length);
    expect(article.lang).toBe('fr');
    expect(article.date).toBe('2021-09-21');
  });
});

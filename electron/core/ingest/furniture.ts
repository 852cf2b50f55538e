// Trailing page furniture: what a scraper picks up after the article itself — comment forms,
// share widgets, "read also" and related-headline lists, copyright lines, source links. It stays
// in the stored text (quotes are checked against the raw file) but is left out of the body that
// extraction reads, or an unrelated headline in a sidebar becomes a relation.
//
// The cues are general: furniture phrases in English, French and Arabic, source lines, and runs
// of short title-like lines with no closing punctuation at the end of the page.
import { isProse, isSourceLine, isTitleLike, splitLines, trimLine, wordCount, type Line } from './lines';

/** Phrases that open a furniture line; they must start it, so "a share of the funds" is prose. */
const OPENING_CUES = [
  'leave a (?:comment|reply|response)',
  '(?:post|add|write) a comment',
  '\\d*\\s*comments?(?:\\s*[:(]|\\s*\\d|$)',
  'share(?: this| on| via|:|$)',
  'related(?: articles| stories| posts| news|:|$)',
  'read (?:also|more|next)',
  'see also',
  'you (?:may|might) also like',
  'more (?:from|on this)',
  'most (?:read|popular)',
  'tags?\\s*:',
  'filed under',
  'sign up',
  'subscribe(?: to| now|\\s*:|$)',
  'follow us',
  'print(?: this)?(?:$|:)',
  '(?:previous|next) (?:article|post|story)',
  'laisse[rz] un commentaire',
  '(?:ajouter|écrire) un commentaire',
  '\\d*\\s*commentaires?(?:\\s*[:(]|\\s*\\d|$)',
  'partage[rz]?(?: cet| sur|\\s*:|$)',
  '(?:à )?lire (?:aussi|également|la suite)',
  'voir aussi',
  'sur le même sujet',
  'articles? (?:similaires|liés|connexes|recommandés)',
  'mots[- ]clés',
  'abonnez-vous',
  'inscrivez-vous',
  'suivez-nous',
  'article (?:précédent|suivant)',
  'اتر[كك] تعليق',
  'أضف تعليق',
  'اكتب تعليق',
  'التعليقات(?:\\s*[:(]|\\s*\\d|$)',
  'شارك(?: على| عبر| هذا| المقال| الخبر|\\s*:|$)',
  'اقرأ أيضا',
  '(?:مقالات|أخبار|مواضيع) ذات صلة',
  'تابعونا',
  'اشترك(?: في| الآن|\\s*:|$)',
  'الوسوم',
  'كلمات مفتاحية',
  '(?:المقال|الخبر) (?:السابق|التالي)',
];

/** Phrases that mark furniture wherever they occur in a short line. */
const ANYWHERE_CUES = [
  'your email address will not be published',
  'required fields are marked',
  'all rights reserved',
  'votre adresse (?:e-?mail|de messagerie|courriel) ne sera pas publiée',
  'champs obligatoires',
  'tous droits réservés',
  'جميع الحقوق محفوظة',
  'لن يتم نشر عنوان بريدك الإلكتروني',
  '©',
  'copyright',
];

const OPENING_RE = new RegExp(`^[\\s•·*#>|-]*(?:${OPENING_CUES.join('|')})`, 'iu');
const ANYWHERE_RE = new RegExp(ANYWHERE_CUES.join('|'), 'iu');
/** Longer lines are article paragraphs even when they mention comments or copyright. */
const MAX_CUE_LINE = 200;

/** An opening cue in a full sentence of some length is the article talking, not a widget. */
const MAX_CUE_SENTENCE_WORDS = 12;

export function isFurnitureCue(s: string): boolean {
  const t = s.trim();
  if (t.length > MAX_CUE_LINE) return false;
  if (ANYWHERE_RE.test(t)) return true;
  return OPENING_RE.test(t) && !(isProse(t) && wordCount(t) > MAX_CUE_SENTENCE_WORDS);
}

type LineKind = 'cue' | 'title' | 'prose';

function classify(s: string): LineKind {
  if (isFurnitureCue(s) || isSourceLine(s)) return 'cue';
  if (isProse(s)) return 'prose';
  return isTitleLike(s) ? 'title' : 'prose';
}

interface BlockLine extends Line {
  /** Lines of one paragraph (no blank line between them) share a block number. */
  block: number;
}

function blockLines(text: string, bodyStart: number): BlockLine[] {
  const out: BlockLine[] = [];
  let block = 0;
  for (const line of splitLines(text)) {
    if (line.text.trim() === '') block++;
    else if (line.end > bodyStart) out.push({ ...trimLine(line), block });
  }
  return out;
}

/**
 * The end of the article body: the end of the last paragraph before a trailing furniture run, or
 * `text.length` when there is none. A run counts as furniture when it holds a cue, or title-like
 * lines in at least two paragraphs; one short closing paragraph alone could be the article's own.
 */
export function findBodyEnd(text: string, bodyStart = 0): number {
  const lines = blockLines(text, bodyStart);
  let i = lines.length - 1;
  let cues = 0;
  const titleBlocks = new Set<number>();
  for (; i >= 0; i--) {
    const line = lines[i]!;
    const kind = classify(line.text);
    if (kind === 'prose') break;
    if (kind === 'cue') cues++;
    else titleBlocks.add(line.block);
  }
  // Without a paragraph before it, the "run" is the whole article (a stub, or a list of facts).
  if (i < 0 || (cues === 0 && titleBlocks.size < 2)) return text.length;
  return lines[i]!.end;
}

// Dates as news text writes them in English, French and Arabic ("November 10, 2020", "le 10
// novembre 2020", "10 تشرين الثاني/نوفمبر 2020", "21.09.2021", "en 1994"), normalised to ISO.
// A day and month without a year take it from the article's reference date: the latest earlier
// occurrence of that day, so "le 11 janvier" in an article of October 2021 is 2021-01-11.
import type { Lang } from '../../../shared/domain';
import type { Lexicon } from './lexicon/load';

export interface DateMention {
  start: number;
  end: number;
  year?: number;
  month?: number;
  day?: number;
  /** "de l'année dernière", "last year", "العام الماضي". */
  lastYear?: boolean;
}

const LAST_YEAR = /(de l['’]année dernière|l['’]an dernier|last year|العام الماضي|العام الماضى|السنة الماضية)/;
const REGEX_CACHE = new WeakMap<Lexicon, Map<Lang, RegExp[]>>();

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function regexes(lex: Lexicon, lang: Lang): RegExp[] {
  let byLang = REGEX_CACHE.get(lex);
  if (!byLang) REGEX_CACHE.set(lex, (byLang = new Map()));
  const hit = byLang.get(lang);
  if (hit) return hit;
  const names = Object.keys(lex.language.months[lang]).sort((a, b) => b.length - a.length).map(escape);
  const month = `((?:${names.join('|')})(?:\\s*/\\s*(?:${names.join('|')}))?)`;
  const out = [
    /(\d{4})-(\d{2})-(\d{2})/g,
    /\b(\d{1,2})\.(\d{1,2})\.(\d{4})\b/g,
    new RegExp(`${month}\\s+(\\d{1,2})(?!\\d)(?:st|nd|rd|th)?(?:\\s*[-–]\\s*\\d{1,2})?(?:,?\\s+(\\d{4}))?`, 'giu'),
    new RegExp(`(\\d{1,2})(?:er)?\\s+(?:de\\s+)?${month}(?:,?\\s+(\\d{4}))?`, 'giu'),
    /(?<![\d.,])(1[89]\d\d|20\d\d)(?![\d\p{L}])(?![.,]\d)/gu,
  ];
  byLang.set(lang, out);
  return out;
}

function monthOf(lex: Lexicon, lang: Lang, s: string): number | undefined {
  const first = s.split('/')[0]!.trim().toLowerCase();
  const table = lex.language.months[lang];
  return table[first] ?? table[s.split('/').pop()!.trim().toLowerCase()];
}

function overlapsAny(out: DateMention[], s: number, e: number): boolean {
  return out.some((d) => d.start < e && s < d.end);
}

/** Dates in text[from, to). Arabic-Indic digits are read as digits. */
export function findDates(text: string, from: number, to: number, lang: Lang, lex: Lexicon): DateMention[] {
  const src = text.slice(from, to).replace(/[\u0660-\u0669]/g, (d) => String(d.charCodeAt(0) - 0x660));
  const out: DateMention[] = [];
  const [iso, dotted, monthFirst, dayFirst, year] = regexes(lex, lang);
  const push = (m: RegExpExecArray, d: Omit<DateMention, 'start' | 'end'>) => {
    const s = from + m.index;
    const e = s + m[0].length;
    if (!overlapsAny(out, s, e)) out.push({ start: s, end: e, ...d });
  };
  for (const m of src.matchAll(iso!)) push(m, { year: +m[1]!, month: +m[2]!, day: +m[3]! });
  for (const m of src.matchAll(dotted!)) push(m, { year: +m[3]!, month: +m[2]!, day: +m[1]! });
  for (const m of src.matchAll(dayFirst!)) {
    const month = monthOf(lex, lang, m[2]!);
    if (month && +m[1]! <= 31) push(m, { month, day: +m[1]!, ...(m[3] ? { year: +m[3] } : {}) });
  }
  for (const m of src.matchAll(monthFirst!)) {
    const month = monthOf(lex, lang, m[1]!);
    if (month && +m[2]! <= 31) push(m, { month, day: +m[2]!, ...(m[3] ? { year: +m[3] } : {}) });
  }
  for (const m of src.matchAll(year!)) push(m, { year: +m[1]! });
  const last = LAST_YEAR.exec(src);
  for (const d of out) if (last && d.day && !d.year && Math.abs(from + last.index - d.end) < 12) d.lastYear = true;
  return out.sort((a, b) => a.start - b.start);
}

const pad = (n: number) => String(n).padStart(2, '0');

/** ISO form of a date: full when year, month and day are known (the year completed from `ref`). */
export function isoDate(d: DateMention, ref?: string): string | undefined {
  if (d.day && d.month) {
    let year = d.year;
    if (!year && ref) {
      const [ry, rm, rd] = ref.split('-').map(Number) as [number, number, number];
      year = d.month * 100 + d.day <= rm * 100 + rd ? ry : ry - 1;
      if (d.lastYear) year = ry - 1;
    }
    return year ? `${year}-${pad(d.month)}-${pad(d.day)}` : `--${pad(d.month)}-${pad(d.day)}`;
  }
  return d.year ? String(d.year) : undefined;
}

/** The latest full date in the text: the article's reference date when it has none of its own. */
export function latestFullDate(dates: DateMention[]): string | undefined {
  const full = dates.filter((d) => d.year && d.month && d.day).map((d) => isoDate(d)!);
  return full.sort().pop();
}

// Reading a calendar date written the ways news pages write them: ISO (2022-10-25), numeric
// day-first (21.09.2021, 21/09/2021), and day-month-year or month-day-year with month names in
// English, French or Arabic. Arabic has two month series, the Gregorian transliterations
// (نوفمبر) and the Levantine names (تشرين الثاني), often written together as
// "تشرين الثاني/نوفمبر"; both are accepted, alone or paired. Which date is the publication date
// is for the caller (./metadata) to decide; this module only reads dates.
import { foldArabicLetters } from '../../../shared/text/fold';

export interface FoundDate {
  /** ISO yyyy-mm-dd. */
  iso: string;
  start: number;
  end: number;
}

const MONTHS: readonly (readonly string[])[] = [
  ['january', 'jan', 'janvier', 'janv', 'يناير', 'كانون الثاني', 'جانفي'],
  ['february', 'feb', 'février', 'fevrier', 'févr', 'fevr', 'فبراير', 'شباط', 'فيفري'],
  ['march', 'mar', 'mars', 'مارس', 'آذار'],
  ['april', 'apr', 'avril', 'avr', 'أبريل', 'ابريل', 'إبريل', 'نيسان', 'أفريل'],
  ['may', 'mai', 'مايو', 'أيار', 'ماي'],
  ['june', 'jun', 'juin', 'يونيو', 'يونيه', 'حزيران', 'جوان'],
  ['july', 'jul', 'juillet', 'juil', 'يوليو', 'يوليه', 'تموز', 'جويلية'],
  ['august', 'aug', 'août', 'aout', 'أغسطس', 'آب', 'أوت'],
  ['september', 'sep', 'sept', 'septembre', 'سبتمبر', 'أيلول'],
  ['october', 'oct', 'octobre', 'أكتوبر', 'تشرين الأول'],
  ['november', 'nov', 'novembre', 'نوفمبر', 'تشرين الثاني'],
  ['december', 'dec', 'décembre', 'decembre', 'déc', 'دجنبر', 'ديسمبر', 'كانون الأول'],
];

/** Month names folded the way `monthNumber` folds what it reads. */
let monthIndex: Map<string, number> | null = null;
let patterns: RegExp[] | null = null;

function foldMonth(name: string): string {
  const latin = name.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '').replace(/\.$/, '');
  return foldArabicLetters(latin).replace(/\s+/g, ' ');
}

function monthNumber(name: string): number | undefined {
  monthIndex ??= new Map(MONTHS.flatMap((names, i) => names.map((n) => [foldMonth(n), i + 1] as const)));
  return monthIndex.get(foldMonth(name));
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Every written variant of every month, with hamza-less Arabic spellings, longest first. */
function monthAlternation(): string {
  const names = new Set<string>();
  for (const n of MONTHS.flat()) {
    names.add(n);
    names.add(n.replace(/[أإآ]/g, 'ا'));
  }
  return [...names]
    .sort((a, b) => b.length - a.length)
    .map((n) => escape(n).replace(/ /g, '\\s+'))
    .join('|');
}

/** Patterns in the order they are tried; named groups d, m (number or name), y. */
function datePatterns(): RegExp[] {
  if (patterns) return patterns;
  const month = `(?:${monthAlternation()})`;
  const b = '(?<![\\p{L}\\p{N}])';
  const e = '(?![\\p{L}\\p{N}])';
  // "تشرين الثاني/نوفمبر", "نوفمبر (تشرين الثاني)": the second name repeats the first.
  const monthName = `(?<m>${month})\\.?(?:\\s*/\\s*${month}|\\s*\\(${month}\\))?`;
  patterns = [
    // An ISO date may be the front of a timestamp: 2021-09-21T10:00:00Z.
    new RegExp(`${b}(?<y>\\d{4})-(?<m>\\d{1,2})-(?<d>\\d{1,2})(?:(?=T\\d)|${e})`, 'u'),
    new RegExp(`${b}(?<y>\\d{4})/(?<m>\\d{1,2})/(?<d>\\d{1,2})${e}`, 'u'),
    new RegExp(`${b}(?<d>\\d{1,2})[./-](?<m>\\d{1,2})[./-](?<y>\\d{4})${e}`, 'u'),
    new RegExp(
      `${b}(?<d>\\d{1,2})(?:er|st|nd|rd|th)?\\s+(?:de\\s+)?${monthName},?\\s+(?<y>\\d{4})${e}`,
      'iu',
    ),
    new RegExp(`${b}${monthName}\\s+(?<d>\\d{1,2})(?:st|nd|rd|th)?,?\\s+(?<y>\\d{4})${e}`, 'iu'),
  ];
  return patterns;
}

/** Arabic-Indic and Persian digits as ASCII; one code unit each, so offsets are kept. */
function asciiDigits(s: string): string {
  return s.replace(/[\u0660-\u0669\u06F0-\u06F9]/g, (c) => String(c.charCodeAt(0) & 0xf));
}

function isoDate(y: number, m: number, d: number): string | null {
  if (y < 1900 || y > 2100 || m < 1 || m > 12 || d < 1) return null;
  const probe = new Date(Date.UTC(y, m - 1, d));
  if (probe.getUTCMonth() !== m - 1) return null;
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

function toIso(groups: Record<string, string | undefined>): string | null {
  const y = Number(groups.y);
  const d = Number(groups.d);
  const m = /^\d+$/.test(groups.m ?? '') ? Number(groups.m) : monthNumber(groups.m ?? '');
  return m === undefined ? null : isoDate(y, m, d);
}

/** The first well-formed date in `s` (earliest position; the most specific pattern on ties). */
export function findDate(s: string): FoundDate | null {
  const text = asciiDigits(s);
  let best: FoundDate | null = null;
  for (const re of datePatterns()) {
    const global = new RegExp(re.source, `${re.flags}g`);
    for (let m = global.exec(text); m; m = global.exec(text)) {
      const iso = m.groups ? toIso(m.groups) : null;
      if (!iso) continue;
      if (!best || m.index < best.start) best = { iso, start: m.index, end: m.index + m[0].length };
      break;
    }
  }
  return best;
}

const LEADING_LABEL =
  /^\s*(?:date|dated|published|posted|updated|publié\s+le|mis\s+à\s+jour\s+le|le|on|تاريخ|بتاريخ|نشر\s+في)?\s*[:：]?\s*/iu;

/**
 * A date that opens the line, optionally after a label ("date 2022-10-25 Headline"), and the
 * offset where the rest of the line begins once separators after the date are skipped.
 */
export function leadingDate(s: string): { iso: string; rest: number } | null {
  const label = LEADING_LABEL.exec(s);
  const from = label ? label[0].length : 0;
  const found = findDate(s.slice(from));
  if (!found || found.start !== 0) return null;
  const after = s.slice(from + found.end);
  const sep = /^[\s,|:–—-]*/u.exec(after)?.[0].length ?? 0;
  return { iso: found.iso, rest: from + found.end + sep };
}

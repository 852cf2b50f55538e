// First-level subdivisions (provinces, districts, oblasts, governorates) from iso3166-2-db, as
// region entries keyed `iso:CC-SUB`. The library's names come with administrative words
// ("Kandal Province", "Oblast de Kherson", "محافظة ...") that news text mostly leaves out, so each
// name is also entered without them. Names that are common words are skipped.
import type { Lang } from '../../../../shared/domain';
import type { GazEntry } from './gazetteer-data';
import { gazPattern } from './gazetteer-data';
import type { Lexicon } from './load';
import { worldData } from './world-data';

const EN_SUFFIX = / (district|province|region|oblast|governorate|state|county|municipality|rayon|city|prefecture|division|department|autonomous republic|autonomous region|special region|capital territory|parish|territory)$/i;
const EN_PREFIX = /^(canton|province|region|state|district|department|governorate|county|city|municipality) of /i;
const FR_PREFIX = /^(oblast|province|région|district|gouvernorat|canton|département|état|préfecture|comté|municipalité|wilaya|ville) (de |du |d'|de la |des )/i;
const AR_PREFIX = /^(محافظة|ولاية|كانتون|منطقة|إقليم|مقاطعة|مدينة|بلدية) /;
const AR_SUFFIX = / (أوبلاست|اوبلاست)$/;
const GENERIC = new Set(
  'north south east west central centre center capital northern southern eastern western upper lower coast coastal lakes islands island grad city town nord sud est ouest littoral plateau plateaux lagunes savanes centrale mountain mountains valley border river lake sea nations nationalities peoples'.split(' '),
);
const AR_GENERIC = new Set(['يورو', 'دولار', 'مدينة', 'ولاية', 'منطقة', 'محافظة', 'بلدة', 'قرية', 'مقاطعة', 'إقليم', 'الشمال', 'الجنوب', 'الشرق', 'الغرب', 'الوسطى', 'الوسط', 'العاصمة', 'الشمالية', 'الجنوبية', 'الشرقية', 'الغربية', 'الشمالي', 'الجنوبي', 'الشرقي', 'الغربي', 'الأوسط',
  'شمالي', 'جنوبي', 'شرقي', 'غربي', 'شمالية', 'جنوبية', 'شرقية', 'غربية', 'أوسط', 'وسطى']);

function clean(name: string, lang: Lang): string[] {
  const base = name.split(/[,،(]/)[0]!.trim();
  if (!base) return [];
  if (lang === 'ar') {
    if (!/^[\u0600-\u06FF\s-]+$/.test(base)) return [];
    return [base, base.replace(AR_PREFIX, '').replace(AR_SUFFIX, '').trim()];
  }
  if (!/^[\p{Script=Latin}\s'’.-]+$/u.test(base)) return [];
  return [base, base.replace(EN_SUFFIX, '').replace(EN_PREFIX, '').replace(FR_PREFIX, '').trim()];
}

function usable(name: string): boolean {
  const words = name.toLowerCase().split(/[\s-]+/);
  if (name.length < 4 || AR_GENERIC.has(name)) return false;
  return !words.every((w) => GENERIC.has(w));
}

/** The English name without its administrative word, unless that leaves a generic word
 *  ("Northern Province" stays whole, not "Northern"). */
function label(row: { name: string; names: Record<string, string | undefined> }): string {
  const en = clean(row.names.en ?? row.name, 'en');
  return (en[1] && usable(en[1]) ? en[1] : en[0]) || row.name;
}

/** Region entries for every first-level subdivision with a usable name. */
export function subdivisionEntries(_lex: Lexicon): GazEntry[] {
  const out: GazEntry[] = [];
  const seen = new Set<string>();
  for (const [code, rows] of worldData().subdivisions) {
    for (const row of rows) {
      const key = `iso:${code}-${row.iso}`;
      const sources: Array<[string | undefined, Lang]> = [
        [row.names.en ?? row.name, 'en'], [row.names.geonames, 'en'], [row.names.fr, 'fr'], [row.names.ar, 'ar'],
      ];
      for (const [raw, lang] of sources) {
        for (const name of raw ? clean(raw, lang) : []) {
          const pattern = gazPattern(name);
          if (!usable(name) || seen.has(`${key}|${pattern}`)) continue;
          seen.add(`${key}|${pattern}`);
          out.push({ pattern, kind: 'region', key, type: 'region', label: label(row), exactCase: false, surface: name, lang, country: code });
        }
      }
    }
  }
  return out;
}

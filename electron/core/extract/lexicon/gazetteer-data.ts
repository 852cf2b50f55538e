// Turns the world data (./world-data) and the lexicon files into one flat list of gazetteer
// entries: every surface form, folded, with the entity it names. Countries and regions carry ISO
// keys, so that the same place named in three languages resolves to one node.
import type { EntityType, Lang } from '../../../../shared/domain';
import { foldPattern } from '../text/fold-map';
import type { Lexicon } from './load';
import { subdivisionEntries } from './subdivisions';
import { worldData } from './world-data';

export type GazKind = 'country' | 'capital' | 'adjective' | 'region' | 'body' | 'place';

export interface GazEntry {
  /** Folded surface form; Arabic forms without their leading article. */
  pattern: string;
  kind: GazKind;
  key: string;
  type: EntityType;
  label: string;
  /** Acronyms match only as written (US, UE); other names case-insensitively. */
  exactCase: boolean;
  /** The written form, for acronym case checks. */
  surface: string;
  lang: Lang;
  /** ISO country of a region, capital or adjective. */
  country?: string;
  /** Key of the body or country this one belongs to. */
  parent?: string;
  /** For a capital: the city's English name, used when the text means the city itself. */
  city?: string;
  /** An acronym written as a word ("Minurso", "Nato"), which French and some English papers do. */
  titleCase?: boolean;
}

const LANGS: Lang[] = ['en', 'fr', 'ar'];

/** Folds a gazetteer name; Arabic names lose their first article so clitics can precede them. */
export function gazPattern(name: string): string {
  const f = foldPattern(name.replace(/\s*\(.*?\)\s*/g, ' '));
  if (/^[\u0600-\u06FF]/.test(f) && f.startsWith('ال') && f.split(' ')[0]!.length > 4) return f.slice(2);
  return f;
}

export function isAcronym(name: string): boolean {
  const letters = name.replace(/[^\p{L}]/gu, '');
  return letters.length >= 2 && letters === letters.toUpperCase() && letters !== letters.toLowerCase();
}

function entry(name: string, lang: Lang, base: Omit<GazEntry, 'pattern' | 'exactCase' | 'surface' | 'lang'>): GazEntry | null {
  const pattern = gazPattern(name);
  if (pattern.length < 2) return null;
  return { ...base, pattern, exactCase: isAcronym(name), surface: name, lang };
}

function countryLabel(names: string[]): string {
  const plain = names.filter((n) => !isAcronym(n) && !/ of |Republic|Federation|,|\(/.test(n));
  return plain[0] ?? names[0] ?? '';
}

function countryEntries(lex: Lexicon, out: GazEntry[]): Map<string, string> {
  const labels = new Map<string, string>();
  const ambiguous = new Set(lex.countryAliases.ambiguous.map(gazPattern));
  for (const [code, byLang] of worldData().countries) {
    const extra = lex.countryAliases.aliases[code];
    const label = countryLabel([...byLang.en, ...(extra?.en ?? [])]);
    labels.set(code, label);
    for (const lang of LANGS) {
      for (const name of [...byLang[lang], ...(extra?.[lang] ?? [])]) {
        if (name.includes(',') || ambiguous.has(gazPattern(name))) continue;
        const e = entry(name, lang, { kind: 'country', key: `iso:${code}`, type: 'country', label, country: code });
        if (e) out.push(e);
      }
    }
  }
  return labels;
}

function capitalEntries(lex: Lexicon, labels: Map<string, string>, out: GazEntry[]): void {
  for (const [code, names] of Object.entries(lex.capitals)) {
    names.forEach((name, i) => {
      const lang = LANGS[i]!;
      const base = { kind: 'capital' as const, key: `iso:${code}`, type: 'country' as const, label: labels.get(code) ?? code };
      const e = entry(name, lang, { ...base, country: code, city: names[0] });
      if (e) out.push(e);
    });
  }
}

function frenchForms(masc: string): string[] {
  const m = masc.toLowerCase();
  const forms = [m];
  if (/[ie]n$/.test(m)) forms.push(`${m}ne`, `${m}s`, `${m}nes`);
  else if (/[ai]s$/.test(m)) forms.push(`${m}e`, `${m}es`);
  else if (/c$/.test(m)) forms.push(m.replace(/c$/, 'que'), `${m}s`, m.replace(/c$/, 'ques'));
  else if (/e$/.test(m)) forms.push(`${m}s`);
  else if (/al$/.test(m)) forms.push(`${m}e`, `${m}es`, m.replace(/al$/, 'aux'));
  else forms.push(`${m}e`, `${m}s`, `${m}es`);
  return forms;
}

function englishForms(adj: string): string[] {
  return /(sh|ch|ese|s|i)$/.test(adj) ? [adj, ...(adj.endsWith('i') ? [`${adj}s`] : [])] : [adj, `${adj}s`];
}

function adjectiveEntries(lex: Lexicon, labels: Map<string, string>, out: GazEntry[]): void {
  const countryNames = new Set(out.filter((e) => e.kind === 'country').map((e) => e.pattern));
  const push = (name: string, lang: Lang, code: string) => {
    const e = entry(name, lang, { kind: 'adjective', key: `iso:${code}`, type: 'country', label: labels.get(code) ?? code, country: code });
    if (e && !countryNames.has(e.pattern)) out.push({ ...e, exactCase: false });
  };
  const extra = Object.entries(lex.countryAliases.adjectives);
  for (const [code, byLang] of [...worldData().adjectives, ...extra]) {
    if (!labels.has(code)) continue;
    for (const adj of byLang.en) if (!adj.includes('(')) englishForms(adj).forEach((f) => push(f, 'en', code));
    for (const adj of byLang.fr) if (!adj.includes('(')) frenchForms(adj).forEach((f) => push(f, 'fr', code));
  }
  const ar = lex.nationalityAr;
  for (const [code, adj] of Object.entries(ar.adjectives)) {
    for (const form of [adj, ...(ar.variants[code] ?? [])]) push(form, 'ar', code);
  }
}

function bodyEntries(lex: Lexicon, out: GazEntry[]): void {
  for (const b of lex.bodies) {
    const label = b.names.en?.find((n) => !isAcronym(n)) ?? b.names.en?.[0] ?? b.id;
    const parent = b.partOf ? `lex:${b.partOf}` : undefined;
    for (const lang of LANGS) {
      for (const name of b.names[lang] ?? []) {
        const e = entry(name, lang, { kind: 'body', key: `lex:${b.id}`, type: b.type, label, ...(parent ? { parent } : {}) });
        if (e) out.push(e);
        // Four letters or more: a shorter one written as a word is too often a word ("Mag", "Eu").
        if (e?.exactCase && /^[A-Z]{4,}$/.test(name)) out.push({ ...e, exactCase: false, titleCase: true });
      }
    }
  }
  for (const p of lex.places.places) {
    const label = p.names.en?.[0] ?? p.id;
    for (const lang of LANGS) {
      for (const name of p.names[lang] ?? []) {
        const e = entry(name, lang, { kind: 'place', key: `place:${p.id}`, type: 'region', label });
        if (e) out.push(e);
      }
    }
  }
}

/** Every gazetteer entry, built from the libraries and the lexicon. */
export function buildGazetteerEntries(lex: Lexicon): GazEntry[] {
  const out: GazEntry[] = [];
  const labels = countryEntries(lex, out);
  capitalEntries(lex, labels, out);
  adjectiveEntries(lex, labels, out);
  bodyEntries(lex, out);
  const taken = new Set(out.map((e) => e.pattern));
  for (const e of subdivisionEntries(lex)) if (!taken.has(e.pattern)) out.push(e);
  const seen = new Set<string>();
  return out.filter((e) => {
    const id = `${e.pattern}|${e.kind}|${e.key}|${e.exactCase}|${e.titleCase ?? false}`;
    if (seen.has(id)) return false;
    seen.add(id);
    return true;
  });
}

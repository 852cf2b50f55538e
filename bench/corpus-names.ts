// Real names for the benchmark corpus, per language: countries from i18n-iso-countries, their
// subdivisions from iso3166-2-db, and hand-picked agencies, organisations and news outlets that
// do report on conflicts and demining. Person names are plausible, not real people.
// Everything loads on first use and is cached, so importing this module costs nothing.
import { createRequire } from 'node:module';
import countries from 'i18n-iso-countries';
import type { Lang } from '../shared/domain';

/** French needs a country's gender (and number) for its article: la France, le Mali, les Pays-Bas. */
export type FrGender = 'm' | 'f' | 'pl';

export interface Country {
  code: string;
  name: string;
  gender: FrGender;
  /** Subdivision names in this language and script; may be empty. */
  regions: string[];
}

export interface Names {
  countries: Country[];
  /** Countries with at least three named regions: where the news takes place. */
  hosts: Country[];
  agencies: readonly string[];
  organizations: readonly string[];
  news: readonly string[];
  firstNames: readonly string[];
  lastNames: readonly string[];
}

// prettier-ignore
const COUNTRY_GENDERS: Record<string, FrGender> = {
  AZ: 'm', AM: 'f', TR: 'f', RU: 'f', FR: 'f', DE: 'f', GB: 'm', US: 'pl', UA: 'f', SY: 'f', IQ: 'm',
  LB: 'm', JO: 'f', EG: 'f', LY: 'f', SD: 'm', ML: 'm', NE: 'm', TD: 'm', SO: 'f', YE: 'm', IR: 'm',
  SA: 'f', QA: 'm', AE: 'pl', MA: 'm', DZ: 'f', TN: 'f', GE: 'f', KZ: 'm', IT: 'f', ES: 'f', NL: 'pl',
  NO: 'f', SE: 'f', CH: 'f', JP: 'm', CA: 'm', BE: 'f', AF: 'm', PK: 'm', HR: 'f', ET: 'f', NG: 'm',
};

/** Where the library's first name is the formal one a news article would not use. */
const NAME_OVERRIDES: Partial<Record<Lang, Record<string, string>>> = {
  en: { US: 'United States', RU: 'Russia', SY: 'Syria', IR: 'Iran', TR: 'Turkey' },
  fr: { US: 'États-Unis', AE: 'Émirats arabes unis', SA: 'Arabie saoudite' },
};

/** Administrative words around a subdivision's own name: "Idlib Governorate" reads "Idlib". */
const REGION_AFFIXES: Record<Lang, RegExp> = {
  en: / (?:Governorate|Province|District|Region|Oblast|Municipality|State|County|Department|Rayon|Prefecture)$/u,
  fr: /^(?:Gouvernorat|Province|District|Région|Oblast|Préfecture|État|Département|Municipalité|Wilaya)(?: de la | de l'| du | des | de | d'| )/u,
  ar: /^(?:محافظة|منطقة|ولاية|شعبية|مقاطعة|إقليم|أوبلاست) | (?:أوبلاست|محافظة)$/u,
};

/** Agencies and organisations carry the article their language puts before them. */
// prettier-ignore
const AGENCIES: Record<Lang, readonly string[]> = {
  en: ['the United Nations Mine Action Service', 'the United Nations Development Programme', 'UNICEF', 'the World Food Programme', 'the European Union', 'the World Bank', 'the Organization for Security and Co-operation in Europe', 'the African Union', 'the Arab League', 'the UN Security Council', 'the Geneva International Centre for Humanitarian Demining', 'USAID'],
  fr: ['le Service de la lutte antimines des Nations Unies', 'le Programme des Nations Unies pour le développement', 'l’UNICEF', 'le Programme alimentaire mondial', 'l’Union européenne', 'la Banque mondiale', 'l’Organisation pour la sécurité et la coopération en Europe', 'l’Union africaine', 'la Ligue arabe', 'le Conseil de sécurité des Nations Unies', 'le Centre international de déminage humanitaire de Genève', 'l’USAID'],
  ar: ['دائرة الأمم المتحدة للإجراءات المتعلقة بالألغام', 'برنامج الأمم المتحدة الإنمائي', 'اليونيسف', 'برنامج الأغذية العالمي', 'الاتحاد الأوروبي', 'البنك الدولي', 'منظمة الأمن والتعاون في أوروبا', 'الاتحاد الأفريقي', 'جامعة الدول العربية', 'مجلس الأمن الدولي', 'مركز جنيف الدولي لإزالة الألغام للأغراض الإنسانية', 'الوكالة الأمريكية للتنمية الدولية'],
};

// prettier-ignore
const ORGANIZATIONS: Record<Lang, readonly string[]> = {
  en: ['the International Committee of the Red Cross', 'the HALO Trust', 'the Mines Advisory Group', 'the Danish Refugee Council', 'Humanity & Inclusion', "Norwegian People's Aid", 'Doctors Without Borders'],
  fr: ['le Comité international de la Croix-Rouge', 'l’ONG HALO Trust', 'l’ONG Mines Advisory Group', 'le Conseil danois pour les réfugiés', 'Handicap International', 'l’Aide populaire norvégienne', 'Médecins sans frontières'],
  ar: ['اللجنة الدولية للصليب الأحمر', 'منظمة هالو ترست', 'المجموعة الاستشارية للألغام', 'المجلس الدنماركي للاجئين', 'منظمة الإنسانية والإدماج', 'المساعدات الشعبية النرويجية', 'أطباء بلا حدود'],
};

// prettier-ignore
const NEWS: Record<Lang, readonly string[]> = {
  en: ['Reuters', 'Agence France-Presse', 'Anadolu Agency', 'the Associated Press', 'Al Jazeera'],
  fr: ['Reuters', 'l’Agence France-Presse', 'l’agence Anadolu', 'Associated Press', 'Al Jazeera'],
  ar: ['رويترز', 'وكالة الصحافة الفرنسية', 'وكالة الأناضول', 'أسوشيتد برس', 'الجزيرة'],
};

// prettier-ignore
const LATIN_FIRST = ['Vugar', 'Leila', 'Omar', 'Anna', 'Marc', 'Elena', 'Karim', 'Sofia', 'Ivan', 'Nadia', 'Thomas', 'Amina', 'David', 'Olga', 'Samir', 'Claire', 'Hassan', 'Ingrid', 'Tariq', 'Lucia'];
// prettier-ignore
const LATIN_LAST = ['Mammadov', 'Haddad', 'Petrov', 'Dubois', 'Schmidt', 'Rossi', 'Novak', 'Khalil', 'Mansour', 'Aliyev', 'Hovhannisyan', 'Kovalenko', 'Diallo', 'Traoré', 'Okafor', 'Nilsson', 'Moreau', 'Fischer', 'Yilmaz', 'Karimi'];

// prettier-ignore
const FIRST_NAMES: Record<Lang, readonly string[]> = {
  en: LATIN_FIRST,
  fr: LATIN_FIRST,
  ar: ['أحمد', 'ليلى', 'عمر', 'سمير', 'فاطمة', 'خالد', 'يوسف', 'نادية', 'كريم', 'حسن', 'رانيا', 'طارق', 'سلمى', 'مراد', 'هدى'],
};
// prettier-ignore
const LAST_NAMES: Record<Lang, readonly string[]> = {
  en: LATIN_LAST,
  fr: LATIN_LAST,
  ar: ['الحسيني', 'العمري', 'منصور', 'حداد', 'خليل', 'الزعبي', 'السعدي', 'الشريف', 'النجار', 'الخطيب', 'علييف', 'بتروف', 'ديالو', 'مامادوف', 'كوفالينكو'],
};

const cache = new Map<Lang, Names>();

export function namesFor(lang: Lang): Names {
  let names = cache.get(lang);
  if (!names) {
    const list = Object.entries(COUNTRY_GENDERS).map(([code, gender]) => loadCountry(code, gender, lang));
    names = {
      countries: list,
      hosts: list.filter((c) => c.regions.length >= 3),
      agencies: AGENCIES[lang],
      organizations: ORGANIZATIONS[lang],
      news: NEWS[lang],
      firstNames: FIRST_NAMES[lang],
      lastNames: LAST_NAMES[lang],
    };
    cache.set(lang, names);
  }
  return names;
}

function loadCountry(code: string, gender: FrGender, lang: Lang): Country {
  const name = NAME_OVERRIDES[lang]?.[code] ?? countries.getName(code, lang) ?? code;
  return { code, name, gender, regions: loadRegions(code, lang) };
}

const requireJson = createRequire(import.meta.url);

function loadRegions(code: string, lang: Lang): string[] {
  let rows: { name: string }[];
  try {
    rows = requireJson(`iso3166-2-db/regions/${code}/dispute/UN/${lang}.json`) as { name: string }[];
  } catch {
    return [];
  }
  // The Arabic files fall back to English names where they lack an Arabic one; those are dropped.
  const script = lang === 'ar' ? /^[\p{Script=Arabic}\s-]+$/u : /^[\p{Script=Latin}\s'’.-]+$/u;
  const names = rows
    .map((r) => r.name.replace(REGION_AFFIXES[lang], '').trim())
    .filter((n) => n.length >= 3 && script.test(n));
  return [...new Set(names)];
}

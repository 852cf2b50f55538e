// A head of state or government named with no country acts for the country the article names
// most only when that country is named near him: "President Donald Trump said" in a story about
// Ukraine does not make Trump head Ukraine; "President Volodymyr Zelensky said" right after a
// sentence about Ukraine still heads it. Nor is "the Japanese ambassador" he receives his country.
import { describe, expect, it } from 'vitest';
import type { Lang } from '../../shared/domain';
import { extractor } from '../../electron/core/extract';
import { relationsOf } from './harness';

const UKRAINE: Record<Lang, { story: string; trump: string; zelensky: string }> = {
  en: {
    story:
      "Ukraine said on Monday that Russian drones had hit Kharkiv overnight. Ukraine's air force said it had shot down most of them. Ukraine asked its partners for more air defence systems.",
    trump: 'The talks on a ceasefire have stalled since March. President Donald Trump said on Tuesday that he was disappointed. He did not say when the envoys would meet again.',
    zelensky: 'President Volodymyr Zelensky called for faster deliveries.',
  },
  fr: {
    story:
      "L'Ukraine a annoncé lundi que des drones russes avaient frappé Kharkiv dans la nuit. L'armée de l'air ukrainienne affirme en avoir abattu la plupart. L'Ukraine demande à ses partenaires davantage de systèmes de défense aérienne.",
    trump: "Les pourparlers sur un cessez-le-feu sont au point mort depuis mars. Le président Donald Trump s'est dit déçu mardi. Il n'a pas précisé quand les émissaires se reverraient.",
    zelensky: 'Le président Volodymyr Zelensky a appelé à accélérer les livraisons.',
  },
  ar: {
    story:
      'أعلنت أوكرانيا يوم الاثنين أن طائرات مسيرة روسية ضربت خاركيف ليلا. وقالت القوات الجوية الأوكرانية إنها أسقطت معظمها. وطلبت أوكرانيا من شركائها المزيد من أنظمة الدفاع الجوي.',
    trump: 'وتتعثر المحادثات بشأن وقف إطلاق النار منذ مارس. وقال الرئيس دونالد ترامب يوم الثلاثاء إنه يشعر بخيبة أمل. ولم يحدد موعد لقاء المبعوثين مجددا.',
    zelensky: 'ودعا الرئيس فولوديمير زيلينسكي إلى تسريع عمليات التسليم.',
  },
};

describe("a named head of state far from the article's main country", () => {
  it.each(['en', 'fr', 'ar'] as Lang[])('%s: "President Trump said" in a story about Ukraine heads nothing', (lang) => {
    const { story, trump } = UKRAINE[lang];
    expect(relationsOf(extractor, `${story}\n\n${trump}`, lang).filter((r) => r.includes(' heads '))).toEqual([]);
  });

  it.each(['en', 'fr', 'ar'] as Lang[])('%s: the president named right after Ukraine still heads it', (lang) => {
    const { story, zelensky } = UKRAINE[lang];
    expect(relationsOf(extractor, `${story} ${zelensky}`, lang).filter((r) => r.includes(' heads '))).toEqual([expect.stringMatching(/ heads Ukraine$/)]);
  });
});

describe('a nationality after a named head of state', () => {
  it.each([
    ['en', 'President William Ruto received the Japanese ambassador in Nairobi.'],
    ['fr', "Le président William Ruto a reçu l'ambassadeur japonais à Nairobi."],
    ['ar', 'استقبل الرئيس وليام روتو السفير الياباني في نيروبي.'],
  ] as Array<[Lang, string]>)('%s: is not his when it is in another, unnamed title: %s', (lang, text) => {
    expect(relationsOf(extractor, text, lang).filter((r) => r.includes(' heads '))).toEqual([]);
  });
});

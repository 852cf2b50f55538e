// Cue words that also have an everyday sense must not state a relation in that sense: "a pris
// acte", "made clear", "given the situation", "joined X in ...", "border controls", "holds a summit
// in", "s'occupe de", "a rendu hommage", "returned to the talks", "struck a deal", "received a
// letter", رصد (monitored), ينشر (publishes), ضم (included), أعاد (did again). Their narrower forms
// still do, and so do رصد with a sum of money after it and "joined", "holds", "occupe", "struck",
// "received" or ضم with their target right after them.
import { describe, expect, it } from 'vitest';
import type { Lang } from '../../shared/domain';
import { extractor } from '../../electron/core/extract';
import { relationsOf } from './harness';

const ofType = (text: string, lang: Lang, type: string): string[] => relationsOf(extractor, text, lang).filter((r) => r.split(' ').includes(type));

describe('everyday senses of cue words state no relation', () => {
  it.each([
    ['fr', 'Le président a pris acte de la décision du Mali.', 'occupies'],
    ['fr', "L'armée malienne a pris part aux cérémonies organisées à Kidal.", 'occupies'],
    ['fr', 'Le Hamas a pris le pouvoir à Gaza en 2007.', 'occupies'],
    ['fr', 'Le Hamas a pris acte de la décision à Gaza.', 'occupies'],
    ['en', 'UNMAS made clear its teams would stay in Darfur.', 'operates_in'],
    ['en', 'The African Union made clear its position on Sudan.', 'operates_in'],
    ['en', 'Kenya, given the situation in Somalia, sent more troops.', 'funds'],
    ['en', 'The African Union, given the situation in Sudan, called for calm.', 'funds'],
    ['en', 'Egypt has been given a role by the African Union in Sudan.', 'funds'],
    ['en', 'Kenya joined Ethiopia in rejecting the Khartoum Agreement.', 'party_to'],
    ['en', 'Turkey joined the talks on the Black Sea Grain Initiative.', 'party_to'],
    ['en', 'The Finance Ministry controls spending in Darfur.', 'occupies'],
    ['en', 'The African Union holds a summit in Addis Ababa every year.', 'occupies'],
    ['en', 'The United States took over the chairmanship of the group in Geneva.', 'occupies'],
    ['fr', "L'ONU s'occupe des réfugiés au Darfour.", 'occupies'],
    ['fr', 'Le HCR occupe une place centrale dans la réponse au Darfour.', 'occupies'],
    ['ar', 'ضم الاجتماع ممثلين عن الأمم المتحدة والاتحاد الأفريقي في الخرطوم.', 'occupies'],
    ['fr', "La Russie a rendu hommage à l'ONU.", 'hands_over'],
    ['fr', "L'Ukraine a rendu compte au Conseil de sécurité.", 'hands_over'],
    ['en', 'Kenya returned to the talks with Somalia.', 'hands_over'],
    ['en', 'Egypt struck a deal with Sudan on the Nile.', 'attacks'],
    ['en', 'President Ilham Aliyev received a letter from President Aleksandar Vucic.', 'meets'],
    ['en', 'The Foreign Ministry received a letter from the African Union.', 'meets'],
    ['ar', 'أعادت الحكومة السودانية فتح سفارتها في الخرطوم أمام الأمم المتحدة.', 'hands_over'],
    ['ar', 'رصد الاتحاد الأوروبي انتهاكات في السودان.', 'funds'],
    ['ar', 'رصد المرصد السوري لحقوق الإنسان قصفا تركيا على سوريا.', 'funds'],
    ['ar', 'رصدت منظمة العفو الدولية انتهاكات في السودان.', 'funds'],
    ['ar', 'رصدت الأمم المتحدة انتهاكات في السودان.', 'funds'],
    ['ar', 'ينشر برنامج الأغذية العالمي تقارير عن الوضع في السودان.', 'operates_in'],
    ['ar', 'تنشر الأمم المتحدة تقارير عن الوضع في السودان.', 'operates_in'],
  ] as Array<[Lang, string, string]>)('%s: %s', (lang, text, type) => {
    expect(ofType(text, lang, type)).toEqual([]);
  });
});

describe('the narrower forms of those cues still state the relation', () => {
  it.each([
    ['fr', 'Les rebelles du M23 ont pris le contrôle de Goma en janvier.', 'M23 occupies Goma'],
    ['fr', "Les forces russes ont pris le contrôle d'Avdiïvka en février.", 'forces russes occupies Avdiïvka'],
    ['fr', 'Les rebelles du M23 ont pris la ville de Bunagana.', 'M23 occupies Bunagana'],
    ['en', 'HALO Trust will clear minefields in Mullaitivu district.', 'HALO Trust operates_in Mullaitivu'],
    ['en', 'The United Kingdom has given 1.5 million pounds to UNMAS.', 'United Kingdom funds United Nations Mine Action Service'],
    ['en', 'The M23 still controls Rubaya.', 'M23 occupies Rubaya'],
    ['en', 'Russia still holds Crimea.', 'Russia occupies Crimea'],
    ['en', 'Russian missiles struck Kharkiv overnight.', 'Russia attacks Kharkiv'],
    ['en', 'President Ilham Aliyev received Serbian President Aleksandar Vucic in Baku.', 'Ilham Aliyev meets Aleksandar Vucic'],
    ['fr', "La Russie a rendu les corps de 500 soldats à l'Ukraine.", 'Russia hands_over Ukraine'],
    ['en', 'Russia returned the bodies of 500 soldiers to Ukraine.', 'Russia hands_over Ukraine'],
    ['ar', 'روسيا أعادت جثث 500 جندي إلى أوكرانيا.', 'Russia hands_over Ukraine'],
    ['fr', "L'armée érythréenne a occupé plusieurs districts du Tigré pendant la guerre.", 'armée érythréenne occupies Tigré'],
    ['en', 'Rwanda joined forces with Mozambique in Cabo Delgado.', 'Rwanda cooperates_with Mozambique'],
    ['ar', 'اليابان رصدت مبلغ 5 ملايين دولار لبرنامج الأمم المتحدة الإنمائي.', 'Japan funds United Nations Development Programme'],
    ['ar', 'رصد الاتحاد الأوروبي 10 ملايين يورو لمنظمة الصحة العالمية.', 'European Union funds World Health Organization'],
    ['en', 'South Sudan joined the Ottawa Convention in 2011.', 'South Sudan party_to Ottawa Convention'],
    ['ar', 'الاتحاد الأفريقي ينشر جنودا في الصومال.', 'African Union operates_in Somalia'],
    ['ar', 'الاتحاد الأفريقي ينشر في الصومال قوة لحفظ السلام.', 'African Union operates_in Somalia'],
  ] as Array<[Lang, string, string]>)('%s: %s', (lang, text, relation) => {
    expect(relationsOf(extractor, text, lang)).toContain(relation);
  });
});

describe('who condemns or reports an attack did not make it', () => {
  it.each([
    ['en', 'The United States condemned the attack on Kharkiv.', ''],
    ['fr', 'La France a condamné les frappes sur Kharkiv.', ''],
    ['ar', 'أدانت مصر الهجوم على الخرطوم.', ''],
    ['en', 'The United States condemned the attack on Kharkiv by Russia.', 'Russia attacks Kharkiv'],
    ['ar', 'اتهمت أوكرانيا روسيا بقصف خاركيف.', 'Russia attacks Kharkiv'],
    ['en', 'Ukraine said the attack on Kharkiv killed five people.', ''],
    ['ar', 'وقالت أوكرانيا إن الهجوم على خاركيف أسفر عن مقتل خمسة أشخاص.', ''],
    ['en', 'Russia said it had shelled Kharkiv.', 'Russia attacks Kharkiv'],
    ['en', 'Ukraine said Russia shelled Kharkiv.', 'Russia attacks Kharkiv'],
  ] as Array<[Lang, string, string]>)('%s: %s', (lang, text, relation) => {
    expect(ofType(text, lang, 'attacks')).toEqual(relation ? [relation] : []);
  });
});

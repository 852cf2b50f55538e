// Arabic sentence patterns for the benchmark corpus, in the register of Arabic wire copy.
// Dates use both month series, often paired as "تشرين الثاني/نوفمبر", as Levantine and
// pan-Arab outlets write them.
import type { Rng } from './corpus-rng';
import type { Cast, LanguageKit, SimpleDate, Template } from './corpus-types';

const DAYS = ['الاثنين', 'الثلاثاء', 'الأربعاء', 'الخميس', 'الجمعة', 'السبت', 'الأحد'];
// prettier-ignore
const MONTHS = ['يناير', 'فبراير', 'مارس', 'أبريل', 'مايو', 'يونيو', 'يوليو', 'أغسطس', 'سبتمبر', 'أكتوبر', 'نوفمبر', 'ديسمبر'];
// prettier-ignore
const LEVANTINE = ['كانون الثاني', 'شباط', 'آذار', 'نيسان', 'أيار', 'حزيران', 'تموز', 'آب', 'أيلول', 'تشرين الأول', 'تشرين الثاني', 'كانون الأول'];
const UNRELATED = [
  'ارتفاع أسعار النفط في الأسواق العالمية',
  'الفريق المحلي يفوز بنهائي الكأس',
  'افتتاح متحف جديد في المدينة القديمة',
  'موجة حر تستمر حتى نهاية الأسبوع',
];

const region = (c: Cast, rng: Rng): string => rng.pick(c.regions);
const day = (rng: Rng): string => rng.pick(DAYS);

const HEADLINES: Template[] = [
  (c, r) => `${c.host.name} و${c.rival.name} توقعان اتفاقا لوقف إطلاق النار بعد محادثات في ${region(c, r)}`,
  (c) => `${c.donor.name} تتعهد بتقديم ${c.amount} مليون دولار لإزالة الألغام في ${c.host.name}`,
  (c, r) => `${c.host.name} تتهم ${c.rival.name} بقصف قرى في ${region(c, r)}`,
  (c, r) => `${c.agency} تزيل آلاف الألغام في ${region(c, r)}`,
  (c, r) => `وزيرا خارجية ${c.host.name} و${c.rival.name} يلتقيان في ${region(c, r)}`,
];

const SENTENCES: Template[] = [
  (c, r) =>
    `التقى وزير خارجية ${c.host.name} ${c.minister} يوم ${day(r)} نظيره من ${c.rival.name} ${c.rivalMinister} في ${region(c, r)} لبحث تنفيذ اتفاق وقف إطلاق النار.`,
  (c, r) =>
    `ووقعت ${c.host.name} و${c.rival.name} يوم ${day(r)} اتفاقا لوقف إطلاق النار أنهى ${r.int(2, 12)} أسابيع من القتال حول ${region(c, r)}.`,
  (c, r) =>
    `وقالت ${c.agency} إن فرق إزالة الألغام طهرت ${r.int(120, 9000)} هكتار من الأراضي في منطقة ${region(c, r)} منذ بداية العام.`,
  (c, r) =>
    `وعثر خبراء إزالة الألغام التابعون لـ${c.organization} على ${r.int(20, 4000)} لغما مضادا للأفراد و${r.int(10, 900)} قذيفة غير منفجرة قرب ${region(c, r)}، بحسب بيان.`,
  (c) =>
    `وستقدم ${c.donor.name} ${c.amount} مليون دولار إلى ${c.agency} لدعم عمليات إزالة الألغام في ${c.host.name}، حسبما قال السفير ${c.envoy}.`,
  (c, r) =>
    `وقالت وزارة دفاع ${c.host.name} إن جيش ${c.rival.name} قصف قرى في منطقة ${region(c, r)} خلال الليل، ما أدى إلى إصابة ${r.int(2, 40)} مدنيا.`,
  (c) => `واتهمت ${c.host.name} ${c.rival.name} بانتهاك الهدنة وزرع ألغام جديدة على طول خط التماس السابق.`,
  (c, r) =>
    `وقال ${c.chief}، رئيس ${c.agency}، لـ${c.news} إن أكثر من ${r.int(50, 3000)} شخصا قتلوا أو أصيبوا بسبب الألغام منذ انتهاء الحرب.`,
  (c) =>
    `وقال المتحدث باسم وزارة خارجية ${c.host.name} ${c.spokesperson} للصحفيين: "ما زلنا ملتزمين بالتسوية السلمية".`,
  (c, r) =>
    `وسلمت ${c.rival.name} إلى ${c.host.name} خرائط ${r.int(3, 120)} حقل ألغام مقابل الإفراج عن ${r.int(2, 30)} محتجزا، وفق ما أكدته ${c.organization}.`,
  (c) =>
    `وجددت ${c.donor.name} دعمها لوحدة أراضي ${c.host.name}، بحسب ما قاله ${c.envoy} بعد محادثات مع ${c.minister}.`,
  (c, r) =>
    `ووقعت ${c.agency} و${c.organization} مذكرة تعاون في مجال إزالة الألغام ومساعدة الضحايا في ${region(c, r)}.`,
  (c, r) =>
    `ولا تزال التوترات بين البلدين قائمة منذ عقود، فيما لا يزال آلاف الأشخاص نازحين من ${region(c, r)}.`,
  (c, r) =>
    `ومنذ انتهاء القتال عاد ${r.int(200, 40000)} مدني إلى منازلهم في ${region(c, r)}، بحسب السلطات المحلية.`,
  (c, r) =>
    `وقال ${c.chief} خلال زيارة إلى ${region(c, r)} يوم ${day(r)}: "كل لغم يزال هو حياة يتم إنقاذها".`,
  (c, r) =>
    `ودعت ${c.otherAgency} الطرفين إلى احترام التزاماتهما والسماح بوصول المساعدات الإنسانية إلى ${region(c, r)}.`,
  (c, r) =>
    `ولا تزال قوات ${c.rival.name} تسيطر على مواقع قرب ${region(c, r)}، وفقا لوزارة دفاع ${c.host.name}.`,
];

function dateLine(date: SimpleDate, rng: Rng): string {
  const month = MONTHS[date.m - 1]!;
  const levantine = LEVANTINE[date.m - 1]!;
  const mm = String(date.m).padStart(2, '0');
  const dd = String(date.d).padStart(2, '0');
  return rng.pick([
    `${date.d} ${levantine}/${month} ${date.y}`,
    `${date.d} ${month} ${date.y}`,
    `${dd}.${mm}.${date.y}`,
  ]);
}

export const arabic: LanguageKit = {
  headlines: HEADLINES,
  sentences: SENTENCES,
  dateLine,
  dateline: (c, rng) => `${region(c, rng)} - `,
  furniture: (rng) => ['اترك تعليقاً', 'لن يتم نشر عنوان بريدك الإلكتروني.', ...rng.sample(UNRELATED, 2)],
};

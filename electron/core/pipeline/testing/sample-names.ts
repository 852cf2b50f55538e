// Names the fake extractor looks for in the sample corpus (resources/samples), in its three
// languages, with the keys and relations the tests check against.
import type { FakeExtractorOptions, FakeName } from './fake-extractor';

export const SAMPLE_NAMES: FakeName[] = [
  { name: 'Azerbaijan', id: 'az', type: 'country', key: 'iso:AZ', label: 'Azerbaijan' },
  { name: 'Azerbaïdjan', id: 'az', type: 'country', key: 'iso:AZ', label: 'Azerbaijan' },
  { name: 'أذربيجان', id: 'az', type: 'country', key: 'iso:AZ', label: 'Azerbaijan' },
  { name: 'Armenia', id: 'am', type: 'country', key: 'iso:AM', label: 'Armenia' },
  { name: 'Arménie', id: 'am', type: 'country', key: 'iso:AM', label: 'Armenia' },
  { name: 'أرمينيا', id: 'am', type: 'country', key: 'iso:AM', label: 'Armenia' },
  { name: 'Russia', id: 'ru', type: 'country', key: 'iso:RU', label: 'Russia' },
  { name: 'Russie', id: 'ru', type: 'country', key: 'iso:RU', label: 'Russia' },
  { name: 'ANAMA', id: 'anama', type: 'agency', label: 'ANAMA' },
  { name: 'اناما', id: 'anama', type: 'agency', label: 'ANAMA' },
  { name: 'Vugar Suleymanov', id: 'suleymanov', type: 'official' },
  { name: 'فوجار سليمانوف', id: 'suleymanov', type: 'official' },
  { name: 'Karabakh', id: 'karabakh', type: 'region' },
  { name: 'كاراباخ', id: 'karabakh', type: 'region' },
];

export const SAMPLE_OPTIONS: FakeExtractorOptions = {
  relations: [{ source: 'suleymanov', type: 'heads', target: 'anama' }],
  coMentions: true,
};

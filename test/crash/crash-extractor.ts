// The deterministic extractor of the crash test: the fake extractor over the names the benchmark
// corpus is generated from (bench/corpus-names.ts), so that every generated article yields
// mentions and relations, and the parent can re-extract to know what each article should hold.
import { LANGS } from '../../shared/domain';
import { fakeExtractor, type FakeName } from '../../electron/core/pipeline/testing/fake-extractor';
import type { Extractor } from '../../electron/core/extract/types';
import { namesFor } from '../../bench/corpus-names';

function corpusNames(): FakeName[] {
  return LANGS.flatMap((lang) => {
    const n = namesFor(lang);
    return [
      ...n.countries.map((c): FakeName => ({ name: c.name, id: `iso:${c.code}`, key: `iso:${c.code}`, type: 'country' })),
      ...n.agencies.map((name): FakeName => ({ name, type: 'agency' })),
      ...n.organizations.map((name): FakeName => ({ name, type: 'organization' })),
      ...n.news.map((name): FakeName => ({ name, type: 'organization' })),
    ];
  });
}

export function crashExtractor(): Extractor {
  return fakeExtractor(corpusNames(), { coMentions: true, version: 'crash-1' });
}

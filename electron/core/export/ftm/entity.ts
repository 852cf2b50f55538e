// FollowTheMoney entities as the exporter builds them, and the value conversions FtM's property
// types ask for. An entity is `{ id, schema, properties: { name: [values] } }`, one JSON object
// per line. Ids are `kg-` + the SHA-1 of our own id and what it names, so they are as stable as
// the canonical graph's ids and never collide across kinds (entity, relation, article, mention).
import { createHash } from 'node:crypto';
import type { Lang } from '../../../../shared/domain';

export interface FtmEntity {
  id: string;
  schema: string;
  properties: Record<string, string[]>;
}

export type IdKind = 'entity' | 'relation' | 'article' | 'mention';

export function ftmId(kind: IdKind, ourId: string): string {
  return 'kg-' + createHash('sha1').update(`kg-explorer:${kind}:${ourId}`).digest('hex');
}

export function makeEntity(kind: IdKind, ourId: string, schema: string): FtmEntity {
  return { id: ftmId(kind, ourId), schema, properties: {} };
}

/** Adds the non-empty values to `prop`, keeping each value once and in first-seen order. */
export function addValues(entity: FtmEntity, prop: string, ...values: (string | null | undefined)[]): void {
  for (const raw of values) {
    const value = raw?.trim();
    if (!value) continue;
    const list = (entity.properties[prop] ??= []);
    if (!list.includes(value)) list.push(value);
  }
}

/** FtM's `language` type takes ISO 639-3 codes. */
const ISO_639_3: Record<Lang, string> = { en: 'eng', fr: 'fra', ar: 'ara' };

export function ftmLanguage(lang: Lang | null): string | null {
  return lang ? ISO_639_3[lang] : null;
}

/** FtM's `country` type takes lower-case ISO 3166-1 alpha-2 codes; our keys are `iso:AZ`. */
export function countryCode(key: string | undefined): string | null {
  const m = key ? /^iso:([A-Za-z]{2})(?:-[A-Za-z0-9]{1,3})?$/.exec(key) : null;
  return m ? m[1]!.toLowerCase() : null;
}

/** FtM's `date` type takes ISO 8601 dates, possibly partial; anything else is dropped. */
export function ftmDate(date: string | null): string | null {
  const m = date ? /^(\d{4}(?:-\d{2}(?:-\d{2})?)?)/.exec(date) : null;
  return m ? m[1]! : null;
}

/** FtM's `url` type: absolute http(s) URLs only. */
export function ftmUrl(url: string | null): string | null {
  return url && /^https?:\/\/\S+$/i.test(url) ? url : null;
}

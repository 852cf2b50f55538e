// The canonical label an entity is shown under: the form analysts read. By default English where
// the store has an English name for it, else French, else Arabic; a store read by French or
// Arabic readers can prefer their language instead, or the most frequent name whatever its
// language, and the preference is kept in the store.
// Entities keyed by a gazetteer (countries, subdivisions, capitals, lexicon bodies) already carry
// the gazetteer's English label, which is kept while English is preferred. Among the names in the
// preferred language, a name contained in a longer one ("Suleymanov" in "Vugar Suleymanov",
// "Karabakh" in "Nagorno-Karabakh") gives way to it; then the name read in the most articles
// wins, then the longest, then the first seen. Analysts' renames are curation entries, replayed
// after every relabelling, so they win over this choice.
import { isLabelPreference, type Lang, type LabelPreference } from '../../../shared/domain';
import { KgError } from '../../../shared/errors';
import { idList, prepare, type Db } from './db';
import { applyCurationLog } from './curation-apply';
import { renameEntity } from './entities';
import { dropSetting, getSetting, setSetting } from './settings';

export const DEFAULT_LABEL_PREFERENCE: LabelPreference = 'en';

const SETTING = 'label_preference';
/** Set by migration 4 on a store that had entities before labels were chosen. */
const PENDING = 'labels_pending';

export interface LabelCandidate {
  name: string;
  lang: Lang;
  /** Articles the name was read in. */
  articles: number;
}

function widest(names: readonly LabelCandidate[]): LabelCandidate[] {
  return names.filter((a) => !names.some((b) => b.name.length > a.name.length && b.name.includes(a.name)));
}

/**
 * Languages to look in, in order, under each preference: a reader of English or French is better
 * served by a name in the other Latin-script language than by one in Arabic.
 */
const LOOK_IN: Record<Lang, readonly Lang[]> = {
  en: ['en', 'fr', 'ar'],
  fr: ['fr', 'en', 'ar'],
  ar: ['ar', 'en', 'fr'],
};

function preferredNames(
  names: readonly LabelCandidate[],
  preference: LabelPreference,
): readonly LabelCandidate[] {
  if (preference === 'frequent') return names;
  for (const lang of LOOK_IN[preference]) {
    const inLang = names.filter((n) => n.lang === lang);
    if (inLang.length) return inLang;
  }
  return names;
}

/** The label `names` give under `preference`, or null when there is no name to choose from. */
export function chooseLabel(names: readonly LabelCandidate[], preference: LabelPreference): string | null {
  let best: LabelCandidate | null = null;
  for (const n of widest(preferredNames(names, preference))) {
    if (
      !best ||
      n.articles > best.articles ||
      (n.articles === best.articles && n.name.length > best.name.length)
    )
      best = n;
  }
  return best?.name ?? null;
}

export function labelPreference(db: Db): LabelPreference {
  const stored = getSetting(db, SETTING);
  return isLabelPreference(stored) ? stored : DEFAULT_LABEL_PREFERENCE;
}

interface NameRow extends LabelCandidate {
  entity_id: number;
  label: string;
  known_label: string | null;
}

/**
 * Names of the entities `scope` selects (a subquery over `params`). Under English an
 * entity with a gazetteer label needs none of its names, so they are not counted.
 */
function namesOf(db: Db, scope: string, params: string[], preference: LabelPreference): NameRow[] {
  const counted = preference === 'en' ? 'e.known_label IS NULL' : '1';
  return prepare(
    db,
    `SELECT e.id AS entity_id, e.label, e.known_label, a.name, a.lang,
            CASE WHEN ${counted} THEN (SELECT count(*) FROM alias_sources s WHERE s.alias_id = a.id) ELSE 0 END AS articles
       FROM entities e JOIN aliases a ON a.entity_id = e.id
      WHERE e.id IN (${scope})
      ORDER BY e.id, a.id`,
  ).all(...params) as NameRow[];
}

function relabel(rows: NameRow[], db: Db, preference: LabelPreference): number {
  const byEntity = new Map<number, NameRow[]>();
  for (const r of rows) {
    const names = byEntity.get(r.entity_id);
    if (names) names.push(r);
    else byEntity.set(r.entity_id, [r]);
  }
  let renamed = 0;
  for (const [id, names] of byEntity) {
    const { label, known_label: known } = names[0]!;
    const next = preference === 'en' && known !== null ? known : chooseLabel(names, preference);
    if (next && next !== label) {
      renameEntity(db, id, next);
      renamed++;
    }
  }
  return renamed;
}

/** Sets the label of each of `entityIds` from its names, as `preference` (default: the store's) says. */
export function relabelEntities(
  db: Db,
  entityIds: readonly number[],
  preference = labelPreference(db),
): number {
  if (entityIds.length === 0) return 0;
  return relabel(
    namesOf(db, 'SELECT value FROM json_each(?)', [idList(entityIds)], preference),
    db,
    preference,
  );
}

/** Relabels the entities named in `articleIds`: an ingest's new names can change their best label. */
export function relabelArticles(db: Db, articleIds: readonly number[]): number {
  if (articleIds.length === 0) return 0;
  const scope = `SELECT DISTINCT a2.entity_id FROM alias_sources s2 JOIN aliases a2 ON a2.id = s2.alias_id
                  WHERE s2.article_id IN (SELECT value FROM json_each(?))`;
  const preference = labelPreference(db);
  return relabel(namesOf(db, scope, [idList(articleIds)], preference), db, preference);
}

/** Relabels every entity by `preference`, then replays the analysts' renames over the result. */
export function relabelAll(db: Db, preference = labelPreference(db)): number {
  const renamed = relabel(namesOf(db, 'SELECT id FROM entities', [], preference), db, preference);
  applyCurationLog(db);
  return renamed;
}

/** Keeps `preference` in the store and relabels every entity by it; returns how many labels changed. */
export function setLabelPreference(db: Db, preference: string): number {
  if (!isLabelPreference(preference))
    throw new KgError(
      'INVALID_INPUT',
      `Unknown label preference "${preference}": use en, fr, ar or frequent`,
    );
  return db.transaction(() => {
    setSetting(db, SETTING, preference);
    return relabelAll(db, preference);
  })();
}

/** Relabels the whole store once, when a migration asked for it (openStore calls this). */
export function relabelIfPending(db: Db): void {
  if (getSetting(db, PENDING) === null) return;
  db.transaction(() => {
    relabelAll(db);
    dropSetting(db, PENDING);
  })();
}

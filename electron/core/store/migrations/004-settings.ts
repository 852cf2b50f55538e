// Schema version 4: settings that belong to one store rather than to the app, such as the
// language entity labels are shown in (../labels.ts); the English label a gazetteer gave an
// entity, so that labels can go back to it; and the folded label an entity was created with,
// which labelling never changes, so that the curation log can still find an entity it named by
// a label it no longer carries. Plain SQL, frozen with this version: a store that had entities
// is marked for relabelling, which openStore does once the schema is up to date.
import type { Migration } from './types';

const SQL = `
CREATE TABLE settings (
  key TEXT PRIMARY KEY,
  value TEXT NOT NULL
) WITHOUT ROWID;
ALTER TABLE entities ADD COLUMN known_label TEXT;
ALTER TABLE entities ADD COLUMN origin_label_key TEXT;
UPDATE entities SET known_label = label WHERE key GLOB 'iso:*' OR key GLOB 'lex:*' OR key GLOB 'city:*' OR key GLOB 'place:*';
UPDATE entities SET origin_label_key = label_key;
CREATE INDEX entities_type_origin_label_key ON entities (type, origin_label_key);
INSERT INTO settings (key, value) SELECT 'labels_pending', '1' WHERE EXISTS (SELECT 1 FROM entities);
`;

export const storeSettings: Migration = {
  version: 4,
  name: 'store settings; labels chosen by preference',
  up: (db) => db.exec(SQL),
};

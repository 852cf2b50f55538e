// Schema version 4: settings that belong to one store rather than to the app, such as the
// language entity labels are shown in (../labels.ts), and the English label a gazetteer gave an
// entity, so that labels can go back to it. Existing entities are relabelled under the default
// preference, so that a store written before labels were chosen reads like a new one.
import { gazetteerKeySql } from '../entities';
import { relabelAll } from '../labels';
import type { Migration } from './types';

const SQL = `
CREATE TABLE settings (
  key TEXT PRIMARY KEY,
  value TEXT NOT NULL
) WITHOUT ROWID;
ALTER TABLE entities ADD COLUMN known_label TEXT;
UPDATE entities SET known_label = label WHERE ${gazetteerKeySql('key')};
`;

export const storeSettings: Migration = {
  version: 4,
  name: 'store settings; labels chosen by preference',
  up: (db) => {
    db.exec(SQL);
    relabelAll(db);
  },
};

// Schema version 3: the analysts' curation log and the suppression flags it sets. The log names
// entities by stable key or label rather than by row id, because ids do not survive re-ingest;
// it is replayed after every ingest (see ../curation-apply.ts).
import type { Migration } from './types';

const SQL = `
CREATE TABLE curation_log (
  id INTEGER PRIMARY KEY,
  action TEXT NOT NULL CHECK (action IN ('merge', 'rename', 'suppress_entity', 'suppress_relation')),
  payload TEXT NOT NULL CHECK (json_valid(payload)),
  created_at TEXT NOT NULL,
  note TEXT
);
ALTER TABLE entities ADD COLUMN suppressed INTEGER NOT NULL DEFAULT 0;
ALTER TABLE relations ADD COLUMN suppressed INTEGER NOT NULL DEFAULT 0;
`;

export const curationLog: Migration = {
  version: 3,
  name: 'curation log and suppression flags',
  up: (db) => db.exec(SQL),
};

// Schema version 1: articles and everything extraction derives from them. Every derived row
// points at the article it came from, so that dropping an article takes its mentions, evidence
// and alias sources with it (ON DELETE CASCADE); relations and entities left without support are
// then collected by the query modules (an edge without evidence does not exist).
import type { Migration } from './types';

const SQL = `
CREATE TABLE articles (
  id INTEGER PRIMARY KEY,
  file TEXT NOT NULL UNIQUE,
  path TEXT NOT NULL,
  hash TEXT NOT NULL,
  title TEXT,
  date TEXT,
  lang TEXT NOT NULL CHECK (lang IN ('en', 'fr', 'ar')),
  url TEXT,
  encoding TEXT NOT NULL,
  byte_length INTEGER NOT NULL,
  text TEXT NOT NULL,
  body_start INTEGER NOT NULL,
  body_end INTEGER NOT NULL,
  ingested_at TEXT NOT NULL,
  extractor TEXT NOT NULL,
  CHECK (body_start >= 0 AND body_end >= body_start)
);

CREATE TABLE entities (
  id INTEGER PRIMARY KEY,
  type TEXT NOT NULL,
  label TEXT NOT NULL,
  label_key TEXT NOT NULL,
  key TEXT UNIQUE
);
CREATE INDEX entities_type_label_key ON entities (type, label_key);

CREATE TABLE aliases (
  id INTEGER PRIMARY KEY,
  entity_id INTEGER NOT NULL REFERENCES entities (id) ON DELETE CASCADE,
  name TEXT NOT NULL,
  lang TEXT NOT NULL,
  folded TEXT NOT NULL,
  skeleton TEXT NOT NULL,
  UNIQUE (entity_id, name, lang)
);
CREATE INDEX aliases_folded ON aliases (folded);
CREATE INDEX aliases_skeleton ON aliases (skeleton);

-- Which articles an alias was read in, so that an alias disappears with the last of them.
CREATE TABLE alias_sources (
  alias_id INTEGER NOT NULL REFERENCES aliases (id) ON DELETE CASCADE,
  article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  PRIMARY KEY (alias_id, article_id)
) WITHOUT ROWID;
CREATE INDEX alias_sources_article ON alias_sources (article_id);

CREATE TABLE mentions (
  id INTEGER PRIMARY KEY,
  entity_id INTEGER NOT NULL REFERENCES entities (id),
  article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  start INTEGER NOT NULL,
  end INTEGER NOT NULL,
  rule TEXT NOT NULL,
  CHECK (start >= 0 AND end > start)
);
CREATE INDEX mentions_entity ON mentions (entity_id);
CREATE INDEX mentions_article ON mentions (article_id);

CREATE TABLE relations (
  id INTEGER PRIMARY KEY,
  source_id INTEGER NOT NULL REFERENCES entities (id),
  type TEXT NOT NULL,
  target_id INTEGER NOT NULL REFERENCES entities (id),
  attributes TEXT
);
CREATE UNIQUE INDEX relations_source_type_target ON relations (source_id, type, target_id);
CREATE INDEX relations_target ON relations (target_id);

CREATE TABLE evidence (
  id INTEGER PRIMARY KEY,
  relation_id INTEGER NOT NULL REFERENCES relations (id) ON DELETE CASCADE,
  article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  start INTEGER NOT NULL,
  end INTEGER NOT NULL,
  quote TEXT NOT NULL,
  rule TEXT NOT NULL,
  confidence REAL NOT NULL CHECK (confidence >= 0 AND confidence <= 1),
  CHECK (start >= 0 AND end > start)
);
CREATE UNIQUE INDEX evidence_relation_span ON evidence (relation_id, article_id, start, end);
CREATE INDEX evidence_article ON evidence (article_id);
`;

export const coreSchema: Migration = {
  version: 1,
  name: 'articles, entities, aliases, mentions, relations, evidence',
  up: (db) => db.exec(SQL),
};

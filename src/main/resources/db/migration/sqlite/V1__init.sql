-- PaperRadar schema v1 (SQLite). Dates are ISO-8601 text so they sort and compare as written.
CREATE TABLE papers (
  id            TEXT PRIMARY KEY,
  title         TEXT NOT NULL,
  abstract      TEXT NOT NULL,
  authors       TEXT NOT NULL DEFAULT '',   -- names in order, one per line (denormalised for reads)
  author_count  INTEGER NOT NULL DEFAULT 0,
  categories    TEXT NOT NULL DEFAULT '',   -- space separated, primary first
  announced     TEXT,
  submitted     TEXT,
  updated       TEXT,
  version       INTEGER NOT NULL DEFAULT 0,
  comment       TEXT,
  doi           TEXT,
  journal_ref   TEXT,
  sources       TEXT NOT NULL DEFAULT '',
  upvotes       INTEGER NOT NULL DEFAULT 0,
  abstract_hash TEXT,
  same_as       TEXT,                       -- for local: papers, the arXiv id they were matched to
  first_seen    TEXT NOT NULL,
  last_changed  TEXT NOT NULL
);
CREATE INDEX papers_announced ON papers (announced);
CREATE INDEX papers_abstract_hash ON papers (abstract_hash);

CREATE TABLE authors (
  id   INTEGER PRIMARY KEY AUTOINCREMENT,
  name TEXT NOT NULL UNIQUE
);

CREATE TABLE paper_authors (
  paper_id  TEXT NOT NULL REFERENCES papers (id) ON DELETE CASCADE,
  position  INTEGER NOT NULL,
  author_id INTEGER NOT NULL REFERENCES authors (id),
  PRIMARY KEY (paper_id, position)
);
CREATE INDEX paper_authors_author ON paper_authors (author_id);

CREATE TABLE ingest_runs (
  id          INTEGER PRIMARY KEY AUTOINCREMENT,
  source      TEXT NOT NULL,
  format      TEXT NOT NULL,
  fingerprint TEXT NOT NULL,
  started_at  TEXT NOT NULL,
  finished_at TEXT,
  status      TEXT NOT NULL,                -- running | done | failed
  position    INTEGER NOT NULL DEFAULT 0,   -- last line/record stored, for resuming
  read_count  INTEGER NOT NULL DEFAULT 0,
  added       INTEGER NOT NULL DEFAULT 0,
  updated     INTEGER NOT NULL DEFAULT 0,
  unchanged   INTEGER NOT NULL DEFAULT 0,
  rejected    INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX ingest_runs_fingerprint ON ingest_runs (fingerprint, status);

CREATE TABLE ingest_rejects (
  id       INTEGER PRIMARY KEY AUTOINCREMENT,
  run_id   INTEGER NOT NULL REFERENCES ingest_runs (id),
  location TEXT NOT NULL,
  reason   TEXT NOT NULL
);

CREATE TABLE harvest_checkpoints (
  name             TEXT PRIMARY KEY,        -- e.g. oai:cs:arXiv:2025-01-01:
  resumption_token TEXT,
  last_datestamp   TEXT,
  pages            INTEGER NOT NULL DEFAULT 0,
  records          INTEGER NOT NULL DEFAULT 0,
  complete         INTEGER NOT NULL DEFAULT 0,
  updated_at       TEXT NOT NULL
);

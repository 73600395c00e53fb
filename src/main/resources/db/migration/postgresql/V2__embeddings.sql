-- Embedding cache: one vector per (paper, model). text_hash is the hash of the exact text that was
-- encoded (title + ". " + abstract), so a changed paper is re-embedded. vector: float32 little-endian.
CREATE TABLE embeddings (
  paper_id   TEXT NOT NULL REFERENCES papers (id) ON DELETE CASCADE,
  model      TEXT NOT NULL,
  dim        INTEGER NOT NULL,
  text_hash  TEXT NOT NULL,
  vector     BYTEA NOT NULL,
  created_at TEXT NOT NULL,
  PRIMARY KEY (paper_id, model)
);
CREATE INDEX embeddings_model ON embeddings (model);

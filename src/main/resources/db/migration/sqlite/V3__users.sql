-- Readers and what they told us about papers. relation: own (their papers, from seeding),
-- like | dislike (ratings, mutually exclusive), save (library), seen (shown to them and opened).
-- revision counts changes to a reader's papers, so a trained model knows when it is stale.
CREATE TABLE users (
  id         INTEGER PRIMARY KEY AUTOINCREMENT,
  name       TEXT NOT NULL UNIQUE,
  email      TEXT,
  revision   INTEGER NOT NULL DEFAULT 0,
  created_at TEXT NOT NULL
);

CREATE TABLE user_papers (
  user_id    INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  paper_id   TEXT NOT NULL REFERENCES papers (id) ON DELETE CASCADE,
  relation   TEXT NOT NULL CHECK (relation IN ('own', 'like', 'dislike', 'save', 'seen')),
  created_at TEXT NOT NULL,
  PRIMARY KEY (user_id, paper_id, relation)
);
CREATE INDEX user_papers_paper ON user_papers (paper_id);

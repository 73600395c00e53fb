-- Community upvotes: one per reader per paper. Trending weighs them by age (trending/Trending).
CREATE TABLE votes (
  user_id    INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  paper_id   TEXT NOT NULL REFERENCES papers (id) ON DELETE CASCADE,
  created_at TEXT NOT NULL,
  PRIMARY KEY (user_id, paper_id)
);
CREATE INDEX votes_paper ON votes (paper_id);
CREATE INDEX votes_created ON votes (created_at);

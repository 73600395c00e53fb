-- The web app: accounts (password hash, role), login sessions, API tokens, the library (folders,
-- saved papers with notes) and digest settings. Secrets are stored as hashes only: Argon2id for
-- passwords, SHA-256 for session and API tokens (random 256-bit values, so a fast hash suffices).
CREATE TABLE accounts (
  user_id       INTEGER PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
  password_hash TEXT NOT NULL,
  role          TEXT NOT NULL DEFAULT 'reader' CHECK (role IN ('reader', 'admin')),
  created_at    TEXT NOT NULL
);

CREATE TABLE web_sessions (
  token_hash TEXT PRIMARY KEY,
  user_id    INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  csrf_token TEXT NOT NULL,
  created_at TEXT NOT NULL,
  expires_at TEXT NOT NULL
);
CREATE INDEX web_sessions_user ON web_sessions (user_id);

CREATE TABLE api_tokens (
  id         INTEGER PRIMARY KEY AUTOINCREMENT,
  user_id    INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  name       TEXT NOT NULL,
  token_hash TEXT NOT NULL UNIQUE,
  created_at TEXT NOT NULL
);
CREATE INDEX api_tokens_user ON api_tokens (user_id);

CREATE TABLE library_folders (
  id         INTEGER PRIMARY KEY AUTOINCREMENT,
  user_id    INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  name       TEXT NOT NULL,
  created_at TEXT NOT NULL,
  UNIQUE (user_id, name)
);

-- A saved paper sits in at most one folder (none: "Unsorted") and carries the reader's note.
CREATE TABLE library_items (
  user_id    INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  paper_id   TEXT NOT NULL REFERENCES papers (id) ON DELETE CASCADE,
  folder_id  INTEGER REFERENCES library_folders (id) ON DELETE SET NULL,
  note       TEXT NOT NULL DEFAULT '',
  created_at TEXT NOT NULL,
  PRIMARY KEY (user_id, paper_id)
);
CREATE INDEX library_items_folder ON library_items (folder_id);

-- Same definition as the digest's V7 (which may run before or after this one).
CREATE TABLE IF NOT EXISTS digest_settings (
  user_id    INTEGER PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
  frequency  TEXT NOT NULL DEFAULT 'daily' CHECK (frequency IN ('off', 'daily', 'weekly')),
  hour       INTEGER NOT NULL DEFAULT 7 CHECK (hour BETWEEN 0 AND 23),
  categories TEXT NOT NULL DEFAULT ''
);

-- Daily digests (digest/): reader settings, the outbox that sends each digest exactly once, the
-- papers each reader was sent (never suggested twice), and the daily pipeline's step checkpoints.

-- Same definition as the web app's V6 (which may run before or after this one): frequency, hour
-- and categories are edited on the settings page. A reader without a row has the defaults.
CREATE TABLE IF NOT EXISTS digest_settings (
  user_id    INTEGER PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
  frequency  TEXT NOT NULL DEFAULT 'daily' CHECK (frequency IN ('off', 'daily', 'weekly')),
  hour       INTEGER NOT NULL DEFAULT 7 CHECK (hour BETWEEN 0 AND 23),
  categories TEXT NOT NULL DEFAULT ''
);

-- What the settings page does not edit: the unsubscribe link's effect, and the per-reader key that
-- the secret feed URL is signed with (a new key revokes the old URL).
CREATE TABLE digest_subscriptions (
  user_id         INTEGER PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
  unsubscribed_at TEXT,
  feed_key        TEXT NOT NULL,
  updated_at      TEXT NOT NULL
);

-- One row per digest composed (reader, period: 2025-04-01 or 2025-W14). The message is rendered
-- once, with its Message-ID, and sent as stored: a retry after a crash sends the same bytes.
-- status: pending (to send at next_attempt_at), sent, failed (permanently refused), feed (the
-- reader has no e-mail address: the digest goes to their Atom feed only).
CREATE TABLE digest_outbox (
  id              INTEGER PRIMARY KEY AUTOINCREMENT,
  user_id         INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  period          TEXT NOT NULL,
  recipient       TEXT,
  subject         TEXT NOT NULL,
  message_id      TEXT NOT NULL UNIQUE,
  mime            BLOB,
  status          TEXT NOT NULL CHECK (status IN ('pending', 'sent', 'failed', 'feed')),
  attempts        INTEGER NOT NULL DEFAULT 0,
  next_attempt_at TEXT NOT NULL,
  last_error      TEXT,
  created_at      TEXT NOT NULL,
  sent_at         TEXT,
  UNIQUE (user_id, period)
);
CREATE INDEX digest_outbox_due ON digest_outbox (status, next_attempt_at);

-- Every paper a reader was sent, once: the primary key is what keeps it once.
CREATE TABLE digest_items (
  user_id    INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  paper_id   TEXT NOT NULL REFERENCES papers (id) ON DELETE CASCADE,
  digest_id  INTEGER NOT NULL REFERENCES digest_outbox (id) ON DELETE CASCADE,
  section    TEXT NOT NULL CHECK (section IN ('recommended', 'trending')),
  place      INTEGER NOT NULL,
  reason     TEXT NOT NULL DEFAULT '',
  PRIMARY KEY (user_id, paper_id)
);
CREATE INDEX digest_items_digest ON digest_items (digest_id);

-- The daily pipeline's checkpoints: a step done for a day is skipped when the pipeline runs again
-- that day; a failed one is run again.
CREATE TABLE pipeline_steps (
  run_day     TEXT NOT NULL,
  step        TEXT NOT NULL,
  status      TEXT NOT NULL CHECK (status IN ('running', 'done', 'failed')),
  attempts    INTEGER NOT NULL DEFAULT 0,
  started_at  TEXT NOT NULL,
  finished_at TEXT,
  detail      TEXT NOT NULL DEFAULT '',
  PRIMARY KEY (run_day, step)
);

-- Small named values the pipeline keeps between runs (e.g. the day its harvest started from).
CREATE TABLE pipeline_state (
  name  TEXT PRIMARY KEY,
  value TEXT NOT NULL
);

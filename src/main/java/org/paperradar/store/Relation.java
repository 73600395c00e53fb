package org.paperradar.store;

import java.util.Locale;

/** What a reader has to do with a paper. Like and dislike exclude each other. */
public enum Relation {
  /** One of the reader's own papers (from profile seeding). */
  OWN,
  LIKE,
  DISLIKE,
  /** In the reader's library. */
  SAVE,
  /** Shown to the reader (feed or digest) or opened; never recommended again. */
  SEEN;

  public String dbValue() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Relation fromDb(String value) {
    return valueOf(value.toUpperCase(Locale.ROOT));
  }

  /** Whether it tells the model something (seen does not). */
  public boolean isSignal() {
    return this != SEEN;
  }
}

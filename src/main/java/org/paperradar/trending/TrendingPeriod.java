package org.paperradar.trending;

import java.time.Duration;
import java.util.Locale;

/**
 * A trending view: which announcement days it covers and how fast a vote's weight halves. A vote's
 * weight is {@code 2^(-age / halfLife)}: on the day view a vote from 12 hours ago counts half, on
 * the week view one from 3 days ago, on the month view one from 10 days ago.
 */
public enum TrendingPeriod {
  DAY(1, Duration.ofHours(12)),
  WEEK(7, Duration.ofDays(3)),
  MONTH(30, Duration.ofDays(10));

  private final int days;
  private final Duration halfLife;

  TrendingPeriod(int days, Duration halfLife) {
    this.days = days;
    this.halfLife = halfLife;
  }

  /** Announcement days covered, ending with the reference day. */
  public int days() {
    return days;
  }

  public Duration halfLife() {
    return halfLife;
  }

  /** Parses {@code day|week|month}, case-insensitively, with a clear error otherwise. */
  public static TrendingPeriod parse(String s) {
    try {
      return valueOf(s.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("period must be day, week or month, got '" + s + "'", e);
    }
  }
}

package org.paperradar.digest;

import java.time.Duration;

/**
 * When the outbox tries a digest again after SMTP failed: {@code first}, doubling per attempt up to
 * {@code max}; given up (status failed) after {@code maxAttempts}. Before sending, a digest is
 * leased for {@code lease}: if the process dies mid-send, another run may try it after that.
 */
public record RetryPolicy(Duration first, Duration max, int maxAttempts, Duration lease) {
  /** 1 min, 2, 4 … capped at 6 h; 30 attempts cover about 5 days of an SMTP outage. */
  public static final RetryPolicy DEFAULT =
      new RetryPolicy(Duration.ofMinutes(1), Duration.ofHours(6), 30, Duration.ofMinutes(10));

  public RetryPolicy {
    if (first.isNegative() || first.isZero() || max.compareTo(first) < 0 || maxAttempts < 1) {
      throw new IllegalArgumentException("bad retry policy " + first + ".." + max);
    }
  }

  /** The pause after failed attempt number {@code attempt} (1-based). */
  public Duration backoff(int attempt) {
    Duration d = first.multipliedBy(1L << Math.min(Math.max(attempt - 1, 0), 30));
    return d.compareTo(max) > 0 ? max : d;
  }
}

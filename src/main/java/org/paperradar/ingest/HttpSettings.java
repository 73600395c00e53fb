package org.paperradar.ingest;

import java.time.Duration;

/**
 * How a harvester talks to a server. arXiv asks for one request every 3 seconds and answers 503
 * with {@code Retry-After} when a client is too fast, so the defaults are polite.
 *
 * @param delay pause between the end of one request and the start of the next
 * @param maxTries attempts per request (also per page that comes back broken)
 * @param backoff first back-off pause; it doubles with each retry, up to {@code maxWait}
 * @param maxWait longest pause, also the cap on a server's {@code Retry-After}
 * @param timeout per-request timeout
 */
public record HttpSettings(
    Duration delay,
    int maxTries,
    Duration backoff,
    Duration maxWait,
    Duration timeout,
    String userAgent) {

  public static final String USER_AGENT =
      "PaperRadar/0.1 (self-hosted paper discovery; https://github.com/paperradar)";

  public HttpSettings {
    if (maxTries < 1) {
      throw new IllegalArgumentException("maxTries must be >= 1");
    }
  }

  public static HttpSettings polite(Duration delay) {
    return new HttpSettings(
        delay,
        5,
        Duration.ofSeconds(5),
        Duration.ofMinutes(5),
        Duration.ofSeconds(120),
        USER_AGENT);
  }

  public HttpSettings withDelay(Duration d) {
    return new HttpSettings(d, maxTries, backoff, maxWait, timeout, userAgent);
  }

  public HttpSettings withRetries(int tries, Duration firstBackoff) {
    return new HttpSettings(delay, tries, firstBackoff, maxWait, timeout, userAgent);
  }

  /** The pause before retry number {@code attempt} (1-based): backoff, 2x, 4x ... capped. */
  Duration backoffFor(int attempt) {
    long factor = 1L << Math.min(attempt - 1, 20);
    Duration d = backoff.multipliedBy(factor);
    return d.compareTo(maxWait) > 0 ? maxWait : d;
  }
}

package org.paperradar.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Login rate limiting: at most {@code maxFailures} failed logins per account name and client
 * address within a sliding {@code window}; past that, logins from there for that name are refused
 * (429) until the oldest failure leaves the window. A success clears the count.
 */
public final class LoginLimiter {
  private final int maxFailures;
  private final Duration window;
  private final Clock clock;
  private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();

  public LoginLimiter(int maxFailures, Duration window, Clock clock) {
    this.maxFailures = maxFailures;
    this.window = window;
    this.clock = clock;
  }

  /** Five failures a minute, the default. */
  public static LoginLimiter standard() {
    return new LoginLimiter(5, Duration.ofMinutes(1), Clock.systemUTC());
  }

  private static String key(String name, String ip) {
    return name.strip().toLowerCase(Locale.ROOT) + '\n' + ip;
  }

  /** Seconds until another try is allowed, or 0 when a try is allowed now. */
  public long retryAfterSeconds(String name, String ip) {
    Deque<Instant> q = failures.get(key(name, ip));
    if (q == null) {
      return 0;
    }
    synchronized (q) {
      Instant now = clock.instant();
      while (!q.isEmpty() && q.peekFirst().plus(window).isBefore(now)) {
        q.pollFirst();
      }
      if (q.size() < maxFailures) {
        return 0;
      }
      return Math.max(1, Duration.between(now, q.peekFirst().plus(window)).toSeconds());
    }
  }

  public void failed(String name, String ip) {
    Deque<Instant> q = failures.computeIfAbsent(key(name, ip), k -> new ArrayDeque<>());
    synchronized (q) {
      q.addLast(clock.instant());
      while (q.size() > maxFailures) {
        q.pollFirst();
      }
    }
  }

  public void succeeded(String name, String ip) {
    failures.remove(key(name, ip));
  }
}

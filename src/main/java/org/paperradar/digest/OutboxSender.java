package org.paperradar.digest;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends the outbox's due digests. Each is claimed (attempt counted, leased) before it is written to
 * SMTP and marked sent right after the server accepted it. When the server cannot be reached, the
 * digest stays pending and is tried again after the policy's back-off; a recipient the server
 * refuses for good (5xx) is marked failed, as is a digest after the last attempt.
 */
public final class OutboxSender {
  private static final Logger LOG = LoggerFactory.getLogger(OutboxSender.class);
  private static final int BATCH = 200;

  private final Outbox outbox;
  private final Mailer mailer;
  private final RetryPolicy policy;
  private final Clock clock;

  public OutboxSender(Outbox outbox, Mailer mailer, RetryPolicy policy, Clock clock) {
    this.outbox = outbox;
    this.mailer = mailer;
    this.policy = policy;
    this.clock = clock;
  }

  /** What one round did; {@code error} is the last SMTP failure, if any. */
  public record Report(int sent, int retrying, int failed, Optional<String> error) {
    @Override
    public String toString() {
      return "sent "
          + sent
          + ", to retry "
          + retrying
          + ", failed "
          + failed
          + error.map(e -> " (" + e + ")").orElse("");
    }
  }

  /** Sends what is due now; safe to call from several threads and processes. */
  public synchronized Report sendDue() {
    int sent = 0;
    int retrying = 0;
    int failed = 0;
    String error = null;
    List<Outbox.Entry> due = outbox.due(clock.instant(), BATCH);
    Mailer.Connection conn = null;
    try {
      for (Outbox.Entry e : due) {
        Instant now = clock.instant();
        if (!outbox.claim(e, now, now.plus(policy.lease()))) {
          continue; // another sender has it
        }
        int attempt = e.attempts() + 1;
        try {
          if (conn == null) {
            conn = mailer.connect();
          }
          conn.send(e.mime(), e.recipient().orElseThrow());
          outbox.markSent(e.id(), clock.instant());
          sent++;
          LOG.info("digest {} for user {} ({}) sent", e.id(), e.userId(), e.period());
        } catch (Mailer.SendException ex) {
          error = ex.getMessage();
          if (ex.permanent() || attempt >= policy.maxAttempts()) {
            outbox.markFailed(e.id(), ex.getMessage());
            failed++;
            LOG.warn("digest {} for user {} failed for good: {}", e.id(), e.userId(), error);
          } else {
            Instant next = clock.instant().plus(policy.backoff(attempt));
            outbox.retryAt(e.id(), next, ex.getMessage());
            retrying++;
            LOG.warn(
                "digest {} not sent (attempt {}), next try at {}: {}",
                e.id(),
                attempt,
                next,
                error);
          }
          if (!ex.permanent()) {
            break; // the server is down or refusing us: the rest wait for their own retry time
          }
        }
      }
    } finally {
      if (conn != null) {
        conn.close();
      }
    }
    return new Report(sent, retrying, failed, Optional.ofNullable(error));
  }
}

package org.paperradar.digest;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.internet.MimeMessage;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperradar.store.User;

/**
 * SMTP down: the digest stays pending, is retried with back-off once the server is back, and
 * arrives exactly once; a send interrupted by a crash is retried after its lease, as the same
 * message.
 */
class DigestRetryTest {
  @TempDir Path dir;

  static final RetryPolicy POLICY =
      new RetryPolicy(Duration.ofMinutes(1), Duration.ofMinutes(30), 5, Duration.ofMinutes(10));

  @Test
  void smtpDownThenBackDeliversExactlyOnce() throws Exception {
    int port = DigestFixture.freePort();
    GreenMail smtp = DigestFixture.smtpServer(port);
    try (DigestFixture f = new DigestFixture(dir, Instant.parse("2026-06-10T09:00:00Z"))) {
      f.smtp(port);
      f.add(DigestFixture.paper("2606.00001", "Diffusion today", "2026-06-10", "cs.LG"));
      User alice = f.reader("alice", "alice@lab.example", "diffusion");
      Digests digests = f.digests();
      OutboxSender sender = f.sender(POLICY);
      assertThat(digests.enqueueDue(f.clock.instant()).enqueued()).isEqualTo(1);

      smtp.stop(); // the server goes down before the digest is sent
      OutboxSender.Report r1 = sender.sendDue();
      assertThat(r1.sent()).isZero();
      assertThat(r1.retrying()).isEqualTo(1);
      Outbox.Entry e = f.outbox.find(alice.id(), "2026-06-10").orElseThrow();
      assertThat(e.status()).isEqualTo(Outbox.Status.PENDING);
      assertThat(e.attempts()).isEqualTo(1);
      assertThat(e.nextAttemptAt()).isEqualTo(f.clock.instant().plus(Duration.ofMinutes(1)));
      assertThat(e.lastError()).isPresent();

      f.clock.advance(Duration.ofSeconds(30)); // not due yet: nothing is tried
      assertThat(sender.sendDue().retrying()).isZero();
      assertThat(f.outbox.find(e.id()).orElseThrow().attempts()).isEqualTo(1);

      f.clock.advance(Duration.ofSeconds(31)); // due, still down: the pause doubles
      assertThat(sender.sendDue().retrying()).isEqualTo(1);
      e = f.outbox.find(e.id()).orElseThrow();
      assertThat(e.attempts()).isEqualTo(2);
      assertThat(e.nextAttemptAt()).isEqualTo(f.clock.instant().plus(Duration.ofMinutes(2)));

      smtp = DigestFixture.smtpServer(port); // back up
      f.clock.advance(Duration.ofMinutes(1));
      assertThat(sender.sendDue().sent()).as("back-off not over").isZero();
      f.clock.advance(Duration.ofMinutes(1));
      assertThat(sender.sendDue().sent()).isEqualTo(1);
      f.clock.advance(Duration.ofHours(1));
      assertThat(sender.sendDue().sent()).isZero();
      assertThat(digests.enqueueDue(f.clock.instant()).enqueued()).isZero();

      MimeMessage[] got = smtp.getReceivedMessages();
      assertThat(got).hasSize(1);
      assertThat(got[0].getMessageID()).isEqualTo(e.messageId());
      e = f.outbox.find(e.id()).orElseThrow();
      assertThat(e.status()).isEqualTo(Outbox.Status.SENT);
      assertThat(e.attempts()).isEqualTo(3);
      assertThat(e.sentAt()).contains(f.clock.instant().minus(Duration.ofHours(1)));
    } finally {
      smtp.stop();
    }
  }

  @Test
  void aSendCutOffByACrashIsRetriedAfterItsLeaseAsTheSameMessage() throws Exception {
    int port = DigestFixture.freePort();
    GreenMail smtp = DigestFixture.smtpServer(port);
    try (DigestFixture f = new DigestFixture(dir, Instant.parse("2026-06-10T09:00:00Z"))) {
      f.smtp(port);
      f.add(DigestFixture.paper("2606.00001", "Diffusion today", "2026-06-10", "cs.LG"));
      f.reader("alice", "alice@lab.example", "diffusion");
      f.digests().enqueueDue(f.clock.instant());
      Outbox.Entry e = f.outbox.due(f.clock.instant(), 10).get(0);
      // A sender claimed it and died before marking it sent.
      assertThat(f.outbox.claim(e, f.clock.instant(), f.clock.instant().plus(POLICY.lease())))
          .isTrue();
      OutboxSender sender = f.sender(POLICY);
      assertThat(sender.sendDue().sent()).as("leased to the dead sender").isZero();
      f.clock.advance(POLICY.lease());
      assertThat(sender.sendDue().sent()).isEqualTo(1);
      assertThat(smtp.getReceivedMessages()).hasSize(1);
      assertThat(smtp.getReceivedMessages()[0].getMessageID()).isEqualTo(e.messageId());
    } finally {
      smtp.stop();
    }
  }

  @Test
  void oneReadersBadAddressHoldsUpNobodyElse() throws Exception {
    try (DigestFixture f = new DigestFixture(dir, Instant.parse("2026-06-10T09:00:00Z"))) {
      f.smtp(DigestFixture.freePort());
      f.add(DigestFixture.paper("2606.00001", "Diffusion today", "2026-06-10", "cs.LG"));
      User bad = f.reader("bad", "not an address@", "diffusion");
      User good = f.reader("good", "good@lab.example", "diffusion");
      Digests.Report r = f.digests().enqueueDue(f.clock.instant());
      assertThat(r.errors()).isEqualTo(1);
      assertThat(r.enqueued()).isEqualTo(1);
      assertThat(f.outbox.find(bad.id(), "2026-06-10")).isEmpty();
      assertThat(f.outbox.find(good.id(), "2026-06-10")).isPresent();
    }
  }
}

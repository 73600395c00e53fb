package org.paperradar.digest;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The in-serve scheduler: the pipeline from its hour on, the outbox loop retrying on its own. */
class DailySchedulerTest {
  @TempDir Path dir;

  @Test
  void runsThePipelineFromItsHourAndRetriesTheOutbox() throws Exception {
    int port = DigestFixture.freePort();
    GreenMail smtp = null;
    try (DigestFixture f = new DigestFixture(dir, Instant.parse("2026-06-10T05:00:00Z"))) {
      f.smtp(port); // the server is down to begin with
      f.add(DigestFixture.paper("2606.00001", "Diffusion today", "2026-06-10", "cs.LG"));
      f.reader("alice", "alice@lab.example", "diffusion");
      AtomicInteger harvests = new AtomicInteger();
      Digests digests = f.digests();
      OutboxSender sender =
          f.sender(
              new RetryPolicy(
                  Duration.ofMillis(50), Duration.ofMillis(100), 1000, Duration.ofMinutes(1)));
      TestClock clock = f.clock;
      DailyPipeline pipeline =
          new DailyPipeline(
              List.of(
                  new DailyPipeline.Step("harvest", true, d -> "h" + harvests.incrementAndGet()),
                  new DailyPipeline.Step(
                      "digests", false, d -> digests.enqueueDue(clock.instant()).toString())),
              new PipelineRuns(f.db),
              clock,
              ZoneOffset.UTC);
      DailyScheduler.Settings s =
          new DailyScheduler.Settings(
              6, ZoneOffset.UTC, Duration.ofMillis(100), Duration.ofMillis(50));
      try (DailyScheduler scheduler = new DailyScheduler(pipeline, sender, s, clock).start()) {
        Thread.sleep(300);
        assertThat(harvests.get()).as("before 06:00").isZero();
        clock.set(Instant.parse("2026-06-10T08:00:00Z"));
        await(() -> f.outbox.find(1).isPresent());
        assertThat(harvests.get()).isEqualTo(1);
        // Time passes: the outbox loop retries on its own while the server is down ...
        advanceUntil(clock, () -> f.outbox.find(1).orElseThrow().attempts() >= 2);
        assertThat(f.outbox.find(1).orElseThrow().status()).isEqualTo(Outbox.Status.PENDING);
        // ... and delivers once it is back.
        smtp = DigestFixture.smtpServer(port);
        advanceUntil(clock, () -> f.outbox.find(1).orElseThrow().sentAt().isPresent());
        assertThat(f.outbox.find(1).orElseThrow().status()).isEqualTo(Outbox.Status.SENT);
        Thread.sleep(300);
        assertThat(smtp.getReceivedMessages()).hasSize(1);
        assertThat(harvests.get()).as("once a day").isEqualTo(1);
      }
    } finally {
      if (smtp != null) {
        smtp.stop();
      }
    }
  }

  private static void advanceUntil(TestClock clock, java.util.function.BooleanSupplier condition)
      throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
    while (!condition.getAsBoolean()) {
      assertThat(System.nanoTime()).as("waited 20 s").isLessThan(deadline);
      clock.advance(Duration.ofMillis(100));
      Thread.sleep(50);
    }
  }

  private static void await(java.util.function.BooleanSupplier condition) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
    while (!condition.getAsBoolean()) {
      assertThat(System.nanoTime()).as("waited 20 s").isLessThan(deadline);
      Thread.sleep(20);
    }
  }
}

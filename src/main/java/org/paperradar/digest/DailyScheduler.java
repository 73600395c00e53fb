package org.paperradar.digest;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the {@link DailyPipeline} inside {@code radar serve}: every {@code pipelineEvery} from the
 * configured hour on (the pipeline skips what is done today, so only the first successful run of
 * the day harvests; later runs compose the digests of readers whose hour came since and retry a
 * failed step), and the outbox every {@code retryEvery}, so a digest that met a down SMTP server
 * goes out as soon as its back-off is over. One thread: the two never overlap.
 */
public final class DailyScheduler implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(DailyScheduler.class);

  /**
   * When to run.
   *
   * @param hour local hour from which the day's pipeline runs
   */
  public record Settings(int hour, ZoneId zone, Duration pipelineEvery, Duration retryEvery) {
    public Settings {
      if (hour < 0 || hour > 23) {
        throw new IllegalArgumentException("hour must be 0-23, got " + hour);
      }
    }

    /**
     * From 06:00 (before the readers' default hour 7), every 15 minutes; the outbox every minute.
     */
    public static Settings defaults(ZoneId zone) {
      return new Settings(6, zone, Duration.ofMinutes(15), Duration.ofMinutes(1));
    }
  }

  private final DailyPipeline pipeline;
  private final OutboxSender sender;
  private final Settings settings;
  private final Clock clock;
  private final ScheduledExecutorService exec =
      Executors.newSingleThreadScheduledExecutor(
          r -> {
            Thread t = new Thread(r, "radar-daily");
            t.setDaemon(true);
            return t;
          });

  public DailyScheduler(
      DailyPipeline pipeline, OutboxSender sender, Settings settings, Clock clock) {
    this.pipeline = pipeline;
    this.sender = sender;
    this.settings = settings;
    this.clock = clock;
  }

  public DailyScheduler start() {
    LOG.info("daily pipeline scheduled: {}", settings);
    exec.scheduleWithFixedDelay(
        this::pipelineTick, 0, settings.pipelineEvery().toMillis(), TimeUnit.MILLISECONDS);
    exec.scheduleWithFixedDelay(
        this::outboxTick,
        settings.retryEvery().toMillis(),
        settings.retryEvery().toMillis(),
        TimeUnit.MILLISECONDS);
    return this;
  }

  /** Runs the pipeline if the day's hour has come; public for tests and an admin "run now". */
  public void pipelineTick() {
    try {
      LocalTime local = clock.instant().atZone(settings.zone()).toLocalTime();
      if (local.getHour() >= settings.hour()) {
        DailyPipeline.Report r = pipeline.run();
        LOG.debug("daily pipeline: {}", r);
      }
    } catch (RuntimeException e) {
      // A scheduled task that throws is never run again: log and keep the schedule.
      LOG.error("daily pipeline run failed: {}", e.getMessage(), e);
    }
  }

  void outboxTick() {
    try {
      OutboxSender.Report r = sender.sendDue();
      if (r.sent() + r.retrying() + r.failed() > 0) {
        LOG.info("outbox: {}", r);
      }
    } catch (RuntimeException e) {
      LOG.error("outbox round failed: {}", e.getMessage(), e);
    }
  }

  @Override
  public void close() {
    exec.shutdownNow();
    try {
      if (!exec.awaitTermination(30, TimeUnit.SECONDS)) {
        LOG.warn("the daily pipeline did not stop within 30 s");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}

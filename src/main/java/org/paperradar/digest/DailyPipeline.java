package org.paperradar.digest;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The daily job: harvest, embed, index, retrain, compose the due digests, send them. Run by {@code
 * radar daily} (cron) and by {@link DailyScheduler} inside {@code radar serve}.
 *
 * <p>Each step is idempotent. The data steps run once a day: a step done for the day is skipped
 * when the pipeline runs again; a failed step stops the run (later steps need its result) and is
 * run again by the next run. Composing and sending run every time: they do only what is due, so
 * readers whose hour comes later get their digest from a later run, and nothing is sent twice.
 */
public final class DailyPipeline {
  private static final Logger LOG = LoggerFactory.getLogger(DailyPipeline.class);

  /** What a step does; returns a one-line summary. */
  @FunctionalInterface
  public interface Action {
    String run(LocalDate day) throws Exception;
  }

  /**
   * A step of the pipeline.
   *
   * @param oncePerDay skipped when already done today (data steps); else run every time
   */
  public record Step(String name, boolean oncePerDay, Action action) {}

  /** One step's outcome in a run. */
  public record StepResult(String step, Outcome outcome, String detail) {}

  /** What happened to a step. */
  public enum Outcome {
    DONE,
    SKIPPED,
    FAILED,
    NOT_RUN
  }

  /** A run: the day, each step's outcome. */
  public record Report(LocalDate day, List<StepResult> steps) {
    public Report {
      steps = List.copyOf(steps);
    }

    public boolean ok() {
      return steps.stream()
          .noneMatch(s -> s.outcome() == Outcome.FAILED || s.outcome() == Outcome.NOT_RUN);
    }
  }

  private final List<Step> steps;
  private final PipelineRuns runs;
  private final Clock clock;
  private final ZoneId zone;

  public DailyPipeline(List<Step> steps, PipelineRuns runs, Clock clock, ZoneId zone) {
    this.steps = List.copyOf(steps);
    this.runs = runs;
    this.clock = clock;
    this.zone = zone;
  }

  public List<Step> steps() {
    return steps;
  }

  /** Runs the pipeline for today; one run at a time. */
  public synchronized Report run() {
    LocalDate day = LocalDate.ofInstant(clock.instant(), zone);
    List<StepResult> out = new ArrayList<>();
    boolean failed = false;
    for (Step s : steps) {
      if (failed) {
        out.add(new StepResult(s.name(), Outcome.NOT_RUN, "waits for the failed step"));
        continue;
      }
      if (s.oncePerDay()
          && runs.find(day, s.name()).map(PipelineRuns.StepRun::done).orElse(false)) {
        out.add(new StepResult(s.name(), Outcome.SKIPPED, "done today"));
        continue;
      }
      runs.start(day, s.name(), clock.instant());
      try {
        String detail = s.action().run(day);
        runs.finish(day, s.name(), true, detail, clock.instant());
        out.add(new StepResult(s.name(), Outcome.DONE, detail));
        LOG.info("daily {} {}: {}", day, s.name(), detail);
      } catch (Exception | LinkageError e) {
        String msg = e.getMessage() == null ? e.toString() : e.getMessage();
        runs.finish(day, s.name(), false, msg, clock.instant());
        out.add(new StepResult(s.name(), Outcome.FAILED, msg));
        LOG.warn("daily {} {} failed, retried on the next run: {}", day, s.name(), msg);
        LOG.debug("step failure", e);
        failed = true;
      }
    }
    return new Report(day, out);
  }
}

package org.paperradar.cli;

import java.io.PrintStream;
import java.time.Duration;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * Progress bars for long work (rate and ETA), on stderr so stdout stays parseable. Off when asked
 * to be quiet or when stderr is not a terminal (logs, CI), where one summary line is printed
 * instead by the command.
 */
final class Progress implements AutoCloseable {
  private final ProgressBar bar;
  private final long start = System.nanoTime();

  private Progress(ProgressBar bar) {
    this.bar = bar;
  }

  static Progress of(
      String task, long max, String unit, long unitSize, boolean quiet, PrintStream err) {
    if (quiet || !interactive()) {
      return new Progress(null);
    }
    ProgressBar bar =
        new ProgressBarBuilder()
            .setTaskName(task)
            .setInitialMax(max)
            .setUnit(unit, unitSize)
            .showSpeed()
            .setStyle(ProgressBarStyle.ASCII)
            .setUpdateIntervalMillis(250)
            .setMaxRenderedLength(110)
            .setConsumer(new ConsoleProgressBarConsumer(err))
            .setSpeedUnit(java.time.temporal.ChronoUnit.SECONDS)
            .build();
    return new Progress(bar);
  }

  /** Whether a person is watching: stderr is a terminal (JDK 22+ tells; older JDKs guess). */
  static boolean interactive() {
    java.io.Console c = System.console();
    if (c == null) {
      return false;
    }
    try {
      return (Boolean) java.io.Console.class.getMethod("isTerminal").invoke(c);
    } catch (ReflectiveOperationException e) {
      return true;
    }
  }

  /** The extra message for record counts: papers so far and papers per second since the start. */
  String papers(long records) {
    return " "
        + String.format(java.util.Locale.ROOT, "%,d", records)
        + " papers, "
        + rate(records, Duration.ofNanos(System.nanoTime() - start));
  }

  void stepTo(long n, String extra) {
    if (bar != null) {
      bar.stepTo(n);
      if (extra != null) {
        bar.setExtraMessage(extra);
      }
    }
  }

  void maxHint(long max) {
    if (bar != null) {
      bar.maxHint(max);
    }
  }

  @Override
  public void close() {
    if (bar != null) {
      bar.close();
    }
  }

  static String rate(long n, Duration d) {
    double s = Math.max(d.toNanos() / 1e9, 1e-9);
    return String.format(java.util.Locale.ROOT, "%,.0f/s", n / s);
  }
}

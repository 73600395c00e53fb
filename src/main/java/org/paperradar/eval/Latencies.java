package org.paperradar.eval;

import java.util.Arrays;
import java.util.Locale;

/** Latency percentiles of a run of timed calls, in milliseconds. */
public record Latencies(int count, double p50, double p90, double p99, double max) {

  public static Latencies of(long[] nanos) {
    long[] s = nanos.clone();
    Arrays.sort(s);
    return new Latencies(s.length, pct(s, 0.50), pct(s, 0.90), pct(s, 0.99), s[s.length - 1] / 1e6);
  }

  private static double pct(long[] sorted, double q) {
    int i = (int) Math.ceil(q * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(i, sorted.length - 1))] / 1e6;
  }

  @Override
  public String toString() {
    return String.format(
        Locale.ROOT,
        "n=%d p50 %.2f ms, p90 %.2f ms, p99 %.2f ms, max %.1f ms",
        count,
        p50,
        p90,
        p99,
        max);
  }
}

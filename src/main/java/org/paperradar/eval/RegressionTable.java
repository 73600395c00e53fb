package org.paperradar.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Expected figures of an evaluation, in the spirit of Anserini's regression configs: one TSV row
 * per {@code (task, dataset, method, metric)} with the expected value and a tolerance. {@link
 * #verify} lists every figure that drifted, so a command can fail on it.
 */
public final class RegressionTable {
  /** One measured figure. */
  public record Figure(String task, String dataset, String method, String metric, double value) {
    String key() {
      return task + "\t" + dataset + "\t" + method + "\t" + metric;
    }
  }

  /** An expected figure and how far a measurement may stray from it. */
  public record Expected(Figure figure, double tolerance) {}

  /** A figure whose measurement left the tolerance, or that was expected but not measured. */
  public record Drift(Figure expected, Double measured, double tolerance) {
    @Override
    public String toString() {
      return String.format(
          Locale.ROOT,
          "%s %s %s %s: expected %.4f ± %.4f, measured %s",
          expected.task(),
          expected.dataset(),
          expected.method(),
          expected.metric(),
          expected.value(),
          tolerance,
          measured == null ? "nothing" : String.format(Locale.ROOT, "%.4f", measured));
    }
  }

  private final Map<String, Expected> rows;

  private RegressionTable(Map<String, Expected> rows) {
    this.rows = rows;
  }

  /** Reads {@code task dataset method metric expected tolerance} rows; # starts a comment. */
  public static RegressionTable read(Path file) throws IOException {
    return parse(Files.readString(file, StandardCharsets.UTF_8), file.toString());
  }

  public static RegressionTable parse(String text, String origin) {
    Map<String, Expected> rows = new LinkedHashMap<>();
    int n = 0;
    for (String line : text.split("\n")) {
      n++;
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] f = line.strip().split("\t");
      if (f.length != 6) {
        throw new IllegalArgumentException(origin + ":" + n + ": expected 6 tab-separated fields");
      }
      Figure fig = new Figure(f[0], f[1], f[2], f[3], Double.parseDouble(f[4]));
      rows.put(fig.key(), new Expected(fig, Double.parseDouble(f[5])));
    }
    return new RegressionTable(rows);
  }

  /**
   * Drifts among the expected rows of this task and dataset for the methods that were run (a run of
   * one model or one mode judges only its own rows); an expected metric of a method that was run
   * but not measured is a drift too.
   */
  public List<Drift> verify(String task, String dataset, List<Figure> measured) {
    Map<String, Double> got = new LinkedHashMap<>();
    java.util.Set<String> methods = new java.util.HashSet<>();
    measured.forEach(
        f -> {
          got.put(f.key(), f.value());
          methods.add(f.method());
        });
    List<Drift> drifts = new ArrayList<>();
    for (Expected e : rows.values()) {
      if (!e.figure().task().equals(task)
          || !e.figure().dataset().equals(dataset)
          || !methods.contains(e.figure().method())) {
        continue;
      }
      Double m = got.get(e.figure().key());
      if (m == null || Math.abs(m - e.figure().value()) > e.tolerance()) {
        drifts.add(new Drift(e.figure(), m, e.tolerance()));
      }
    }
    return drifts;
  }

  /** Whether the table expects any figure of this method on this task and dataset. */
  public boolean covers(String task, String dataset, String method) {
    return rows.values().stream()
        .map(Expected::figure)
        .anyMatch(
            f -> f.task().equals(task) && f.dataset().equals(dataset) && f.method().equals(method));
  }

  public int size() {
    return rows.size();
  }

  /** Rows for a measured run, ready to paste into the table file. */
  public static String format(List<Figure> figures, double tolerance) {
    StringBuilder sb = new StringBuilder();
    for (Figure f : figures) {
      sb.append(String.format(Locale.ROOT, "%s\t%.4f\t%.4f%n", f.key(), f.value(), tolerance));
    }
    return sb.toString();
  }
}

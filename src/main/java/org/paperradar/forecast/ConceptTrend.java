package org.paperradar.forecast;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

/**
 * How often a concept appears over time: its papers per month or year, next to all papers of the
 * period, from the first period with any paper to the last (empty periods included, so a chart's x
 * axis is even).
 */
public record ConceptTrend(String concept, Step step, List<ConceptTrend.Point> points) {
  /** Period length. */
  public enum Step {
    MONTH,
    YEAR
  }

  /** One period: its label ({@code 2025-10} or {@code 1999}), the concept's papers, all papers. */
  public record Point(String period, int papers, int allPapers) {
    public double share() {
      return allPapers == 0 ? 0 : (double) papers / allPapers;
    }
  }

  public ConceptTrend {
    points = List.copyOf(points);
  }

  public static ConceptTrend of(ConceptGraph g, int concept, Step step) {
    TreeMap<String, int[]> byPeriod = new TreeMap<>();
    for (int p = 0; p < g.paperCount(); p++) {
      String period = label(LocalDate.ofEpochDay(g.paperDay(p)), step);
      int[] counts = byPeriod.computeIfAbsent(period, k -> new int[2]);
      counts[1]++;
      if (java.util.Arrays.binarySearch(g.paperConcepts(p), concept) >= 0) {
        counts[0]++;
      }
    }
    List<Point> points = new ArrayList<>();
    if (!byPeriod.isEmpty()) {
      LocalDate d = start(byPeriod.firstKey(), step);
      LocalDate last = start(byPeriod.lastKey(), step);
      for (; !d.isAfter(last); d = step == Step.YEAR ? d.plusYears(1) : d.plusMonths(1)) {
        String label = label(d, step);
        int[] c = byPeriod.getOrDefault(label, new int[2]);
        points.add(new Point(label, c[0], c[1]));
      }
    }
    return new ConceptTrend(g.concept(concept), step, points);
  }

  private static String label(LocalDate d, Step step) {
    return step == Step.YEAR ? Integer.toString(d.getYear()) : YearMonth.from(d).toString();
  }

  private static LocalDate start(String label, Step step) {
    return step == Step.YEAR
        ? LocalDate.of(Integer.parseInt(label), 1, 1)
        : YearMonth.parse(label).atDay(1);
  }

  public int totalPapers() {
    return points.stream().mapToInt(Point::papers).sum();
  }
}

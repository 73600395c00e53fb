package org.paperradar.eval;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Ranking metrics as trec_eval computes them: nDCG with linear gains (grade) and log2 discounts,
 * the ideal ranking built from all judged documents; recall and average precision over the
 * documents judged relevant; reciprocal rank of the first relevant one.
 */
public final class Metrics {
  private Metrics() {}

  public static double ndcg(List<String> ranked, Map<String, Integer> grades, int k) {
    double dcg = 0;
    for (int i = 0; i < Math.min(k, ranked.size()); i++) {
      int g = grades.getOrDefault(ranked.get(i), 0);
      if (g > 0) {
        dcg += g / log2(i + 2);
      }
    }
    List<Integer> ideal = new ArrayList<>();
    for (int g : grades.values()) {
      if (g > 0) {
        ideal.add(g);
      }
    }
    ideal.sort(Collections.reverseOrder());
    double idcg = 0;
    for (int i = 0; i < Math.min(k, ideal.size()); i++) {
      idcg += ideal.get(i) / log2(i + 2);
    }
    return idcg == 0 ? 0 : dcg / idcg;
  }

  public static double recall(List<String> ranked, Set<String> relevant, int k) {
    if (relevant.isEmpty()) {
      return 0;
    }
    int hits = 0;
    for (int i = 0; i < Math.min(k, ranked.size()); i++) {
      if (relevant.contains(ranked.get(i))) {
        hits++;
      }
    }
    return (double) hits / relevant.size();
  }

  /** Average precision over the whole ranking (unretrieved relevant documents count as misses). */
  public static double averagePrecision(List<String> ranked, Set<String> relevant) {
    if (relevant.isEmpty()) {
      return 0;
    }
    int hits = 0;
    double sum = 0;
    for (int i = 0; i < ranked.size(); i++) {
      if (relevant.contains(ranked.get(i))) {
        hits++;
        sum += (double) hits / (i + 1);
      }
    }
    return sum / relevant.size();
  }

  public static double reciprocalRank(List<String> ranked, Set<String> relevant) {
    for (int i = 0; i < ranked.size(); i++) {
      if (relevant.contains(ranked.get(i))) {
        return 1.0 / (i + 1);
      }
    }
    return 0;
  }

  /** Documents with at least {@code minGrade}. */
  public static Set<String> relevant(Map<String, Integer> grades, int minGrade) {
    Set<String> out = new java.util.HashSet<>();
    grades.forEach(
        (d, g) -> {
          if (g >= minGrade) {
            out.add(d);
          }
        });
    return out;
  }

  public static double mean(List<Double> xs) {
    return xs.isEmpty() ? 0 : xs.stream().mapToDouble(Double::doubleValue).sum() / xs.size();
  }

  private static double log2(double x) {
    return Math.log(x) / Math.log(2);
  }
}

package org.paperradar.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Reciprocal rank fusion: score = sum over lists of 1 / (k + rank). It needs no score calibration
 * between BM25 and cosine, which live on unrelated scales. Each fused result keeps one part per
 * input list (rank 0 and value 0 where it was absent) and the fused {@code rrf} part.
 */
public final class Rrf {
  public static final int K = 60;

  /** One ranked input list, named for its {@link ScorePart}. */
  public record Ranked(String name, List<ScoredPaper> results) {}

  private Rrf() {}

  public static List<ScoredPaper> fuse(List<Ranked> lists, int limit) {
    Map<String, double[]> fused = new LinkedHashMap<>();
    Map<String, ScoredPaper> first = new LinkedHashMap<>();
    Map<String, ScorePart[]> parts = new LinkedHashMap<>();
    for (int l = 0; l < lists.size(); l++) {
      List<ScoredPaper> results = lists.get(l).results();
      for (int i = 0; i < results.size(); i++) {
        ScoredPaper sp = results.get(i);
        int rank = i + 1;
        fused.computeIfAbsent(sp.id(), id -> new double[1])[0] += 1.0 / (K + rank);
        first.putIfAbsent(sp.id(), sp);
        parts.computeIfAbsent(sp.id(), id -> new ScorePart[lists.size()])[l] =
            new ScorePart(lists.get(l).name(), sp.score(), rank);
      }
    }
    List<String> ids = new ArrayList<>(fused.keySet());
    // Ties (same ranks in swapped lists) break by id so results are reproducible.
    ids.sort(
        Comparator.comparingDouble((String id) -> -fused.get(id)[0])
            .thenComparing(Function.identity()));
    List<ScoredPaper> out = new ArrayList<>();
    for (int r = 0; r < Math.min(limit, ids.size()); r++) {
      String id = ids.get(r);
      List<ScorePart> ps = new ArrayList<>();
      ScorePart[] byList = parts.get(id);
      for (int l = 0; l < lists.size(); l++) {
        ps.add(byList[l] != null ? byList[l] : new ScorePart(lists.get(l).name(), 0, 0));
      }
      double score = fused.get(id)[0];
      ps.add(new ScorePart("rrf", score, r + 1));
      out.add(new ScoredPaper(first.get(id).paper(), score, ps));
    }
    return out;
  }
}

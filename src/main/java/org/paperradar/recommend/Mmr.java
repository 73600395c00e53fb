package org.paperradar.recommend;

import java.util.ArrayList;
import java.util.List;

/**
 * Maximal marginal relevance: picks, one at a time, the candidate with the best {@code λ·relevance
 * − (1−λ)·max similarity to those already picked}, so a feed is not ten papers on one idea.
 * Relevance is standardised first so λ means the same for every scorer.
 */
public final class Mmr {
  private Mmr() {}

  /** Re-ranks the first {@code pool} of {@code ranked} (rows, best first) and returns {@code n}. */
  public static List<Integer> rerank(
      List<Integer> ranked, double[] relevance, PaperFeatures features, double lambda, int n) {
    double[] z = FusedScorer.standardise(relevance);
    double spread = Math.max(1e-9, z[0] - z[z.length - 1]);
    List<Integer> left = new ArrayList<>();
    for (int i = 0; i < ranked.size(); i++) {
      left.add(i);
    }
    List<Integer> picked = new ArrayList<>();
    while (picked.size() < n && !left.isEmpty()) {
      int best = -1;
      double bestValue = Double.NEGATIVE_INFINITY;
      for (int i : left) {
        double maxSim = 0;
        for (int p : picked) {
          maxSim = Math.max(maxSim, features.row(ranked.get(i)).dot(features.row(ranked.get(p))));
        }
        double v = lambda * (z[i] / spread) - (1 - lambda) * maxSim;
        if (v > bestValue) {
          bestValue = v;
          best = i;
        }
      }
      picked.add(best);
      left.remove(Integer.valueOf(best));
    }
    return picked.stream().map(ranked::get).toList();
  }
}

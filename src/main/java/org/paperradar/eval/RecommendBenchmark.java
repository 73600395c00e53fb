package org.paperradar.eval;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.paperradar.paper.Paper;
import org.paperradar.recommend.CorpusSnapshot;
import org.paperradar.recommend.Explainer;
import org.paperradar.recommend.FeedScorer;
import org.paperradar.recommend.LinearTrainer;
import org.paperradar.recommend.Profile;
import org.paperradar.recommend.Ranking;
import org.paperradar.recommend.RecommendSettings;

/**
 * Latency of building one feed as the recommender does it, model included: sample negatives, train
 * the reader's model, score every candidate, take the top 10 and explain them. Readers are real
 * authors with at least {@code profileSize} papers before the candidate window, their newest papers
 * as the profile.
 */
public final class RecommendBenchmark {
  /** What a run measured. */
  public record Result(
      int papers,
      int candidates,
      int terms,
      int readers,
      double featuresSeconds,
      double indexMs,
      Latencies feed,
      long heapMb) {}

  private RecommendBenchmark() {}

  public static Result run(
      List<Paper> papers, LocalDate since, int readers, int profileSize, RecommendSettings s) {
    long t0 = System.nanoTime();
    CorpusSnapshot corpus = CorpusSnapshot.of(papers, s.features(), "bench");
    double featuresSeconds = (System.nanoTime() - t0) / 1e9;
    int[] candidates = corpus.rowsBetween(since, LocalDate.of(9999, 12, 31));
    int[] earlier = corpus.rowsBetween(LocalDate.of(1, 1, 1), since.minusDays(1));
    FeedScorer scorer = new FeedScorer(corpus.features(), s);
    long t1 = System.nanoTime();
    scorer.score(new int[] {earlier[0]}, new int[0], null, candidates); // builds the index
    double indexMs = (System.nanoTime() - t1) / 1e6;
    List<int[]> profiles = profiles(corpus, earlier, readers + 10, profileSize);
    Explainer explainer = new Explainer(corpus, s.explainPapers(), s.explainTerms());
    long[] nanos = new long[Math.max(0, profiles.size() - 10)];
    for (int u = 0; u < profiles.size(); u++) {
      long start = System.nanoTime();
      int[] pos = profiles.get(u);
      int[] neg = RecommendMethods.sample(earlier, pos, s.negatives(), u);
      LinearTrainer.Weights w = scorer.train(new Profile(pos, neg));
      double[] total = scorer.score(pos, new int[0], w, candidates).total();
      Integer[] order = Ranking.bestFirst(total);
      for (int k = 0; k < 10 && k < order.length; k++) {
        explainer.explain(candidates[order[k]], pos);
      }
      if (u >= 10) { // the first ten warm the JIT up
        nanos[u - 10] = System.nanoTime() - start;
      }
    }
    Runtime rt = Runtime.getRuntime();
    return new Result(
        corpus.size(),
        candidates.length,
        corpus.features().dim(),
        nanos.length,
        featuresSeconds,
        indexMs,
        Latencies.of(nanos),
        (rt.totalMemory() - rt.freeMemory()) >> 20);
  }

  /** Profiles of authors with enough earlier papers (newest first), then random ones if short. */
  static List<int[]> profiles(CorpusSnapshot corpus, int[] earlier, int n, int size) {
    Map<String, List<Integer>> byAuthor = new HashMap<>();
    for (int r : earlier) {
      for (String a : corpus.paper(r).authors()) {
        byAuthor.computeIfAbsent(a, k -> new ArrayList<>()).add(r);
      }
    }
    List<int[]> out = new ArrayList<>();
    byAuthor.entrySet().stream()
        .filter(e -> e.getValue().size() >= size)
        .sorted(Map.Entry.comparingByKey())
        .limit(n)
        .forEach(
            e -> {
              List<Integer> rows = e.getValue();
              out.add(
                  rows.subList(rows.size() - size, rows.size()).stream()
                      .mapToInt(Integer::intValue)
                      .toArray());
            });
    SplittableRandom rnd = new SplittableRandom(42);
    while (out.size() < n) {
      out.add(rnd.ints(size, 0, earlier.length).map(i -> earlier[i]).toArray());
    }
    return out;
  }
}

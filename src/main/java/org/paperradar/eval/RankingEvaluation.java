package org.paperradar.eval;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.paperradar.search.SearchMode;

/**
 * Runs queries through a ranker in each mode and computes the figures of a task:
 *
 * <ul>
 *   <li>{@code search} (NFCorpus): nDCG@10 and recall@100 over the whole corpus;
 *   <li>{@code similar} (CSFCube): each query paper's pool reranked; MAP with grade ≥ 2 relevant
 *       (as the CSFCube paper does) and NDCG@20, per facet and overall.
 * </ul>
 */
public final class RankingEvaluation {
  /** Ranks for one query in one mode: document ids, best first. */
  public interface Ranker {
    List<String> rank(EvalData.Query query, SearchMode mode);
  }

  /** The figures of one run plus the mean time per query of each mode. */
  public record Result(List<RegressionTable.Figure> figures, Map<SearchMode, Double> msPerQuery) {}

  private RankingEvaluation() {}

  public static Result search(EvalData.Dataset d, Ranker ranker, List<SearchMode> modes) {
    List<RegressionTable.Figure> figs = new ArrayList<>();
    Map<SearchMode, Double> ms = new LinkedHashMap<>();
    for (SearchMode mode : modes) {
      List<Double> ndcg = new ArrayList<>();
      List<Double> recall = new ArrayList<>();
      long t0 = System.nanoTime();
      int n = 0;
      for (EvalData.Query q : d.queries()) {
        Map<String, Integer> grades = d.qrels().get(q.id());
        if (grades == null || Metrics.relevant(grades, 1).isEmpty()) {
          continue; // unjudged queries are not scored, as in BEIR
        }
        List<String> ranked = ranker.rank(q, mode);
        n++;
        ndcg.add(Metrics.ndcg(ranked, grades, 10));
        recall.add(Metrics.recall(ranked, Metrics.relevant(grades, 1), 100));
      }
      ms.put(mode, n == 0 ? 0 : (System.nanoTime() - t0) / 1e6 / n);
      String m = name(mode);
      figs.add(new RegressionTable.Figure("search", d.name(), m, "ndcg@10", Metrics.mean(ndcg)));
      figs.add(
          new RegressionTable.Figure("search", d.name(), m, "recall@100", Metrics.mean(recall)));
      figs.add(new RegressionTable.Figure("search", d.name(), m, "queries", n));
    }
    return new Result(figs, ms);
  }

  public static Result similar(EvalData.Dataset d, Ranker ranker, List<SearchMode> modes) {
    List<RegressionTable.Figure> figs = new ArrayList<>();
    Map<SearchMode, Double> ms = new LinkedHashMap<>();
    for (SearchMode mode : modes) {
      Map<String, List<Double>> map = new LinkedHashMap<>();
      Map<String, List<Double>> ndcg = new LinkedHashMap<>();
      long t0 = System.nanoTime();
      int n = 0;
      for (EvalData.Query q : d.queries()) {
        Map<String, Integer> grades = d.qrels().getOrDefault(q.id(), Map.of());
        List<String> ranked = ranker.rank(q, mode);
        n++;
        Set<String> rel = Metrics.relevant(grades, 2);
        for (String facet : List.of(q.facet(), "all")) {
          map.computeIfAbsent(facet, k -> new ArrayList<>())
              .add(Metrics.averagePrecision(ranked, rel));
          ndcg.computeIfAbsent(facet, k -> new ArrayList<>()).add(Metrics.ndcg(ranked, grades, 20));
        }
      }
      ms.put(mode, n == 0 ? 0 : (System.nanoTime() - t0) / 1e6 / n);
      String m = name(mode);
      for (String facet : map.keySet()) {
        String suffix = facet.equals("all") ? "" : "/" + facet;
        figs.add(
            new RegressionTable.Figure(
                "similar", d.name(), m, "map" + suffix, Metrics.mean(map.get(facet))));
        figs.add(
            new RegressionTable.Figure(
                "similar", d.name(), m, "ndcg@20" + suffix, Metrics.mean(ndcg.get(facet))));
      }
    }
    return new Result(figs, ms);
  }

  public static String name(SearchMode mode) {
    return mode.name().toLowerCase(java.util.Locale.ROOT);
  }
}

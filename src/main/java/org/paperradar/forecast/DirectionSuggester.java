package org.paperradar.forecast;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * "Directions about to connect" for one reader: pairs of a concept of the reader's papers and a
 * concept not yet linked to it, ranked by the link model's probability that they link within the
 * horizon. The model is trained on the graph itself (features one horizon back, labels now), then
 * applied to today's graph. Candidates are the two-hop neighbours of each reader concept (they
 * share a neighbour: the pairs the model can tell apart), the strongest by Adamic–Adar first.
 */
public final class DirectionSuggester {
  /** One suggested direction, with papers behind each side (newest first). */
  public record Direction(
      String ownConcept,
      String otherConcept,
      double probability,
      List<String> ownPapers,
      List<String> otherPapers) {}

  static final int CANDIDATES_PER_CONCEPT = 200;
  static final int MAX_READER_CONCEPTS = 100;
  static final int PAPERS_SHOWN = 3;

  private final ConceptGraph graph;
  private final int horizonDays;
  private final int minDegree;

  /**
   * @param horizonDays how far ahead "soon" is (and the feature window)
   * @param minDegree candidate concepts need this many links
   */
  public DirectionSuggester(ConceptGraph graph, int horizonDays, int minDegree) {
    this.graph = graph;
    this.horizonDays = horizonDays;
    this.minDegree = minDegree;
  }

  /** How soon is soon by default: a year, or a quarter of the graph's span if less (≥ 30 days). */
  public static int defaultHorizon(ConceptGraph g) {
    int first = Integer.MAX_VALUE;
    for (int p = 0; p < g.paperCount(); p++) {
      first = Math.min(first, g.paperDay(p));
    }
    int span = g.paperCount() == 0 ? 0 : g.lastDay() - first;
    return Math.max(30, Math.min(365, span / 4));
  }

  /**
   * Up to {@code n} directions for the reader of these papers (ids not in the graph are ignored).
   */
  public List<Direction> suggest(Collection<String> paperIds, int n) {
    Map<Integer, Integer> readerConcepts = new HashMap<>();
    Set<Integer> readerPapers = new HashSet<>();
    for (String id : paperIds) {
      graph
          .findPaper(id)
          .ifPresent(
              p -> {
                readerPapers.add(p);
                for (int c : graph.paperConcepts(p)) {
                  readerConcepts.merge(c, 1, Integer::sum);
                }
              });
    }
    if (readerConcepts.isEmpty() || graph.paperCount() == 0) {
      return List.of();
    }
    int now = graph.lastDay() + 1;
    PairFeatures today = PairFeatures.at(graph, now, horizonDays);
    GraphSnapshot g = today.snapshot();
    List<Integer> own =
        readerConcepts.keySet().stream()
            .filter(c -> g.degree(c) > 0)
            .sorted(
                Comparator.comparing((Integer c) -> -readerConcepts.get(c))
                    .thenComparing(c -> -g.degree(c)))
            .limit(MAX_READER_CONCEPTS)
            .toList();
    long[] pairs = candidates(g, own, readerConcepts.keySet());
    if (pairs.length == 0) {
      return List.of();
    }
    double[] p;
    LinkSampler sampler = new LinkSampler(graph, minDegree);
    var options = new LinkPredictionEval.Options(minDegree, 20_000, 50_000, 0, 42);
    try (LinkModel model =
        LinkPredictionEval.train(
                graph, sampler, now - horizonDays, now, horizonDays, options, new Random(42))
            .model()) {
      p = model.predict(today.rows(pairs), pairs.length);
    }
    Integer[] order = new Integer[pairs.length];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    Arrays.sort(order, (x, y) -> Double.compare(p[y], p[x]));
    Map<Integer, List<Integer>> papersOf = papersOf(pairs, order, n * 4);
    List<Direction> out = new ArrayList<>();
    Set<Integer> usedOther = new HashSet<>();
    for (int i : order) {
      if (out.size() == n) {
        break;
      }
      int a = ConceptGraph.first(pairs[i]);
      int b = ConceptGraph.second(pairs[i]);
      int mine = readerConcepts.containsKey(a) ? a : b;
      int other = mine == a ? b : a;
      if (!usedOther.add(other)) {
        continue; // one direction per new concept: variety over near-duplicates
      }
      List<Integer> mineAll = papersOf.getOrDefault(mine, List.of());
      List<Integer> ownFirst =
          new ArrayList<>(mineAll.stream().filter(readerPapers::contains).toList());
      out.add(
          new Direction(
              graph.concept(mine),
              graph.concept(other),
              p[i],
              ids(ownFirst),
              ids(papersOf.getOrDefault(other, List.of()))));
    }
    return out;
  }

  /** Unlinked two-hop pairs (reader concept, other), the best by Adamic–Adar per reader concept. */
  private long[] candidates(GraphSnapshot g, List<Integer> own, Set<Integer> readerAll) {
    LongIntMap seen = new LongIntMap(own.size() * CANDIDATES_PER_CONCEPT);
    IntList chosen = new IntList();
    List<Long> pairs = new ArrayList<>();
    double[] score = new double[g.nodeCount()];
    for (int r : own) {
      chosen.clear();
      for (int i = 0; i < g.degree(r); i++) {
        int w = g.neighbour(r, i);
        double share = 1 / Math.log(Math.max(2, g.degree(w)));
        for (int j = 0; j < g.degree(w); j++) {
          int c = g.neighbour(w, j);
          if (score[c] == 0) {
            chosen.add(c);
          }
          score[c] += share;
        }
      }
      int[] cs = chosen.toArray();
      Integer[] byScore = new Integer[cs.length];
      for (int i = 0; i < cs.length; i++) {
        byScore[i] = cs[i];
      }
      Arrays.sort(byScore, (x, y) -> Double.compare(score[y], score[x]));
      int taken = 0;
      for (int c : byScore) {
        if (taken < CANDIDATES_PER_CONCEPT
            && c != r
            && !readerAll.contains(c)
            && g.degree(c) >= minDegree
            && !g.connected(r, c)
            && seen.get(ConceptGraph.pair(r, c)) < 0) {
          seen.put(ConceptGraph.pair(r, c), pairs.size());
          pairs.add(ConceptGraph.pair(r, c));
          taken++;
        }
      }
      for (int c : cs) {
        score[c] = 0;
      }
    }
    return pairs.stream().mapToLong(Long::longValue).toArray();
  }

  /** Papers (newest first) of the concepts in the best-ranked pairs. */
  private Map<Integer, List<Integer>> papersOf(long[] pairs, Integer[] order, int top) {
    Set<Integer> wanted = new HashSet<>();
    for (int k = 0; k < Math.min(top, order.length); k++) {
      wanted.add(ConceptGraph.first(pairs[order[k]]));
      wanted.add(ConceptGraph.second(pairs[order[k]]));
    }
    Map<Integer, List<Integer>> out = new HashMap<>();
    for (int p = 0; p < graph.paperCount(); p++) {
      for (int c : graph.paperConcepts(p)) {
        if (wanted.contains(c)) {
          out.computeIfAbsent(c, k -> new ArrayList<>()).add(p);
        }
      }
    }
    out.values().forEach(l -> l.sort(Comparator.comparingInt((Integer p) -> -graph.paperDay(p))));
    return out;
  }

  private List<String> ids(List<Integer> papers) {
    return papers.stream().limit(PAPERS_SHOWN).map(graph::paperId).toList();
  }
}

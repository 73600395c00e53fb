package org.paperradar.forecast;

import java.util.Random;

/**
 * Pairs to learn from and to test on, as in Science4Cast: only concepts with at least {@code
 * minDegree} links at the snapshot take part, and only pairs unconnected then. A pair is positive
 * when its first link comes before {@code labelDay}.
 */
public final class LinkSampler {
  /** Pairs and their labels. */
  public record Pairs(long[] pairs, boolean[] labels) {
    public int positives() {
      int n = 0;
      for (boolean l : labels) {
        n += l ? 1 : 0;
      }
      return n;
    }

    public int size() {
      return pairs.length;
    }
  }

  private final ConceptGraph graph;
  private final int minDegree;

  public LinkSampler(ConceptGraph graph, int minDegree) {
    this.graph = graph;
    this.minDegree = minDegree;
  }

  /**
   * Up to {@code count} distinct pairs drawn uniformly among the eligible concepts of {@code at},
   * unconnected there: the realistic, rare-positive mix of all candidate pairs.
   */
  public Pairs uniform(GraphSnapshot at, int labelDay, int count, Random random) {
    int[] eligible = eligible(at);
    long[] pairs = new long[count];
    boolean[] labels = new boolean[count];
    if (eligible.length < 2) {
      return new Pairs(new long[0], new boolean[0]);
    }
    LongIntMap seen = new LongIntMap(count);
    int n = 0;
    for (long tries = 0; n < count && tries < 50L * count; tries++) {
      int a = eligible[random.nextInt(eligible.length)];
      int b = eligible[random.nextInt(eligible.length)];
      long key = ConceptGraph.pair(a, b);
      if (a == b || at.connected(a, b) || seen.get(key) >= 0) {
        continue;
      }
      seen.put(key, n);
      pairs[n] = key;
      labels[n++] = linkedBefore(a, b, labelDay);
    }
    return new Pairs(java.util.Arrays.copyOf(pairs, n), java.util.Arrays.copyOf(labels, n));
  }

  /**
   * Up to {@code max} of the links that appeared between eligible concepts after {@code at} and
   * before {@code labelDay}: the positives to train on, which uniform draws find too rarely.
   */
  public Pairs newLinks(GraphSnapshot at, int labelDay, int max, Random random) {
    IntList picked = new IntList();
    for (int e = 0, m = graph.edgeCount(); e < m; e++) {
      int d = graph.edgeFirstDay(e);
      long k = graph.edgeKey(e);
      if (d >= at.day()
          && d < labelDay
          && at.degree(ConceptGraph.first(k)) >= minDegree
          && at.degree(ConceptGraph.second(k)) >= minDegree) {
        picked.add(e);
      }
    }
    int[] edges = picked.toArray();
    for (int i = edges.length - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      int t = edges[i];
      edges[i] = edges[j];
      edges[j] = t;
    }
    int n = Math.min(max, edges.length);
    long[] pairs = new long[n];
    boolean[] labels = new boolean[n];
    for (int i = 0; i < n; i++) {
      pairs[i] = graph.edgeKey(edges[i]);
      labels[i] = true;
    }
    return new Pairs(pairs, labels);
  }

  /** Concepts with at least the minimum degree at the snapshot. */
  public int[] eligible(GraphSnapshot at) {
    IntList out = new IntList();
    for (int v = 0; v < at.nodeCount(); v++) {
      if (at.degree(v) >= minDegree) {
        out.add(v);
      }
    }
    return out.toArray();
  }

  private boolean linkedBefore(int a, int b, int day) {
    int e = graph.findEdge(a, b);
    return e >= 0 && graph.edgeFirstDay(e) < day;
  }

  /** Both sets in one, for training. */
  public static Pairs concat(Pairs x, Pairs y) {
    long[] pairs = java.util.Arrays.copyOf(x.pairs(), x.size() + y.size());
    boolean[] labels = java.util.Arrays.copyOf(x.labels(), x.size() + y.size());
    System.arraycopy(y.pairs(), 0, pairs, x.size(), y.size());
    System.arraycopy(y.labels(), 0, labels, x.size(), y.size());
    return new Pairs(pairs, labels);
  }
}

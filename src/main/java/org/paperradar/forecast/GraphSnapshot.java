package org.paperradar.forecast;

import java.util.Arrays;

/**
 * The graph as it was before a day: only edges first seen earlier, as sorted adjacency arrays
 * (CSR). Everything a feature of that time may look at comes from here, which is what keeps later
 * links out of it.
 */
public final class GraphSnapshot {
  private final int day;
  private final int[] offsets;
  private final int[] neighbours;
  private final int[] edgeIds;

  private GraphSnapshot(int day, int[] offsets, int[] neighbours, int[] edgeIds) {
    this.day = day;
    this.offsets = offsets;
    this.neighbours = neighbours;
    this.edgeIds = edgeIds;
  }

  /** Edges of {@code g} first seen before {@code day} (exclusive). */
  public static GraphSnapshot before(ConceptGraph g, int day) {
    int n = g.nodeCount();
    int[] degree = degreesBefore(g, day);
    int[] offsets = new int[n + 1];
    for (int v = 0; v < n; v++) {
      offsets[v + 1] = offsets[v] + degree[v];
    }
    int[] fill = Arrays.copyOf(offsets, n);
    // Neighbour in the high half, edge index in the low: sorting sorts by neighbour.
    long[] packed = new long[offsets[n]];
    for (int e = 0, m = g.edgeCount(); e < m; e++) {
      if (g.edgeFirstDay(e) < day) {
        long k = g.edgeKey(e);
        int a = ConceptGraph.first(k);
        int b = ConceptGraph.second(k);
        packed[fill[a]++] = ((long) b << 32) | e;
        packed[fill[b]++] = ((long) a << 32) | e;
      }
    }
    int[] nbrs = new int[packed.length];
    int[] ids = new int[packed.length];
    for (int v = 0; v < n; v++) {
      Arrays.sort(packed, offsets[v], offsets[v + 1]);
    }
    for (int i = 0; i < packed.length; i++) {
      nbrs[i] = (int) (packed[i] >>> 32);
      ids[i] = (int) packed[i];
    }
    return new GraphSnapshot(day, offsets, nbrs, ids);
  }

  /** Degrees counting only edges first seen before {@code day}. */
  public static int[] degreesBefore(ConceptGraph g, int day) {
    int[] degree = new int[g.nodeCount()];
    for (int e = 0, m = g.edgeCount(); e < m; e++) {
      if (g.edgeFirstDay(e) < day) {
        long k = g.edgeKey(e);
        degree[ConceptGraph.first(k)]++;
        degree[ConceptGraph.second(k)]++;
      }
    }
    return degree;
  }

  public int day() {
    return day;
  }

  public int nodeCount() {
    return offsets.length - 1;
  }

  public int edgeCount() {
    return neighbours.length / 2;
  }

  public int degree(int v) {
    return offsets[v + 1] - offsets[v];
  }

  public int neighbour(int v, int i) {
    return neighbours[offsets[v] + i];
  }

  /** The graph's edge index of the {@code i}-th neighbour of {@code v}. */
  public int edgeId(int v, int i) {
    return edgeIds[offsets[v] + i];
  }

  public boolean connected(int a, int b) {
    if (degree(a) > degree(b)) {
      int t = a;
      a = b;
      b = t;
    }
    return Arrays.binarySearch(neighbours, offsets[a], offsets[a + 1], b) >= 0;
  }

  /** PageRank of the undirected graph (damping 0.85, fixed iterations); isolated nodes spread. */
  public double[] pageRank(int iterations) {
    int n = nodeCount();
    double[] rank = new double[n];
    double[] nextRank = new double[n];
    Arrays.fill(rank, 1.0 / n);
    for (int it = 0; it < iterations; it++) {
      double dangling = 0;
      for (int v = 0; v < n; v++) {
        if (degree(v) == 0) {
          dangling += rank[v];
        }
      }
      Arrays.fill(nextRank, (0.15 + 0.85 * dangling) / n);
      for (int v = 0; v < n; v++) {
        int d = degree(v);
        if (d > 0) {
          double share = 0.85 * rank[v] / d;
          for (int i = offsets[v]; i < offsets[v + 1]; i++) {
            nextRank[neighbours[i]] += share;
          }
        }
      }
      double[] t = rank;
      rank = nextRank;
      nextRank = t;
    }
    return rank;
  }
}

package org.paperradar.forecast;

import java.util.Arrays;
import java.util.List;

/**
 * Science4Cast's hand-crafted features of concept pairs at one time {@code t}, from the graph
 * before {@code t} only: per concept its degree now, one and two windows back, its papers in the
 * last two windows and in all, and its PageRank (each taken as min and max over the pair, so the
 * order of a pair does not matter); per pair common neighbours, Jaccard, Adamic–Adar, resource
 * allocation and preferential attachment (now and over the last window).
 */
public final class PairFeatures {
  public static final List<String> NAMES =
      List.of(
          "deg_min",
          "deg_max",
          "deg1_min",
          "deg1_max",
          "deg2_min",
          "deg2_max",
          "papers_recent_min",
          "papers_recent_max",
          "papers_prev_min",
          "papers_prev_max",
          "papers_min",
          "papers_max",
          "pagerank_min",
          "pagerank_max",
          "common_neighbours",
          "jaccard",
          "adamic_adar",
          "resource_allocation",
          "pref_attachment",
          "pref_attachment_recent");

  public static final int WIDTH = NAMES.size();
  public static final int COMMON_NEIGHBOURS = NAMES.indexOf("common_neighbours");
  public static final int PREF_ATTACHMENT = NAMES.indexOf("pref_attachment");

  private final GraphSnapshot now;
  private final double[][] node;

  private final double meanDegree;

  private PairFeatures(GraphSnapshot now, double[][] node, double meanDegree) {
    this.now = now;
    this.node = node;
    this.meanDegree = meanDegree;
  }

  /**
   * Node features at epoch day {@code t}, with windows of {@code window} days (e.g. a year): only
   * edges and papers dated before {@code t} are read.
   */
  public static PairFeatures at(ConceptGraph g, int t, int window) {
    GraphSnapshot now = GraphSnapshot.before(g, t);
    int n = g.nodeCount();
    int[] deg1 = GraphSnapshot.degreesBefore(g, t - window);
    int[] deg2 = GraphSnapshot.degreesBefore(g, t - 2 * window);
    double[] recent = new double[n];
    double[] prev = new double[n];
    double[] total = new double[n];
    for (int p = 0; p < g.paperCount(); p++) {
      int d = g.paperDay(p);
      if (d >= t) {
        continue;
      }
      for (int c : g.paperConcepts(p)) {
        total[c]++;
        if (d >= t - window) {
          recent[c]++;
        } else if (d >= t - 2 * window) {
          prev[c]++;
        }
      }
    }
    double[] deg = new double[n];
    int active = 0;
    for (int v = 0; v < n; v++) {
      deg[v] = now.degree(v);
      active += deg[v] > 0 ? 1 : 0;
    }
    // Scaled to the snapshot (mean degree, papers per window, PageRank x nodes): the model learns
    // at
    // t0 and predicts at t1, when the graph is larger, so raw counts would shift under its splits.
    double meanDegree = Math.max(1e-9, 2.0 * now.edgeCount() / Math.max(1, active));
    double[] pagerank = now.pageRank(30);
    for (int v = 0; v < n; v++) {
      pagerank[v] *= n;
    }
    double[][] node = {
      scale(deg, meanDegree),
      scale(toDouble(deg1), meanDegree),
      scale(toDouble(deg2), meanDegree),
      scale(recent, Math.max(1e-9, sum(recent)) / 1000),
      scale(prev, Math.max(1e-9, sum(prev)) / 1000),
      scale(total, Math.max(1e-9, sum(total)) / 1000),
      pagerank
    };
    return new PairFeatures(now, node, meanDegree);
  }

  public GraphSnapshot snapshot() {
    return now;
  }

  /** Feature rows for these packed pairs, row-major ({@link #WIDTH} per pair). */
  public float[] rows(long[] pairs) {
    float[] x = new float[pairs.length * WIDTH];
    for (int i = 0; i < pairs.length; i++) {
      int a = ConceptGraph.first(pairs[i]);
      int b = ConceptGraph.second(pairs[i]);
      int o = i * WIDTH;
      for (int f = 0; f < node.length; f++) {
        x[o + 2 * f] = (float) Math.min(node[f][a], node[f][b]);
        x[o + 2 * f + 1] = (float) Math.max(node[f][a], node[f][b]);
      }
      double da = node[0][a];
      double db = node[0][b];
      x[o + PREF_ATTACHMENT] = (float) (da * db);
      x[o + PREF_ATTACHMENT + 1] = (float) ((da - node[1][a]) * (db - node[1][b]));
    }
    neighbourhoods(pairs, x);
    return x;
  }

  /**
   * Common-neighbour features. Pairs are grouped by their higher-degree end, whose neighbours are
   * marked once per group; each pair then walks only its lower-degree end's list.
   */
  private void neighbourhoods(long[] pairs, float[] x) {
    long[] order = new long[pairs.length];
    for (int i = 0; i < pairs.length; i++) {
      order[i] = ((long) hub(pairs[i]) << 32) | i;
    }
    Arrays.sort(order);
    int[] mark = new int[now.nodeCount()];
    Arrays.fill(mark, -1);
    int marked = -1;
    for (long entry : order) {
      int i = (int) entry;
      int hub = (int) (entry >>> 32);
      int a = ConceptGraph.first(pairs[i]);
      int other = hub == a ? ConceptGraph.second(pairs[i]) : a;
      if (hub != marked) {
        for (int k = 0, d = now.degree(hub); k < d; k++) {
          mark[now.neighbour(hub, k)] = hub;
        }
        marked = hub;
      }
      int cn = 0;
      double aa = 0;
      double ra = 0;
      for (int k = 0, d = now.degree(other); k < d; k++) {
        int w = now.neighbour(other, k);
        if (mark[w] == hub) {
          cn++;
          int dw = now.degree(w);
          aa += 1 / Math.log(dw);
          ra += 1.0 / dw;
        }
      }
      int union = now.degree(hub) + now.degree(other) - cn;
      int o = i * WIDTH + COMMON_NEIGHBOURS;
      x[o] = (float) (cn / meanDegree);
      x[o + 1] = union == 0 ? 0 : (float) cn / union;
      x[o + 2] = (float) (aa / meanDegree);
      x[o + 3] = (float) ra;
    }
  }

  private int hub(long pair) {
    int a = ConceptGraph.first(pair);
    int b = ConceptGraph.second(pair);
    return now.degree(a) >= now.degree(b) ? a : b;
  }

  private static double[] scale(double[] v, double by) {
    for (int i = 0; i < v.length; i++) {
      v[i] /= by;
    }
    return v;
  }

  private static double sum(double[] v) {
    double s = 0;
    for (double d : v) {
      s += d;
    }
    return s;
  }

  private static double[] toDouble(int[] v) {
    double[] d = new double[v.length];
    for (int i = 0; i < v.length; i++) {
      d[i] = v[i];
    }
    return d;
  }
}

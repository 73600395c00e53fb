package org.paperradar.forecast;

import java.util.Arrays;
import java.util.List;

/**
 * Science4Cast's hand-crafted features of concept pairs at one time {@code t}, from the graph
 * before {@code t} only: per concept its degree now, one and two windows back, its papers in the
 * last two windows and in all, its PageRank, its degree and paper-count percentiles, its degree
 * growth over the last window and its age (windows since its first paper), each taken as min and
 * max over the pair, so the order of a pair does not matter; per pair common neighbours, Jaccard,
 * Adamic–Adar and resource allocation now and one window back (and the common neighbours gained),
 * preferential attachment (now and over the last window), the cosine of the two co-occurrence count
 * vectors (counts as of t) and the co-occurrence expected of their paper shares.
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
          "deg_rank_min",
          "deg_rank_max",
          "papers_rank_min",
          "papers_rank_max",
          "growth_min",
          "growth_max",
          "age_min",
          "age_max",
          "common_neighbours",
          "jaccard",
          "adamic_adar",
          "resource_allocation",
          "pref_attachment",
          "pref_attachment_recent",
          "common_neighbours_prev",
          "jaccard_prev",
          "adamic_adar_prev",
          "resource_allocation_prev",
          "common_neighbours_growth",
          "cosine",
          "expected_cooccurrence");

  public static final int WIDTH = NAMES.size();
  public static final int COMMON_NEIGHBOURS = NAMES.indexOf("common_neighbours");
  public static final int PREF_ATTACHMENT = NAMES.indexOf("pref_attachment");
  public static final int COMMON_NEIGHBOURS_PREV = NAMES.indexOf("common_neighbours_prev");
  public static final int COSINE = NAMES.indexOf("cosine");

  private final GraphSnapshot now;
  private final GraphSnapshot prev;
  private final double[][] node;
  private final double meanDegree;
  private final double meanDegreePrev;
  private final float[] weight;
  private final double[] norm;
  private final double[] papers;
  private final double paperTotal;

  private PairFeatures(
      GraphSnapshot now,
      GraphSnapshot prev,
      double[][] node,
      double meanDegree,
      double meanDegreePrev,
      float[] weight,
      double[] norm,
      double[] papers,
      double paperTotal) {
    this.weight = weight;
    this.norm = norm;
    this.papers = papers;
    this.paperTotal = paperTotal;
    this.now = now;
    this.prev = prev;
    this.node = node;
    this.meanDegree = meanDegree;
    this.meanDegreePrev = meanDegreePrev;
  }

  /**
   * Node features at epoch day {@code t}, with windows of {@code window} days (e.g. a year): only
   * edges and papers dated before {@code t} are read.
   */
  public static PairFeatures at(ConceptGraph g, int t, int window) {
    GraphSnapshot now = GraphSnapshot.before(g, t);
    GraphSnapshot prevSnapshot = GraphSnapshot.before(g, t - window);
    int n = g.nodeCount();
    int[] deg1 = new int[n];
    for (int v = 0; v < n; v++) {
      deg1[v] = prevSnapshot.degree(v);
    }
    int[] deg2 = GraphSnapshot.degreesBefore(g, t - 2 * window);
    double[] recent = new double[n];
    double[] prev = new double[n];
    double[] total = new double[n];
    double[] firstDay = new double[n];
    Arrays.fill(firstDay, t);
    // Edge weights as of t (papers before t sharing both concepts): the graph's own weights count
    // later papers too.
    float[] weight = new float[g.edgeCount()];
    double paperTotal = 0;
    for (int p = 0; p < g.paperCount(); p++) {
      int d = g.paperDay(p);
      if (d >= t) {
        continue;
      }
      int[] cs = g.paperConcepts(p);
      paperTotal++;
      for (int i = 0; i < cs.length; i++) {
        for (int j = i + 1; j < cs.length; j++) {
          weight[g.findEdge(cs[i], cs[j])]++;
        }
      }
      for (int c : cs) {
        total[c]++;
        firstDay[c] = Math.min(firstDay[c], d);
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
    double meanDegreePrev = meanDegree(prevSnapshot);
    // Distribution-free versions, comparable between t0 and t1 whatever the graph's growth: the
    // share of concepts with a lower degree (papers), the degree gained in the last window relative
    // to the degree now, and the years since the concept's first paper.
    double[] degRank = percentiles(deg);
    double[] paperRank = percentiles(total);
    double[] growth = new double[n];
    double[] age = new double[n];
    for (int v = 0; v < n; v++) {
      growth[v] = deg[v] == 0 ? 0 : (deg[v] - deg1[v]) / deg[v];
      age[v] = (t - firstDay[v]) / (double) window;
    }
    double[] norm = new double[n];
    for (int v = 0; v < n; v++) {
      double sq = 0;
      for (int k = 0, d = now.degree(v); k < d; k++) {
        double w = weight[now.edgeId(v, k)];
        sq += w * w;
      }
      norm[v] = Math.sqrt(sq);
    }
    double[] papers = total.clone();
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
      pagerank,
      degRank,
      paperRank,
      growth,
      age
    };
    return new PairFeatures(
        now,
        prevSnapshot,
        node,
        meanDegree,
        meanDegreePrev,
        weight,
        norm,
        papers,
        Math.max(1, paperTotal));
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
    neighbourhoods(now, meanDegree, pairs, x, COMMON_NEIGHBOURS);
    cosines(pairs, x);
    neighbourhoods(prev, meanDegreePrev, pairs, x, COMMON_NEIGHBOURS_PREV);
    for (int i = 0; i < pairs.length; i++) {
      int o = i * WIDTH;
      x[o + COMMON_NEIGHBOURS_PREV + 4] =
          x[o + COMMON_NEIGHBOURS] * (float) meanDegree
              - x[o + COMMON_NEIGHBOURS_PREV] * (float) meanDegreePrev;
    }
    return x;
  }

  /**
   * Common-neighbour features. Pairs are grouped by their higher-degree end, whose neighbours are
   * marked once per group; each pair then walks only its lower-degree end's list.
   */
  private static void neighbourhoods(
      GraphSnapshot now, double meanDegree, long[] pairs, float[] x, int at) {
    long[] order = new long[pairs.length];
    for (int i = 0; i < pairs.length; i++) {
      order[i] = ((long) hub(now, pairs[i]) << 32) | i;
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
      int o = i * WIDTH + at;
      x[o] = (float) (cn / meanDegree);
      x[o + 1] = union == 0 ? 0 : (float) cn / union;
      x[o + 2] = (float) (aa / meanDegree);
      x[o + 3] = (float) ra;
    }
  }

  /**
   * Cosine of the two concepts' co-occurrence vectors (edge weights as of t) and the co-occurrences
   * expected of their paper shares if independent (per million): affinity beyond popularity.
   */
  private void cosines(long[] pairs, float[] x) {
    long[] order = new long[pairs.length];
    for (int i = 0; i < pairs.length; i++) {
      order[i] = ((long) hub(now, pairs[i]) << 32) | i;
    }
    Arrays.sort(order);
    double[] mark = new double[now.nodeCount()];
    int marked = -1;
    for (long entry : order) {
      int i = (int) entry;
      int hub = (int) (entry >>> 32);
      int a = ConceptGraph.first(pairs[i]);
      int other = hub == a ? ConceptGraph.second(pairs[i]) : a;
      if (hub != marked) {
        if (marked >= 0) {
          for (int k = 0, d = now.degree(marked); k < d; k++) {
            mark[now.neighbour(marked, k)] = 0;
          }
        }
        for (int k = 0, d = now.degree(hub); k < d; k++) {
          mark[now.neighbour(hub, k)] = weight[now.edgeId(hub, k)];
        }
        marked = hub;
      }
      double dot = 0;
      for (int k = 0, d = now.degree(other); k < d; k++) {
        double m = mark[now.neighbour(other, k)];
        if (m != 0) {
          dot += m * weight[now.edgeId(other, k)];
        }
      }
      double denominator = norm[hub] * norm[other];
      int o = i * WIDTH + COSINE;
      x[o] = denominator == 0 ? 0 : (float) (dot / denominator);
      x[o + 1] = (float) (1e6 * papers[hub] / paperTotal * papers[other] / paperTotal);
    }
  }

  private static int hub(GraphSnapshot now, long pair) {
    int a = ConceptGraph.first(pair);
    int b = ConceptGraph.second(pair);
    return now.degree(a) >= now.degree(b) ? a : b;
  }

  private static double meanDegree(GraphSnapshot s) {
    int active = 0;
    for (int v = 0; v < s.nodeCount(); v++) {
      active += s.degree(v) > 0 ? 1 : 0;
    }
    return Math.max(1e-9, 2.0 * s.edgeCount() / Math.max(1, active));
  }

  /** For each value, the share of positive values below it (0 for zero values). */
  private static double[] percentiles(double[] v) {
    double[] sorted = Arrays.stream(v).filter(d -> d > 0).sorted().toArray();
    double[] out = new double[v.length];
    for (int i = 0; i < v.length; i++) {
      if (v[i] > 0) {
        int below = lowerBound(sorted, v[i]);
        out[i] = (below + 1.0) / sorted.length;
      }
    }
    return out;
  }

  private static int lowerBound(double[] sorted, double key) {
    int lo = 0;
    int hi = sorted.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (sorted[mid] < key) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
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

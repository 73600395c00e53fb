package org.paperradar.recommend;

import java.util.Arrays;

/** Orders of score arrays, shared by the feed, its evaluation and its benchmark. */
public final class Ranking {
  private Ranking() {}

  /** Indices of {@code scores}, highest score first; ties keep index order (a stable sort). */
  public static Integer[] bestFirst(double[] scores) {
    Integer[] order = new Integer[scores.length];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    Arrays.sort(order, (a, b) -> Double.compare(scores[b], scores[a]));
    return order;
  }
}

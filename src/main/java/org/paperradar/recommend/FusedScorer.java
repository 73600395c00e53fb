package org.paperradar.recommend;

import java.util.List;

/**
 * A weighted sum of other scorers' standardised scores (z-scores over the candidates), so scorers
 * on different scales (cosine similarities, SVM margins) can be combined.
 */
public final class FusedScorer implements ProfileScorer {
  /** One ingredient and its weight. */
  public record Part(ProfileScorer scorer, double weight) {}

  private final String name;
  private final List<Part> parts;

  public FusedScorer(String name, List<Part> parts) {
    this.name = name;
    this.parts = List.copyOf(parts);
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public double[] score(Profile profile, int[] candidates) {
    double[] out = new double[candidates.length];
    for (Part p : parts) {
      double[] s = standardise(p.scorer().score(profile, candidates));
      for (int i = 0; i < out.length; i++) {
        out[i] += p.weight() * s[i];
      }
    }
    return out;
  }

  /** z-scores; a constant array becomes all zeros. */
  public static double[] standardise(double[] s) {
    double mean = 0;
    for (double v : s) {
      mean += v;
    }
    mean /= Math.max(1, s.length);
    double var = 0;
    for (double v : s) {
      var += (v - mean) * (v - mean);
    }
    double sd = Math.sqrt(var / Math.max(1, s.length));
    double[] out = new double[s.length];
    if (sd > 0) {
      for (int i = 0; i < s.length; i++) {
        out[i] = (s[i] - mean) / sd;
      }
    }
    return out;
  }
}

package org.paperradar.recommend;

import java.util.concurrent.atomic.AtomicReference;

/**
 * Scores a candidate by its cosine similarity to the reader's closest papers: the mean of the
 * top-{@code k} similarities to the positives. Readers reuse their own rare vocabulary, which a
 * nearest-neighbour score keeps and a single linear boundary averages away (measured: see {@code
 * radar eval recommend}).
 */
public final class NeighbourScorer implements ProfileScorer {
  private final String name;
  private final PaperFeatures features;
  private final int k;
  private final AtomicReference<CandidateIndex> index = new AtomicReference<>();

  public NeighbourScorer(String name, PaperFeatures features, int k) {
    this.name = name;
    this.features = features;
    this.k = k;
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public double[] score(Profile profile, int[] candidates) {
    return score(profile.positives(), indexFor(candidates));
  }

  /** The inverted index of these candidates, reused while the window stays the same. */
  public CandidateIndex indexFor(int[] candidates) {
    CandidateIndex ix = index.get();
    if (ix == null || !ix.covers(candidates)) {
      ix = new CandidateIndex(features, candidates);
      index.set(ix);
    }
    return ix;
  }

  /** Mean of each candidate's top-k similarities to the positives. */
  public double[] score(int[] positives, CandidateIndex ix) {
    int n = ix.size();
    int kk = Math.min(k, positives.length);
    double[] out = new double[n];
    if (kk == 0) {
      return out;
    }
    double[][] best = new double[kk][n]; // best[0] >= best[1] >= ... per candidate
    double[] sims = new double[n];
    for (int p : positives) {
      java.util.Arrays.fill(sims, 0);
      ix.addSimilarities(features.row(p), 1, sims);
      for (int c = 0; c < n; c++) {
        double s = sims[c];
        for (int j = 0; j < kk && s > 0; j++) {
          if (s > best[j][c]) {
            double t = best[j][c];
            best[j][c] = s;
            s = t;
          }
        }
      }
    }
    for (int j = 0; j < kk; j++) {
      for (int c = 0; c < n; c++) {
        out[c] += best[j][c] / kk;
      }
    }
    return out;
  }
}

package org.paperradar.recommend;

import de.bwaldvogel.liblinear.Feature;

/** A linear model trained per reader (liblinear) on the profile's positives and negatives. */
public final class SvmScorer implements ProfileScorer {
  private final String name;
  private final PaperFeatures features;
  private final LinearTrainer trainer;

  public SvmScorer(String name, PaperFeatures features, LinearTrainer.Settings settings) {
    this.name = name;
    this.features = features;
    this.trainer = new LinearTrainer(settings);
  }

  @Override
  public String name() {
    return name;
  }

  /** The trained weights, for scoring and for explaining (top shared terms). */
  public LinearTrainer.Weights train(Profile profile) {
    int n = profile.positives().length + profile.negatives().length;
    Feature[][] rows = new Feature[n][];
    boolean[] positive = new boolean[n];
    int k = 0;
    for (int r : profile.positives()) {
      positive[k] = true;
      rows[k++] = features.liblinearRow(r);
    }
    for (int r : profile.negatives()) {
      rows[k++] = features.liblinearRow(r);
    }
    return trainer.train(rows, positive, features.dim());
  }

  @Override
  public double[] score(Profile profile, int[] candidates) {
    return score(train(profile), candidates);
  }

  public double[] score(LinearTrainer.Weights w, int[] candidates) {
    double[] out = new double[candidates.length];
    for (int i = 0; i < candidates.length; i++) {
      out[i] = w.score(features.row(candidates[i]));
    }
    return out;
  }
}

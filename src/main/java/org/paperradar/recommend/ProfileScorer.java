package org.paperradar.recommend;

/** Scores candidate papers (rows of a {@link PaperFeatures}) for a reader's profile. */
public interface ProfileScorer {
  /** Short name for eval tables and score parts, e.g. {@code svm}. */
  String name();

  /** One score per candidate row, higher is better. */
  double[] score(Profile profile, int[] candidates);
}

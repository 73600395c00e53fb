package org.paperradar.digest;

/**
 * Retrains the per-reader models whose ratings changed since they were trained (a reader's {@code
 * revision}), so the digest ranks with what the reader told us yesterday. Returns a summary.
 */
@FunctionalInterface
public interface ModelTrainer {
  /** For a recommender that trains on demand (nothing to do ahead of time). */
  ModelTrainer NONE = () -> "models are trained on demand";

  String retrainChanged() throws Exception;
}

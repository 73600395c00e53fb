package org.paperradar.forecast;

import java.util.HashMap;
import java.util.Map;
import ml.dmlc.xgboost4j.java.Booster;
import ml.dmlc.xgboost4j.java.DMatrix;
import ml.dmlc.xgboost4j.java.XGBoost;
import ml.dmlc.xgboost4j.java.XGBoostError;

/**
 * Gradient-boosted trees (XGBoost4J, CPU, histogram method) over {@link PairFeatures}, as the
 * Science4Cast winners used. Two threads, fixed seed: the same data gives the same model. Shallow
 * trees (depth 3, 100 rounds): the model learns at t0 and predicts at t1, and on hep-th deeper ones
 * fit the earlier graph better but transferred worse (AUC 0.858 at depth 6 against 0.867 at 3).
 */
public final class LinkModel implements AutoCloseable {
  static final int ROUNDS = 100;
  private final Booster booster;

  private LinkModel(Booster booster) {
    this.booster = booster;
  }

  /** Trains on row-major features ({@link PairFeatures#WIDTH} a row) and 0/1 labels. */
  public static LinkModel train(float[] x, boolean[] labels, long seed) {
    Map<String, Object> params = new HashMap<>();
    params.put("objective", "binary:logistic");
    params.put("tree_method", "hist");
    params.put("max_depth", 3);
    params.put("eta", 0.1);
    params.put("subsample", 0.8);
    params.put("colsample_bytree", 0.8);
    params.put("min_child_weight", 5);
    params.put("nthread", Math.min(2, Runtime.getRuntime().availableProcessors()));
    params.put("seed", seed);
    params.put("verbosity", 0);
    try {
      DMatrix train = matrix(x, labels.length);
      float[] y = new float[labels.length];
      for (int i = 0; i < y.length; i++) {
        y[i] = labels[i] ? 1 : 0;
      }
      train.setLabel(y);
      try {
        return new LinkModel(XGBoost.train(train, params, ROUNDS, new HashMap<>(), null, null));
      } finally {
        train.dispose();
      }
    } catch (XGBoostError e) {
      throw new IllegalStateException("XGBoost training failed: " + e.getMessage(), e);
    }
  }

  /** Probability of a link for each row. */
  public double[] predict(float[] x, int rows) {
    if (rows == 0) {
      return new double[0];
    }
    try {
      DMatrix m = matrix(x, rows);
      try {
        float[][] p = booster.predict(m);
        double[] out = new double[rows];
        for (int i = 0; i < rows; i++) {
          out[i] = p[i][0];
        }
        return out;
      } finally {
        m.dispose();
      }
    } catch (XGBoostError e) {
      throw new IllegalStateException("XGBoost prediction failed: " + e.getMessage(), e);
    }
  }

  private static DMatrix matrix(float[] x, int rows) throws XGBoostError {
    return new DMatrix(x, rows, PairFeatures.WIDTH, Float.NaN);
  }

  @Override
  public void close() {
    booster.dispose();
  }
}

package org.paperradar.recommend;

import de.bwaldvogel.liblinear.Feature;
import de.bwaldvogel.liblinear.FeatureNode;
import de.bwaldvogel.liblinear.Linear;
import de.bwaldvogel.liblinear.Model;
import de.bwaldvogel.liblinear.Parameter;
import de.bwaldvogel.liblinear.Problem;
import de.bwaldvogel.liblinear.SolverType;

/**
 * Trains a per-reader linear model with liblinear: positives (the reader's papers) against
 * negatives, returning dense weights so scoring a candidate is one sparse dot product. With the
 * defaults it is scikit-learn's {@code LinearSVC(C=0.01, class_weight="balanced")} as
 * arxiv-sanity-lite uses it: L2-regularised squared hinge loss, dual solver, tol 1e-4, intercept.
 */
public final class LinearTrainer {
  static {
    Linear.disableDebugOutput();
  }

  /** Solver settings; {@link #ARXIV_SANITY} are arxiv-sanity-lite's. */
  public record Settings(SolverType solver, double c, boolean balanced, double eps) {}

  /** scikit-learn's LinearSVC tolerance (1e-4), as arxiv-sanity-lite runs it. */
  public static final Settings ARXIV_SANITY =
      new Settings(SolverType.L2R_L2LOSS_SVC_DUAL, 0.01, true, 1e-4);

  /** Learned weights over the features, and the intercept. */
  @SuppressWarnings("ArrayRecordComponent") // weights are read, never compared
  public record Weights(double[] w, double bias) {
    public double score(SparseVector x) {
      return x.dot(w) + bias;
    }
  }

  private final Settings settings;

  public LinearTrainer(Settings settings) {
    this.settings = settings;
  }

  /** liblinear's row form (1-based indices) of a sparse vector; convert once, train many times. */
  public static Feature[] toFeatures(SparseVector v) {
    Feature[] f = new Feature[v.size()];
    for (int i = 0; i < f.length; i++) {
      f[i] = new FeatureNode(v.indices()[i] + 1, v.values()[i]);
    }
    return f;
  }

  /** Trains on the given rows (liblinear form) with these labels; {@code dim} features. */
  public Weights train(Feature[][] rows, boolean[] positive, int dim) {
    int npos = 0;
    for (boolean p : positive) {
      npos += p ? 1 : 0;
    }
    if (npos == 0 || npos == positive.length) {
      throw new IllegalArgumentException("training needs both positives and negatives");
    }
    Problem problem = new Problem();
    problem.l = rows.length;
    problem.n = dim + 1;
    problem.bias = 1; // intercept, as LinearSVC's fit_intercept with intercept_scaling 1
    problem.x = new Feature[rows.length][];
    problem.y = new double[rows.length];
    FeatureNode biasNode = new FeatureNode(dim + 1, 1);
    for (int i = 0; i < rows.length; i++) {
      Feature[] r = new Feature[rows[i].length + 1];
      System.arraycopy(rows[i], 0, r, 0, rows[i].length);
      r[rows[i].length] = biasNode;
      problem.x[i] = r;
      problem.y[i] = positive[i] ? 1 : -1;
    }
    Parameter param = new Parameter(settings.solver(), settings.c(), settings.eps(), 1000);
    if (settings.balanced()) {
      // scikit-learn's "balanced": n / (classes * count of the class), multiplying C.
      int nneg = rows.length - npos;
      param.setWeights(
          new double[] {rows.length / (2.0 * npos), rows.length / (2.0 * nneg)}, new int[] {1, -1});
    }
    Model model = Linear.train(problem, param);
    double[] raw = model.getFeatureWeights();
    // liblinear orients the decision function toward its first label.
    double sign = model.getLabels()[0] == 1 ? 1 : -1;
    double[] w = new double[dim];
    for (int i = 0; i < dim; i++) {
      w[i] = sign * raw[i];
    }
    return new Weights(w, sign * raw[dim]);
  }
}

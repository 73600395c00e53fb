package org.paperradar.forecast;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;

/**
 * Science4Cast's link-prediction benchmark on a {@link ConceptGraph}: learn from the graph at t0
 * which unconnected pairs link by t1, then predict from the graph at t1 which link by t2. Training
 * pairs are new links of t0..t1 between eligible concepts (capped) plus uniform draws of pairs
 * unconnected at t0 (labelled as they turned out); test pairs are uniform draws only, so their
 * positive share is the real one. Baselines rank the same test pairs by preferential attachment,
 * common neighbours and Adamic–Adar.
 */
public final class LinkPredictionEval {
  /**
   * @param minDegree concepts with fewer links at the snapshot take no part
   * @param trainPositives at most this many new links to learn from
   * @param trainDraws uniform draws to learn from (mostly negatives, at the real share)
   * @param testPairs uniform test draws
   * @param snapshots training snapshots: t0, t0 - 1 window, … (each labelled as many windows before
   *     t1), so the model learns from graphs of several ages what carries over to a later one
   */
  public record Options(
      int minDegree,
      int trainPositives,
      int trainDraws,
      int testPairs,
      long seed,
      int snapshots,
      LinkModel.Params params) {
    public static final Options DEFAULT = new Options(5, 20_000, 100_000, 100_000, 42);

    public Options {
      if (snapshots < 1) {
        throw new IllegalArgumentException("need at least one training snapshot");
      }
    }

    public Options(int minDegree, int trainPositives, int trainDraws, int testPairs, long seed) {
      this(
          minDegree,
          trainPositives,
          trainDraws,
          testPairs,
          seed,
          DEFAULT_SNAPSHOTS,
          LinkModel.Params.DEFAULT);
    }
  }

  static final int DEFAULT_SNAPSHOTS = 1;

  /** Boundaries (each exclusive: the graph at t0 has what came before t0) and the window. */
  public record Split(LocalDate t0, LocalDate t1, LocalDate t2, int windowDays) {
    public Split {
      if (!t0.isBefore(t1) || !t1.isBefore(t2)) {
        throw new IllegalArgumentException("need t0 < t1 < t2, got " + t0 + ", " + t1 + ", " + t2);
      }
    }
  }

  /** What a run measured. */
  public record Result(
      int nodes,
      int edges,
      int papers,
      int eligibleTrain,
      int eligibleTest,
      int trainPairs,
      int trainPositives,
      int testPairs,
      int testPositives,
      Map<String, Double> auc,
      double seconds) {}

  public static final String MODEL = "xgboost";

  private LinkPredictionEval() {}

  public static Result run(ConceptGraph g, Split split, Options o) {
    long start = System.nanoTime();
    Random random = new Random(o.seed());
    int t0 = (int) split.t0().toEpochDay();
    int t1 = (int) split.t1().toEpochDay();
    int t2 = (int) split.t2().toEpochDay();
    LinkSampler sampler = new LinkSampler(g, o.minDegree());

    Trained trained = train(g, sampler, t0, t1, split.windowDays(), o, random);
    try (LinkModel model = trained.model()) {
      PairFeatures atT1 = PairFeatures.at(g, t1, split.windowDays());
      // Test pairs from their own generator: the same pairs whatever the training draws.
      LinkSampler.Pairs test =
          sampler.uniform(atT1.snapshot(), t2, o.testPairs(), new Random(o.seed() + 1));
      float[] x = atT1.rows(test.pairs());
      Map<String, Double> auc = new LinkedHashMap<>();
      auc.put(MODEL, RocAuc.of(model.predict(x, test.size()), test.labels()));
      auc.put("pref_attachment", RocAuc.of(column(x, PairFeatures.PREF_ATTACHMENT), test.labels()));
      auc.put(
          "common_neighbours", RocAuc.of(column(x, PairFeatures.COMMON_NEIGHBOURS), test.labels()));
      auc.put(
          "adamic_adar", RocAuc.of(column(x, PairFeatures.COMMON_NEIGHBOURS + 2), test.labels()));
      return new Result(
          g.nodeCount(),
          g.edgeCount(),
          g.paperCount(),
          trained.eligible(),
          sampler.eligible(atT1.snapshot()).length,
          trained.pairs().size(),
          trained.pairs().positives(),
          test.size(),
          test.positives(),
          auc,
          (System.nanoTime() - start) / 1e9);
    }
  }

  /** The model and what it learnt from. */
  record Trained(LinkModel model, LinkSampler.Pairs pairs, float[] features, int eligible) {}

  /**
   * Training reads the graph before t0 for features and links before t1 for labels, nothing later
   * (see ForecastLeakageTest).
   */
  static Trained train(
      ConceptGraph g, LinkSampler sampler, int t0, int t1, int window, Options o, Random random) {
    LinkSampler.Pairs pairs = new LinkSampler.Pairs(new long[0], new boolean[0]);
    float[] x = new float[0];
    int eligible = 0;
    for (int k = 0; k < o.snapshots(); k++) {
      int at = t0 - k * window;
      PairFeatures features = PairFeatures.at(g, at, window);
      LinkSampler.Pairs positives =
          sampler.newLinks(features.snapshot(), t1 - k * window, o.trainPositives(), random);
      LinkSampler.Pairs drawn =
          sampler.uniform(features.snapshot(), t1 - k * window, o.trainDraws(), random);
      LinkSampler.Pairs these = LinkSampler.concat(positives, drawn);
      float[] rows = features.rows(these.pairs());
      float[] joined = Arrays.copyOf(x, x.length + rows.length);
      System.arraycopy(rows, 0, joined, x.length, rows.length);
      x = joined;
      pairs = LinkSampler.concat(pairs, these);
      if (k == 0) {
        eligible = sampler.eligible(features.snapshot()).length;
      }
    }
    if (pairs.positives() == 0 || pairs.positives() == pairs.size()) {
      throw new IllegalStateException(
          "no new links (or no unlinked pairs) to learn from between the training boundaries");
    }
    return new Trained(
        LinkModel.train(x, pairs.labels(), o.seed(), o.params()), pairs, x, eligible);
  }

  /**
   * For tuning without looking at the test period: AUC on a random fifth of the training pairs of a
   * model trained on the other four fifths (features at T0 and before, labels before T1 only).
   */
  public static double validate(ConceptGraph g, Split split, Options o) {
    LinkSampler sampler = new LinkSampler(g, o.minDegree());
    int t0 = (int) split.t0().toEpochDay();
    int t1 = (int) split.t1().toEpochDay();
    Trained all = train(g, sampler, t0, t1, split.windowDays(), o, new Random(o.seed()));
    all.model().close();
    int n = all.pairs().size();
    Random r = new Random(o.seed() + 2);
    boolean[] held = new boolean[n];
    int heldCount = 0;
    for (int i = 0; i < n; i++) {
      held[i] = r.nextInt(5) == 0;
      heldCount += held[i] ? 1 : 0;
    }
    int w = PairFeatures.WIDTH;
    float[] fitX = new float[(n - heldCount) * w];
    boolean[] fitY = new boolean[n - heldCount];
    float[] valX = new float[heldCount * w];
    boolean[] valY = new boolean[heldCount];
    for (int i = 0, f = 0, v = 0; i < n; i++) {
      if (held[i]) {
        System.arraycopy(all.features(), i * w, valX, v * w, w);
        valY[v++] = all.pairs().labels()[i];
      } else {
        System.arraycopy(all.features(), i * w, fitX, f * w, w);
        fitY[f++] = all.pairs().labels()[i];
      }
    }
    try (LinkModel m = LinkModel.train(fitX, fitY, o.seed(), o.params())) {
      return RocAuc.of(m.predict(valX, heldCount), valY);
    }
  }

  static double[] column(float[] x, int f) {
    double[] c = new double[x.length / PairFeatures.WIDTH];
    for (int i = 0; i < c.length; i++) {
      c[i] = x[i * PairFeatures.WIDTH + f];
    }
    return c;
  }
}

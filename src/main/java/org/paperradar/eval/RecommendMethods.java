package org.paperradar.eval;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.BiFunction;
import org.paperradar.recommend.FeedScorer;
import org.paperradar.recommend.FusedScorer;
import org.paperradar.recommend.LinearTrainer;
import org.paperradar.recommend.NeighbourScorer;
import org.paperradar.recommend.PaperFeatures;
import org.paperradar.recommend.ProfileScorer;
import org.paperradar.recommend.RecommendSettings;
import org.paperradar.recommend.SvmScorer;
import org.paperradar.recommend.TfidfVectorizer;

/** The recommendation methods the evaluation knows, by name, sharing features between them. */
public final class RecommendMethods {
  public static final String BASELINE = "arxiv-sanity-svm";
  public static final String PRODUCT = "radar";

  private final RecommendEvaluation.Corpus corpus;
  private final Map<TfidfVectorizer.Settings, PaperFeatures> features = new HashMap<>();

  public RecommendMethods(RecommendEvaluation.Corpus corpus) {
    this.corpus = corpus;
  }

  public static final TfidfVectorizer.Settings WIDE = RecommendSettings.WIDE_TFIDF;

  public static List<String> names() {
    return List.of(
        PRODUCT,
        BASELINE,
        "knn3",
        "wide-knn1",
        "wide-knn3",
        "wide-knn5",
        "wide-svm",
        "wide-svm-sampled",
        "wide-lr-sampled",
        "wide-knn3+svm",
        "wide-knn3+lr",
        "wide-svm-fast",
        "radar-0.5",
        "radar-1");
  }

  public RecommendEvaluation.Method expect(String name) {
    return switch (name) {
      case PRODUCT -> {
        RecommendSettings s = RecommendSettings.defaults();
        yield method(
            name,
            new FeedScorer(features(s.features()), s),
            (pos, seed) -> sample(corpus.earlier(), pos, s.negatives(), seed));
      }
      case BASELINE -> svm(name, TfidfVectorizer.ARXIV_SANITY);
      case "knn3" -> knn(name, TfidfVectorizer.ARXIV_SANITY, 3);
      case "wide-knn1" -> knn(name, WIDE, 1);
      case "wide-knn3" -> knn(name, WIDE, 3);
      case "wide-knn5" -> knn(name, WIDE, 5);
      case "wide-svm" -> svm(name, WIDE);
      case "wide-svm-sampled" -> sampled(name, new SvmScorer(name, features(WIDE), SVM_SAMPLED));
      case "wide-lr-sampled" -> sampled(name, new SvmScorer(name, features(WIDE), LR_SAMPLED));
      case "wide-svm-fast" -> sampled(name, new SvmScorer(name, features(WIDE), SVM_FAST));
      case "radar-0.5" -> sampled(name, fused(name, 0.5));
      case "radar-1" -> sampled(name, fused(name, 1));
      case "wide-knn3+svm" ->
          sampled(
              name,
              new FusedScorer(
                  name,
                  List.of(
                      new FusedScorer.Part(new NeighbourScorer("knn", features(WIDE), 3), 1),
                      new FusedScorer.Part(
                          new SvmScorer("svm", features(WIDE), SVM_SAMPLED), FUSION_WEIGHT))));
      case "wide-knn3+lr" ->
          sampled(
              name,
              new FusedScorer(
                  name,
                  List.of(
                      new FusedScorer.Part(new NeighbourScorer("knn", features(WIDE), 3), 1),
                      new FusedScorer.Part(
                          new SvmScorer("lr", features(WIDE), LR_SAMPLED), FUSION_WEIGHT))));
      default ->
          throw new IllegalArgumentException(
              "unknown method '" + name + "'; known: " + String.join(", ", names()));
    };
  }

  public PaperFeatures features(TfidfVectorizer.Settings s) {
    return features.computeIfAbsent(s, k -> PaperFeatures.fit(corpus.papers(), k));
  }

  private RecommendEvaluation.Method svm(String name, TfidfVectorizer.Settings s) {
    PaperFeatures f = features(s);
    return method(
        name,
        new SvmScorer(name, f, LinearTrainer.ARXIV_SANITY),
        (pos, seed) -> RecommendEvaluation.allEarlierExcept(corpus.earlier(), pos));
  }

  static final LinearTrainer.Settings SVM_SAMPLED =
      new LinearTrainer.Settings(
          de.bwaldvogel.liblinear.SolverType.L2R_L2LOSS_SVC_DUAL, 0.1, true, 1e-4);
  static final LinearTrainer.Settings SVM_FAST =
      new LinearTrainer.Settings(
          de.bwaldvogel.liblinear.SolverType.L2R_L2LOSS_SVC_DUAL, 0.1, true, 0.1);
  static final LinearTrainer.Settings LR_SAMPLED =
      new LinearTrainer.Settings(de.bwaldvogel.liblinear.SolverType.L2R_LR, 1, true, 1e-4);
  static final double FUSION_WEIGHT = Double.parseDouble(System.getProperty("radar.fusion", "0.5"));
  static final int NEGATIVES = Integer.getInteger("radar.negatives", 5000);

  private ProfileScorer fused(String name, double weight) {
    return new FusedScorer(
        name,
        List.of(
            new FusedScorer.Part(new NeighbourScorer("knn", features(WIDE), 3), 1),
            new FusedScorer.Part(new SvmScorer("svm", features(WIDE), SVM_FAST), weight)));
  }

  private RecommendEvaluation.Method sampled(String name, ProfileScorer scorer) {
    return method(name, scorer, (pos, seed) -> sample(corpus.earlier(), pos, NEGATIVES, seed));
  }

  private RecommendEvaluation.Method knn(String name, TfidfVectorizer.Settings s, int k) {
    return method(name, new NeighbourScorer(name, features(s), k), (pos, seed) -> new int[0]);
  }

  /** Sampled background negatives (Scholar Inbox's approach), seeded per user. */
  static int[] sample(int[] earlier, int[] positives, int n, long seed) {
    SplittableRandom rnd = new SplittableRandom(seed);
    int[] all = RecommendEvaluation.allEarlierExcept(earlier, positives);
    int m = Math.min(n, all.length);
    for (int i = 0; i < m; i++) {
      int j = i + rnd.nextInt(all.length - i);
      int t = all[i];
      all[i] = all[j];
      all[j] = t;
    }
    return java.util.Arrays.copyOf(all, m);
  }

  private static RecommendEvaluation.Method method(
      String name, ProfileScorer scorer, BiFunction<int[], Long, int[]> negatives) {
    return new RecommendEvaluation.Method() {
      @Override
      public String name() {
        return name;
      }

      @Override
      public ProfileScorer scorer() {
        return scorer;
      }

      @Override
      public int[] negatives(int[] positives, long seed) {
        return negatives.apply(positives, seed);
      }
    };
  }
}

package org.paperradar.recommend;

/**
 * The product's ranking of candidates for one reader, shared by the recommender and its evaluation:
 * the standardised top-k neighbour similarity, plus {@code modelWeight ×} the standardised margin
 * of the reader's linear model, minus a penalty for resembling a disliked paper.
 */
public final class FeedScorer implements ProfileScorer {
  /** Each ingredient per candidate, and the total. */
  @SuppressWarnings("ArrayRecordComponent") // score arrays are read, never compared
  public record Scores(double[] knn, double[] model, double[] dislike, double[] total) {}

  private final PaperFeatures features;
  private final RecommendSettings settings;
  private final NeighbourScorer neighbours;
  private final SvmScorer model;

  public FeedScorer(PaperFeatures features, RecommendSettings settings) {
    this.features = features;
    this.settings = settings;
    this.neighbours = new NeighbourScorer("knn", features, settings.neighbours());
    this.model = new SvmScorer("model", features, settings.model());
  }

  @Override
  public String name() {
    return "radar";
  }

  /** The reader's model: positives against the negatives (dislikes and background papers). */
  public LinearTrainer.Weights train(Profile profile) {
    return model.train(profile);
  }

  @Override
  public double[] score(Profile profile, int[] candidates) {
    LinearTrainer.Weights w = settings.modelWeight() > 0 ? train(profile) : null;
    return score(profile.positives(), new int[0], w, candidates).total();
  }

  /** Scores with an already trained model ({@code null} when the model weight is 0). */
  public Scores score(int[] positives, int[] dislikes, LinearTrainer.Weights w, int[] candidates) {
    int n = candidates.length;
    double[] knn = neighbours.score(positives, neighbours.indexFor(candidates));
    double[] total = FusedScorer.standardise(knn);
    double[] margin = new double[n];
    if (w != null) {
      for (int i = 0; i < n; i++) {
        margin[i] = w.score(features.row(candidates[i]));
      }
      double[] z = FusedScorer.standardise(margin);
      for (int i = 0; i < n; i++) {
        total[i] += settings.modelWeight() * z[i];
      }
    }
    double[] penalty = new double[n];
    for (int d : dislikes) {
      SparseVector dv = features.row(d);
      for (int i = 0; i < n; i++) {
        penalty[i] = Math.max(penalty[i], features.row(candidates[i]).dot(dv));
      }
    }
    for (int i = 0; i < n; i++) {
      total[i] -= settings.dislikePenalty() * penalty[i] / 0.1; // a 0.1 cosine costs the weight
    }
    return new Scores(knn, margin, penalty, total);
  }
}

package org.paperradar.recommend;

import de.bwaldvogel.liblinear.SolverType;

/**
 * How the recommender works, with measured defaults (see {@code radar eval recommend} in the
 * README): wide tf-idf features, the mean of the top-3 similarities to the reader's papers fused
 * with a per-reader logistic regression, candidates from the last week of announcements.
 *
 * @param features tf-idf settings (title + abstract)
 * @param neighbours k in the top-k mean similarity to the reader's papers
 * @param model the per-reader classifier (liblinear)
 * @param modelWeight weight of the classifier's z-score next to the neighbours' (0 = off)
 * @param negatives background papers sampled as negatives, besides the reader's dislikes
 * @param dislikePenalty weight of the similarity to the closest disliked paper, subtracted
 * @param windowDays candidate window: announcements of the last N days in the store
 * @param mmrLambda relevance share in the diversity re-rank (MMR), when asked for
 * @param explainPapers own papers shown in an explanation
 * @param explainTerms shared terms shown in an explanation
 */
public record RecommendSettings(
    TfidfVectorizer.Settings features,
    int neighbours,
    LinearTrainer.Settings model,
    double modelWeight,
    int negatives,
    double dislikePenalty,
    int windowDays,
    double mmrLambda,
    int explainPapers,
    int explainTerms) {

  public static final TfidfVectorizer.Settings WIDE_TFIDF =
      new TfidfVectorizer.Settings(2_000_000, 2, 0.1, true, true);

  public static RecommendSettings defaults() {
    return new RecommendSettings(
        WIDE_TFIDF,
        3,
        new LinearTrainer.Settings(SolverType.L2R_L2LOSS_SVC_DUAL, 0.1, true, 0.1),
        0.5,
        2000,
        0.5,
        7,
        0.7,
        2,
        5);
  }

  public RecommendSettings withWindowDays(int days) {
    return new RecommendSettings(
        features,
        neighbours,
        model,
        modelWeight,
        negatives,
        dislikePenalty,
        days,
        mmrLambda,
        explainPapers,
        explainTerms);
  }
}

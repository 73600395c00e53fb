package org.paperradar.forecast;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LinkPredictionEvalTest {
  @TempDir Path dir;

  @Test
  void modelAndBaselinesOnASyntheticCorpus() throws Exception {
    Path corpus = SyntheticCorpus.write(dir, 100);
    GraphBuilder b = new GraphBuilder(ConceptMatcher.of(SyntheticCorpus.concepts()));
    GraphBuilder.forEachPaper(corpus, b::add);
    var split =
        new LinkPredictionEval.Split(
            LocalDate.of(2003, 1, 1), LocalDate.of(2005, 1, 1), LocalDate.of(2007, 1, 1), 365);
    var r =
        LinkPredictionEval.run(
            b.graph(), split, new LinkPredictionEval.Options(3, 2000, 2000, 3000, 5));
    assertThat(r.testPositives()).isPositive();
    assertThat(r.auc()).containsKeys("xgboost", "pref_attachment", "common_neighbours");
    // Clusters make shared neighbours telling; the model must learn that much from the features.
    assertThat(r.auc().get("common_neighbours")).as("auc " + r.auc()).isGreaterThan(0.7);
    assertThat(r.auc().get("xgboost")).as("auc " + r.auc()).isGreaterThan(0.7);
  }

  @Test
  void rocAucByRanksWithTies() {
    assertThat(
            RocAuc.of(new double[] {0.1, 0.4, 0.35, 0.8}, new boolean[] {false, false, true, true}))
        .isEqualTo(0.75);
    assertThat(RocAuc.of(new double[] {1, 1, 1, 1}, new boolean[] {false, true, false, true}))
        .isEqualTo(0.5);
    assertThat(RocAuc.of(new double[] {1, 2}, new boolean[] {true, true})).isNaN();
  }

  @Test
  void keyphrasesAreRunsBetweenStopWords() {
    var runs =
        Keyphrases.candidates(
            ConceptText.tokens("We study the moduli spaces of Calabi-Yau manifolds, and show it."));
    assertThat(runs).containsExactly("moduli space", "calabi yau manifold");
  }
}

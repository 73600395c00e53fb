package org.paperradar.forecast;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperradar.paper.Paper;

/**
 * Training must see nothing of the test period: features come from before t0 and labels from before
 * t1. Proof by removal: a graph without any paper from t1 on gives the very same training pairs,
 * features and labels as the full graph.
 */
class ForecastLeakageTest {
  @TempDir Path dir;

  private static final LocalDate T0 = LocalDate.of(2004, 1, 1);
  private static final LocalDate T1 = LocalDate.of(2006, 1, 1);

  private ConceptGraph graph(Path corpus, LocalDate before) throws Exception {
    GraphBuilder b = new GraphBuilder(ConceptMatcher.of(SyntheticCorpus.concepts()));
    GraphBuilder.forEachPaper(
        corpus,
        (Paper p) -> {
          if (before == null || p.date().isBefore(before)) {
            b.add(p);
          }
        });
    return b.graph();
  }

  @Test
  void noEdgeFromTheTestPeriodReachesTraining() throws Exception {
    trainingIsBlindToTheTestPeriod(1);
  }

  /** Earlier snapshots (t0 - k years, labelled by t1 - k years) see no more than t0's. */
  @Test
  void noEdgeFromTheTestPeriodReachesTrainingOnSeveralSnapshots() throws Exception {
    trainingIsBlindToTheTestPeriod(3);
  }

  private void trainingIsBlindToTheTestPeriod(int snapshots) throws Exception {
    Path corpus = SyntheticCorpus.write(dir, 100);
    ConceptGraph full = graph(corpus, null);
    ConceptGraph past = graph(corpus, T1);
    assertThat(full.edgeCount()).isGreaterThan(past.edgeCount()); // the test period adds links

    int t0 = (int) T0.toEpochDay();
    int t1 = (int) T1.toEpochDay();
    var o = new LinkPredictionEval.Options(3, 500, 1000, 0, 1, snapshots, LinkModel.Params.DEFAULT);
    var a = LinkPredictionEval.train(full, new LinkSampler(full, 3), t0, t1, 365, o, new Random(1));
    var b = LinkPredictionEval.train(past, new LinkSampler(past, 3), t0, t1, 365, o, new Random(1));
    try (var ma = a.model();
        var mb = b.model()) {
      assertThat(a.pairs().pairs()).isEqualTo(b.pairs().pairs());
      assertThat(a.pairs().labels()).isEqualTo(b.pairs().labels());
      assertThat(a.features()).isEqualTo(b.features());
      assertThat(a.pairs().positives()).isPositive();
      // And the same model: the same scores on the same rows.
      assertThat(ma.predict(a.features(), a.pairs().size()))
          .isEqualTo(mb.predict(b.features(), b.pairs().size()));
    }
  }

  @Test
  void snapshotAndFeaturesIgnoreLaterEdgesAndPapers() throws Exception {
    Path corpus = SyntheticCorpus.write(dir, 100);
    ConceptGraph full = graph(corpus, null);
    ConceptGraph upToT0 = graph(corpus, T0);
    int t0 = (int) T0.toEpochDay();
    GraphSnapshot s = GraphSnapshot.before(full, t0);
    assertThat(s.edgeCount()).isEqualTo(upToT0.edgeCount());
    // Every feature, the windowed ones (degrees, papers and common neighbours a year and two back,
    // growth, age) and the weighted ones (cosine of co-occurrence counts) included.
    long[] pairs = new long[30 * 29 / 2];
    for (int a = 0, i = 0; a < 30; a++) {
      for (int b = a + 1; b < 30; b++) {
        pairs[i++] = ConceptGraph.pair(a, b * 3);
      }
    }
    assertThat(PairFeatures.at(full, t0, 365).rows(pairs))
        .isEqualTo(PairFeatures.at(upToT0, t0, 365).rows(pairs));
  }
}

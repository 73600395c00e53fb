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
    Path corpus = SyntheticCorpus.write(dir, 100);
    ConceptGraph full = graph(corpus, null);
    ConceptGraph past = graph(corpus, T1);
    assertThat(full.edgeCount()).isGreaterThan(past.edgeCount()); // the test period adds links

    int t0 = (int) T0.toEpochDay();
    int t1 = (int) T1.toEpochDay();
    var o = new LinkPredictionEval.Options(3, 500, 1000, 0, 1);
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
    long[] pairs = {ConceptGraph.pair(0, 1), ConceptGraph.pair(3, 40), ConceptGraph.pair(2, 89)};
    assertThat(PairFeatures.at(full, t0, 365).rows(pairs))
        .isEqualTo(PairFeatures.at(upToT0, t0, 365).rows(pairs));
  }
}

package org.paperradar.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperradar.embed.ToyEncoder;
import org.paperradar.search.SearchMode;

/** Both evaluations end to end on the small cuts, with the deterministic toy encoder. */
class EvalRunnerTest {
  private static final List<SearchMode> ALL =
      List.of(SearchMode.LEXICAL, SearchMode.SEMANTIC, SearchMode.HYBRID);

  static Map<String, Double> byKey(RankingEvaluation.Result r) {
    return r.figures().stream()
        .collect(
            Collectors.toMap(f -> f.method() + " " + f.metric(), RegressionTable.Figure::value));
  }

  @Test
  void searchEvaluationScoresEveryModeOnTheSameQueries(@TempDir Path dir) throws Exception {
    EvalData.Dataset d = EvalData.nfcorpus(EvalDataTest.resource("nfcorpus-mini"));
    ToyEncoder toy = new ToyEncoder(64);
    EvalRunner runner =
        new EvalRunner(toy, VectorCache.open(dir, d.name(), toy.modelId()), n -> {});
    Map<String, Double> f = byKey(runner.search(d, ALL));
    for (String mode : List.of("lexical", "semantic", "hybrid")) {
      assertThat(f.get(mode + " queries")).isEqualTo(3.0);
      assertThat(f.get(mode + " ndcg@10")).isBetween(0.0, 1.0);
      assertThat(f.get(mode + " recall@100")).isBetween(0.0, 1.0);
    }
    // Every judged document of the cut is in its 38-document corpus and kNN returns up to 100:
    // semantic (and so hybrid) recall is 1; BM25 returns only documents sharing a query word.
    assertThat(f.get("semantic recall@100")).isCloseTo(1.0, within(1e-9));
    assertThat(f.get("hybrid recall@100")).isCloseTo(1.0, within(1e-9));
    assertThat(f.get("lexical recall@100")).isLessThan(1.0);
    assertThat(f.get("lexical ndcg@10")).isGreaterThan(0.3);
  }

  @Test
  void similarEvaluationReranksEachPoolPerFacet(@TempDir Path dir) throws Exception {
    EvalData.Dataset d = EvalData.csfcube(EvalDataTest.resource("csfcube-mini"));
    ToyEncoder toy = new ToyEncoder(64);
    EvalRunner runner =
        new EvalRunner(toy, VectorCache.open(dir, d.name(), toy.modelId()), n -> {});
    Map<String, Double> f = byKey(runner.similar(d, ALL));
    assertThat(f)
        .containsKeys(
            "lexical map", "lexical ndcg@20", "hybrid map/method", "semantic ndcg@20/background");
    assertThat(f.values()).allSatisfy(v -> assertThat(v).isBetween(0.0, 1.0));
    // The whole pool is ranked, so NDCG@20 over 8 candidates is never 0 when some are relevant.
    assertThat(f.get("hybrid ndcg@20")).isGreaterThan(0.0);
  }

  @Test
  void vectorsAreCachedAcrossRuns(@TempDir Path dir) throws Exception {
    EvalData.Dataset d = EvalData.nfcorpus(EvalDataTest.resource("nfcorpus-mini"));
    int[] encoded = new int[1];
    ToyEncoder toy = new ToyEncoder(64);
    org.paperradar.embed.TextEncoder counting =
        new org.paperradar.embed.TextEncoder() {
          @Override
          public String modelId() {
            return toy.modelId();
          }

          @Override
          public int dimension() {
            return toy.dimension();
          }

          @Override
          public List<float[]> encode(List<String> texts) {
            encoded[0] += texts.size();
            return toy.encode(texts);
          }
        };
    new EvalRunner(counting, VectorCache.open(dir, d.name(), "toy"), n -> {})
        .search(d, List.of(SearchMode.SEMANTIC));
    int first = encoded[0];
    new EvalRunner(counting, VectorCache.open(dir, d.name(), "toy"), n -> {})
        .search(d, List.of(SearchMode.SEMANTIC));
    assertThat(first).isGreaterThanOrEqualTo(38);
    assertThat(encoded[0] - first).as("documents encoded again").isEqualTo(3); // only the 3 queries
  }
}

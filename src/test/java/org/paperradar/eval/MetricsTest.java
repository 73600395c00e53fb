package org.paperradar.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MetricsTest {
  private static final List<String> RANKED = List.of("a", "b", "c");

  @Test
  void ndcgUsesLinearGainsAndTheIdealOfAllJudgedDocs() {
    Map<String, Integer> grades = Map.of("a", 1, "c", 2, "d", 1, "e", 0);
    // dcg = 1/log2(2) + 2/log2(4) = 2; idcg = 2 + 1/log2(3) + 1/log2(4) = 3.1309
    assertThat(Metrics.ndcg(RANKED, grades, 3))
        .isCloseTo(2 / (2 + 1 / (Math.log(3) / Math.log(2)) + 0.5), within(1e-9));
    assertThat(Metrics.ndcg(List.of("c", "a", "d"), grades, 3)).isCloseTo(1.0, within(1e-9));
    assertThat(Metrics.ndcg(RANKED, Map.of("z", 1), 10)).isZero();
    assertThat(Metrics.ndcg(RANKED, Map.of(), 10)).isZero();
  }

  @Test
  void recallApAndRr() {
    Set<String> rel = Set.of("a", "c", "d");
    assertThat(Metrics.recall(RANKED, rel, 2)).isCloseTo(1 / 3.0, within(1e-9));
    assertThat(Metrics.recall(RANKED, rel, 100)).isCloseTo(2 / 3.0, within(1e-9));
    assertThat(Metrics.averagePrecision(RANKED, rel)).isCloseTo((1 + 2 / 3.0) / 3, within(1e-9));
    assertThat(Metrics.reciprocalRank(List.of("b", "a"), Set.of("a"))).isEqualTo(0.5);
    assertThat(Metrics.reciprocalRank(List.of("b"), Set.of("a"))).isZero();
    assertThat(Metrics.relevant(Map.of("a", 1, "b", 2, "c", 3), 2))
        .containsExactlyInAnyOrder("b", "c");
  }
}

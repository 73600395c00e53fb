package org.paperradar.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class RegressionTableTest {
  private static final String TABLE =
      "# task dataset method metric expected tolerance\n"
          + "search\tnfcorpus\tlexical\tndcg@10\t0.3200\t0.0050\n"
          + "search\tnfcorpus\tlexical\trecall@100\t0.2300\t0.0050\n"
          + "search\tnfcorpus\thybrid\tndcg@10\t0.3500\t0.0050\n"
          + "similar\tcsfcube\thybrid\tmap\t0.4000\t0.0050\n";

  @Test
  void figuresWithinToleranceDoNotDrift() {
    RegressionTable t = RegressionTable.parse(TABLE, "test");
    List<RegressionTable.Figure> got =
        List.of(
            new RegressionTable.Figure("search", "nfcorpus", "lexical", "ndcg@10", 0.3249),
            new RegressionTable.Figure("search", "nfcorpus", "lexical", "recall@100", 0.2310),
            new RegressionTable.Figure("search", "nfcorpus", "hybrid", "ndcg@10", 0.3455));
    assertThat(t.verify("search", "nfcorpus", got)).isEmpty();
  }

  @Test
  void driftAndMissingFiguresAreReported() {
    RegressionTable t = RegressionTable.parse(TABLE, "test");
    List<RegressionTable.Figure> got =
        List.of(new RegressionTable.Figure("search", "nfcorpus", "lexical", "ndcg@10", 0.3100));
    List<RegressionTable.Drift> d = t.verify("search", "nfcorpus", got);
    assertThat(d).hasSize(2);
    assertThat(d.get(0).toString()).contains("expected 0.3200").contains("measured 0.3100");
    // recall@100 of the method that was run is missing; hybrid was not run, so is not judged.
    assertThat(d.get(1).toString()).contains("lexical recall@100").contains("measured nothing");
  }

  @Test
  void aMalformedRowSaysWhere() {
    assertThatThrownBy(() -> RegressionTable.parse("search\tx\t1\n", "table.tsv"))
        .hasMessageContaining("table.tsv:1");
  }
}

package org.paperradar.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperradar.cli.RadarCliRunner;
import org.paperradar.testing.SharedData;

/**
 * The recommendation rows of the regression table, verified on the first 100 dev users (all 2,000
 * take about half an hour on 2 cores, most of it the baseline's SVMs; those rows are verified by
 * hand with the command in the README).
 */
@Tag("integration")
class EvalRecommendIT {

  @Test
  void authorTemporalFiguresOfTheFirstHundredUsersMatchTheTable(@TempDir Path data) {
    Path file = SharedData.require("data/eval/recommend/authors-dev.jsonl");
    RadarCliRunner.Result r =
        RadarCliRunner.run(
            "--data",
            data.toString(),
            "-q",
            "eval",
            "recommend",
            file.toString(),
            "--users",
            "100",
            "--json",
            "--verify");
    assertThat(r.code()).as(r.out() + r.err()).isZero();
    assertThat(r.err()).contains("within tolerance");
    // One JSON object per method, the product's and the baseline's.
    assertThat(r.out().lines())
        .hasSize(2)
        .anySatisfy(l -> assertThat(l).contains("\"method\":\"radar\"", "\"ms_per_user\""))
        .anySatisfy(l -> assertThat(l).contains("\"method\":\"arxiv-sanity-svm\""));
  }
}

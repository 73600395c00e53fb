package org.paperradar.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperradar.cli.RadarCliRunner;
import org.paperradar.testing.SharedData;

/**
 * The regression table of {@code src/main/resources/eval/regressions.tsv}, verified on the real dev
 * sets with the default model (the bge rows are verified by hand: embedding with it takes minutes
 * on 2 cores).
 */
@Tag("integration")
class EvalRegressionIT {

  @Test
  void nfcorpusFiguresMatchTheTable(@TempDir Path data) {
    Path dir = SharedData.require("data/eval/nfcorpus/queries.tsv").getParent();
    RadarCliRunner.Result r =
        RadarCliRunner.run(
            "--data",
            data.toString(),
            "-q",
            "eval",
            "search",
            "--dataset",
            "nfcorpus",
            "--verify",
            dir.toString());
    assertThat(r.code()).as(r.out() + r.err()).isZero();
    assertThat(r.err()).contains("within tolerance");
  }

  @Test
  void csfcubeFiguresMatchTheTable(@TempDir Path data) {
    Path dir = SharedData.require("data/eval/csfcube/queries.tsv").getParent();
    RadarCliRunner.Result r =
        RadarCliRunner.run(
            "--data",
            data.toString(),
            "-q",
            "eval",
            "similar",
            "--dataset",
            "csfcube",
            "--verify",
            dir.toString());
    assertThat(r.code()).as(r.out() + r.err()).isZero();
    assertThat(r.err()).contains("within tolerance");
  }
}

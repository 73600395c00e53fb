package org.paperradar.forecast;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperradar.cli.RadarCliRunner;
import org.paperradar.testing.SharedData;

/** The hep-th forecast rows of the regression table, on the real file (about 60 s on 2 cores). */
@Tag("integration")
class ForecastEvalIT {
  @Test
  void hepthFiguresMatchTheTable(@TempDir Path data) {
    Path corpus = SharedData.require("data/hepth/hepth-1992-2003.jsonl.gz");
    RadarCliRunner.Result r =
        RadarCliRunner.run(
            "--data",
            data.toString(),
            "-q",
            "forecast",
            "eval",
            "--corpus",
            corpus.toString(),
            "--train",
            "1997:2000",
            "--test",
            "2000:2003",
            "--verify");
    assertThat(r.code()).as(r.out() + r.err()).isZero();
    assertThat(r.err()).contains("within tolerance");
  }
}

package org.paperradar.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code radar embed} with the real default model, on a few papers. */
class EmbedCommandTest {
  @Test
  void embedsIncrementallyAndReportsCoverage(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("daily.jsonl");
    try (InputStream in = getClass().getResourceAsStream("/fixtures/arxiv-daily-200.jsonl")) {
      Files.copy(in, file);
    }
    String data = dir.resolve("d").toString();
    assertThat(RadarCliTest.radar("--data", data, "-q", "ingest", file.toString()).code()).isZero();

    var first = RadarCliTest.radar("--data", data, "-q", "embed", "--limit", "12");
    assertThat(first.code()).as(first.err()).isZero();
    assertThat(first.out())
        .contains("embedded 12 of 200 pending papers with all-minilm-l6-v2-q")
        .contains("docs/s")
        .contains("embeddings incomplete: 12 of 200 papers");

    var second =
        RadarCliTest.radar(
            "--data", data, "-q", "embed", "--limit", "5", "--batch-size", "2", "--threads", "1");
    assertThat(second.out()).contains("embedded 5 of 188 pending");

    var unknown = RadarCliTest.radar("--data", data, "embed", "--model", "nope");
    assertThat(unknown.code()).isEqualTo(RadarCli.ERROR);
    assertThat(unknown.err()).contains("unknown model 'nope'");
  }
}

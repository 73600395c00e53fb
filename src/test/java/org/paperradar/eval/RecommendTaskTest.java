package org.paperradar.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperradar.cli.RadarCliRunner;

class RecommendTaskTest {
  static final String HEADER =
      "{\"task\": \"author-temporal\", \"corpus\": \"papers.jsonl\","
          + " \"candidates\": {\"date_from\": \"2026-06-16\"}, \"users\": 1}\n";

  static Path task(Path dir, String users) throws Exception {
    try (InputStream in = RecommendTaskTest.class.getResourceAsStream("/recommend/papers.jsonl")) {
      Files.copy(in, dir.resolve("papers.jsonl"));
    }
    Path file = dir.resolve("task.jsonl");
    Files.writeString(file, HEADER + users);
    return file;
  }

  @Test
  void readsHeaderUsersAndFindsTheCorpusBesideTheFile(@TempDir Path dir) throws Exception {
    Path file =
        task(
            dir,
            "{\"user\": \"Ada Vision\", \"profile\": [\"2606.00101\", \"2606.00102\"],"
                + " \"positives\": [\"2606.00201\", \"2606.00202\"]}\n");
    RecommendTask t = RecommendTask.read(file);
    assertThat(t.corpus()).isEqualTo(dir.resolve("papers.jsonl"));
    assertThat(t.dateFrom()).isEqualTo(LocalDate.of(2026, 6, 16));
    assertThat(t.users()).hasSize(1);
    assertThat(t.users().get(0).positives()).containsExactly("2606.00201", "2606.00202");
  }

  @Test
  void badLinesAreReportedWithTheirPosition(@TempDir Path dir) throws Exception {
    Path file = task(dir, "{\"user\": \"x\", \"profile\": []}\n");
    assertThatThrownBy(() -> RecommendTask.read(file))
        .hasMessageContaining("task.jsonl:2")
        .hasMessageContaining("profile and positives");
    Files.writeString(file, HEADER + "{not json\n");
    assertThatThrownBy(() -> RecommendTask.read(file)).hasMessageContaining(":2: not JSON");
  }

  /** The whole command on a 16-paper corpus: one JSON object per method, with every field. */
  @Test
  void evalRecommendPrintsOneJsonObjectPerMethod(@TempDir Path dir) throws Exception {
    Path file =
        task(
            dir,
            "{\"user\": \"Ada Vision\", \"profile\": [\"2606.00101\", \"2606.00102\","
                + " \"2606.00103\"], \"positives\": [\"2606.00201\"]}\n");
    RadarCliRunner.Result r =
        RadarCliRunner.run(
            "--data",
            dir.resolve("data").toString(),
            "-q",
            "eval",
            "recommend",
            file.toString(),
            "--json",
            "--methods",
            "radar,arxiv-sanity-svm,knn3");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.err()).contains("16 papers (10 candidates from 2026-06-16)");
    assertThat(r.out().lines())
        .hasSize(3)
        .allSatisfy(
            l ->
                assertThat(l)
                    .contains(
                        "\"ndcg@10\":",
                        "\"recall@100\":",
                        "\"mrr\":",
                        "\"users\":1",
                        "ms_per_user"));
    RadarCliRunner.Result bad =
        RadarCliRunner.run(
            "--data", dir.toString(), "eval", "recommend", file.toString(), "--methods", "nope");
    assertThat(bad.code()).isNotZero();
    assertThat(bad.err()).contains("unknown method 'nope'");
  }
}

package org.paperradar.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code radar eval} with the real default model on the small cuts: JSON shape and --verify. */
class EvalCommandTest {
  static String dir(String name) throws Exception {
    return Path.of(EvalCommandTest.class.getResource("/eval/" + name + "/queries.tsv").toURI())
        .getParent()
        .toString();
  }

  @Test
  void searchPrintsAllModesSideBySideAndVerifyFailsOnDrift(@TempDir Path data) throws Exception {
    RadarCliRunner.Result r =
        RadarCliTest.radar(
            "--data",
            data.toString(),
            "-q",
            "eval",
            "search",
            "--dataset",
            "nfcorpus",
            "--json",
            dir("nfcorpus-mini"));
    assertThat(r.code()).as(r.err()).isZero();
    JsonNode j = new ObjectMapper().readTree(r.out());
    assertThat(j.get("task").asText()).isEqualTo("search");
    assertThat(j.get("results")).hasSize(3);
    assertThat(j.get("results").get(0).get("method").asText()).isEqualTo("lexical");
    assertThat(j.get("results").get(2).get("method").asText())
        .isEqualTo("hybrid@all-minilm-l6-v2-q");
    double lexical = j.get("results").get(0).get("ndcg@10").asDouble();

    Path table = data.resolve("table.tsv");
    Files.writeString(
        table,
        String.format(
            java.util.Locale.ROOT, "search\tnfcorpus\tlexical\tndcg@10\t%.4f\t0.0010%n", lexical));
    RadarCliRunner.Result ok =
        RadarCliTest.radar(
            "--data",
            data.toString(),
            "-q",
            "eval",
            "search",
            "--dataset",
            "nfcorpus",
            "--modes",
            "lexical",
            "--verify",
            "--table",
            table.toString(),
            dir("nfcorpus-mini"));
    assertThat(ok.code()).as(ok.err()).isZero();
    assertThat(ok.err()).contains("within tolerance");

    Files.writeString(table, "search\tnfcorpus\tlexical\tndcg@10\t0.9999\t0.0010\n");
    RadarCliRunner.Result drift =
        RadarCliTest.radar(
            "--data",
            data.toString(),
            "-q",
            "eval",
            "search",
            "--dataset",
            "nfcorpus",
            "--modes",
            "lexical",
            "--verify",
            "--table",
            table.toString(),
            dir("nfcorpus-mini"));
    assertThat(drift.code()).isEqualTo(RadarCli.ERROR);
    assertThat(drift.err()).contains("DRIFT search nfcorpus lexical ndcg@10: expected 0.9999");
  }

  @Test
  void similarReportsPerFacet(@TempDir Path data) throws Exception {
    RadarCliRunner.Result r =
        RadarCliTest.radar(
            "--data",
            data.toString(),
            "-q",
            "eval",
            "similar",
            "--dataset",
            "csfcube",
            dir("csfcube-mini"));
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out())
        .contains("similar csfcube")
        .contains("map/method")
        .contains("ndcg@20/background");
  }

  @Test
  void anUnknownDatasetIsAUsageError(@TempDir Path data) throws Exception {
    RadarCliRunner.Result r =
        RadarCliTest.radar(
            "--data",
            data.toString(),
            "eval",
            "search",
            "--dataset",
            "msmarco",
            dir("nfcorpus-mini"));
    assertThat(r.code()).isEqualTo(RadarCli.USAGE);
    assertThat(r.err()).contains("unknown dataset 'msmarco'");
  }
}

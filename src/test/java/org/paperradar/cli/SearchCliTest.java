package org.paperradar.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperradar.index.PaperIndex;
import org.paperradar.search.EncoderProvider;

/** {@code radar index/search/similar} in-process, with toy vectors. */
class SearchCliTest {
  @TempDir static Path dir;
  static String data;

  static RadarCliRunner.Result radar(EncoderProvider enc, String... args) {
    return RadarCliRunner.run(RadarCli.commandLine(enc), args);
  }

  static RadarCliRunner.Result radar(String... args) {
    return radar(EncoderProvider.TOY, args);
  }

  @BeforeAll
  static void ingest() throws Exception {
    Path file = dir.resolve("daily.jsonl");
    try (InputStream in =
        SearchCliTest.class.getResourceAsStream("/fixtures/arxiv-daily-200.jsonl")) {
      Files.copy(in, file);
    }
    data = dir.resolve("data").toString();
    RadarCliRunner.Result r = radar("--data", data, "-q", "ingest", file.toString());
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).contains("index: updated 200 papers (200 with vectors)");
  }

  @Test
  void searchPrintsJsonWithScoreParts() throws Exception {
    RadarCliRunner.Result r =
        radar(
            "--data", data, "search", "prosthetic vision", "--mode", "hybrid", "-n", "3", "--json");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.err()).isEmpty();
    JsonNode arr = new ObjectMapper().readTree(r.out());
    assertThat(arr).hasSize(3);
    JsonNode first = arr.get(0);
    assertThat(first.get("id").asText()).isEqualTo("2503.11677");
    assertThat(first.get("date").asText()).isEqualTo("2025-03-18");
    assertThat(first.get("categories").get(0).asText()).isEqualTo("cs.HC");
    assertThat(first.get("authors").get(0).asText()).isEqualTo("Jungyeon Park");
    assertThat(first.get("parts").findValuesAsText("name")).containsExactly("bm25", "knn", "rrf");
    assertThat(first.get("parts").get(0).get("rank").asInt()).isEqualTo(1);
  }

  @Test
  void searchPrintsRankedLinesWithFilters() {
    RadarCliRunner.Result r =
        radar(
            "--data",
            data,
            "search",
            "diffusion",
            "--mode",
            "lexical",
            "--category",
            "cs.RO",
            "--from",
            "2025-03-01",
            "--to",
            "2025-03-31",
            "-n",
            "2");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out())
        .startsWith("  1. 2503.11999       2025-03-18  Diffusion Dynamics Models")
        .contains("  2. 2503.12170 ")
        .contains("bm25 ");
  }

  @Test
  void badOptionsAreUsageErrors() {
    RadarCliRunner.Result date = radar("--data", data, "search", "x", "--from", "2025-13-01");
    assertThat(date.code()).isEqualTo(RadarCli.USAGE);
    assertThat(date.err()).contains("--from").contains("2025-13-01");
    RadarCliRunner.Result n = radar("--data", data, "search", "x", "-n", "0");
    assertThat(n.code()).isEqualTo(RadarCli.USAGE);
    assertThat(n.err()).contains("-n must be 1..10000, was 0");
    RadarCliRunner.Result mode = radar("--data", data, "search", "x", "--mode", "fuzzy");
    assertThat(mode.code()).isEqualTo(RadarCli.USAGE);
    assertThat(mode.err()).contains("unknown search mode 'fuzzy'");
    RadarCliRunner.Result order =
        radar("--data", data, "search", "x", "--from", "2025-03-02", "--to", "2025-03-01");
    assertThat(order.code()).isEqualTo(RadarCli.USAGE);
    assertThat(radar("--data", data, "similar", "2503.11677", "-n", "-1").code())
        .isEqualTo(RadarCli.USAGE);
  }

  @Test
  void aMalformedQueryFailsWithOneLineAndLiteralSearchesIt() {
    RadarCliRunner.Result r = radar("--data", data, "search", "\"prosthetic vision");
    assertThat(r.code()).isEqualTo(RadarCli.ERROR);
    assertThat(r.err().strip())
        .isEqualTo(
            "radar: cannot parse query '\"prosthetic vision': unclosed quote at column 1"
                + " (use --literal to search for the text as typed)");
    RadarCliRunner.Result lit =
        radar("--data", data, "search", "\"prosthetic vision", "--literal", "--mode", "lexical");
    assertThat(lit.code()).as(lit.err()).isZero();
    assertThat(lit.out()).contains("  1. 2503.11677 ");
  }

  @Test
  void withoutAnEncoderSemanticSearchWarnsAndFallsBack() {
    RadarCliRunner.Result r =
        radar(
            EncoderProvider.NONE, "--data", data, "search", "prosthetic vision", "-m", "semantic");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.err())
        .contains("warning: no query encoder configured: semantic search fell back to lexical");
    assertThat(r.out()).contains("  1. 2503.11677 ").contains("bm25");
  }

  @Test
  void similarLeavesThePaperOut() throws Exception {
    RadarCliRunner.Result r = radar("--data", data, "similar", "2503.11677", "-n", "5", "--json");
    assertThat(r.code()).as(r.err()).isZero();
    JsonNode arr = new ObjectMapper().readTree(r.out());
    assertThat(arr).hasSize(5);
    assertThat(arr.findValuesAsText("id")).doesNotContain("2503.11677");
    RadarCliRunner.Result missing = radar("--data", data, "similar", "0000.00000");
    assertThat(missing.code()).isEqualTo(RadarCli.ERROR);
    assertThat(missing.err()).contains("radar: no paper with id 0000.00000 in the index");
  }

  @Test
  void indexRebuildReindexesEverything() {
    RadarCliRunner.Result r = radar("--data", data, "-q", "index", "--rebuild");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).contains("index: rebuilt from 200 papers (200 with vectors)");
    RadarCliRunner.Result again = radar("--data", data, "-q", "index");
    assertThat(again.out()).contains("index: updated 0 papers");
  }

  @Test
  void searchAndSimilarReadWhileAWriterHoldsTheIndex() throws Exception {
    try (PaperIndex writer = PaperIndex.open(Path.of(data).resolve(PaperIndex.DIR_NAME))) {
      RadarCliRunner.Result r = radar("--data", data, "search", "prosthetic vision", "-n", "2");
      assertThat(r.code()).as(r.err()).isZero();
      assertThat(r.out()).contains("  1. 2503.11677 ");
      RadarCliRunner.Result like = radar("--data", data, "similar", "2503.11677", "-n", "2");
      assertThat(like.code()).as(like.err()).isZero();
      assertThat(like.out()).contains("  1. ");
      assertThat(writer.docCount()).isEqualTo(200);
    }
  }

  @Test
  void searchWithoutAnIndexSaysHowToBuildOne() {
    Path empty = dir.resolve("no-index");
    RadarCliRunner.Result r = radar("--data", empty.toString(), "search", "vision");
    assertThat(r.code()).isEqualTo(RadarCli.ERROR);
    assertThat(r.err())
        .contains("radar: no index in " + empty.resolve(PaperIndex.DIR_NAME) + ": run radar index");
  }

  @Test
  void searchShowsTheAbstractsBestPassage() throws Exception {
    RadarCliRunner.Result r =
        radar("--data", data, "search", "prosthetic vision", "-m", "lexical", "-n", "1");
    assertThat(r.code()).as(r.err()).isZero();
    String[] lines = r.out().split("\n");
    assertThat(lines).hasSize(3);
    assertThat(lines[2]).startsWith("       ").contains("**prosthetic** **vision**");
    RadarCliRunner.Result json =
        radar("--data", data, "search", "prosthetic vision", "-n", "1", "--json");
    JsonNode first = new ObjectMapper().readTree(json.out()).get(0);
    assertThat(first.get("snippet").asText()).contains("**prosthetic**");
  }
}

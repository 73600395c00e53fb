package org.paperradar.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperradar.paper.Paper;
import org.paperradar.store.Database;
import org.paperradar.store.PaperDao;

/** The CLI in-process, end to end on the bundled demo data and small fixtures. */
class RadarCliTest {
  static RadarCliRunner.Result radar(String... args) {
    return RadarCliRunner.run(args);
  }

  @Test
  void demoImportsTheBundledSliceOnceAndStatsCountIt(@TempDir Path dir) throws Exception {
    String data = dir.toString();
    RadarCliRunner.Result demo = radar("--data", data, "-q", "demo");
    assertThat(demo.code()).as(demo.err()).isZero();
    assertThat(demo.out()).contains("added 3,292").contains("papers:          3,292");
    RadarCliRunner.Result again = radar("--data", data, "-q", "demo");
    assertThat(again.out()).contains("not importing the demo data again");

    RadarCliRunner.Result stats = radar("--data", data, "stats", "--json");
    JsonNode j = new ObjectMapper().readTree(stats.out());
    assertThat(j.get("papers").asLong()).isEqualTo(3292);
    assertThat(j.get("first_announced").asText()).isEqualTo("2026-06-16");
    assertThat(j.get("last_announced").asText()).isEqualTo("2026-07-01");
    assertThat(j.get("recent_runs").get(0).get("added").asLong()).isEqualTo(3292);
  }

  @Test
  void exitCodesAreDocumentedOnes(@TempDir Path dir) throws Exception {
    Path bad = dir.resolve("bad.jsonl");
    try (InputStream in = getClass().getResourceAsStream("/malformed/daily-truncated.jsonl")) {
      Files.copy(in, bad);
    }
    RadarCliRunner.Result withRejects =
        radar("--data", dir.resolve("d").toString(), "-q", "ingest", bad.toString());
    assertThat(withRejects.code()).isEqualTo(RadarCli.REJECTS);
    assertThat(withRejects.err()).contains("rejected bad.jsonl:line 3: invalid JSON");
    assertThat(withRejects.out()).contains("read 4, added 4");

    RadarCliRunner.Result missing =
        radar(
            "--data", dir.resolve("d").toString(), "ingest", dir.resolve("nope.jsonl").toString());
    assertThat(missing.code()).isEqualTo(RadarCli.ERROR);
    assertThat(missing.err()).contains("no such file");

    RadarCliRunner.Result unknownFormat =
        radar("--data", dir.resolve("d").toString(), "ingest", "--format", "nope", bad.toString());
    assertThat(unknownFormat.code()).isEqualTo(RadarCli.ERROR);
    assertThat(unknownFormat.err()).contains("unknown format 'nope'");

    assertThat(radar("no-such-command").code()).isEqualTo(RadarCli.USAGE);
  }

  @Test
  void aJsonlExportReimportsWithoutLoss(@TempDir Path dir) throws Exception {
    Path kaggle = dir.resolve("kaggle.jsonl");
    try (InputStream in =
        getClass().getResourceAsStream("/fixtures/kaggle-arxiv-snapshot-200.jsonl")) {
      Files.copy(in, kaggle);
    }
    String a = dir.resolve("a").toString();
    assertThat(radar("--data", a, "-q", "ingest", kaggle.toString()).code()).isZero();
    Path export = dir.resolve("export.jsonl");
    RadarCliRunner.Result ex =
        radar("--data", a, "export", "--format", "jsonl", "-o", export.toString());
    assertThat(ex.code()).as(ex.err()).isZero();
    assertThat(Files.readAllLines(export)).hasSize(200);

    String b = dir.resolve("b").toString();
    RadarCliRunner.Result re = radar("--data", b, "-q", "ingest", export.toString());
    assertThat(re.code()).as(re.err()).isZero();
    assertThat(re.out()).contains("[arxiv-daily]").contains("added 200");
    assertThat(papers(Path.of(b))).isEqualTo(withoutSources(papers(Path.of(a)), "arxiv-daily"));
  }

  @org.junit.jupiter.params.ParameterizedTest(name = "{0}")
  @org.junit.jupiter.params.provider.CsvSource({
    "000_8eaa7f60e97c696a.txt, pasted, 10",
    "001_f385e5a2e6f72f6e.txt, pasted, 2",
    "002_a9778af9a0f70de2.txt, pasted, 6",
    "004_5e132c457b2067fc.txt, hf-page, 31"
  })
  void eachSeedFileIngestsAsItIs(String seed, String format, int papers, @TempDir Path dir)
      throws Exception {
    Path file = dir.resolve(seed);
    try (InputStream in = getClass().getResourceAsStream("/seeds/" + seed)) {
      Files.copy(in, file);
    }
    RadarCliRunner.Result r =
        radar("--data", dir.resolve("d").toString(), "-q", "ingest", file.toString());
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).contains("[" + format + "]").contains("added " + papers + ",");
    JsonNode stats =
        new ObjectMapper()
            .readTree(radar("--data", dir.resolve("d").toString(), "stats", "--json").out());
    assertThat(stats.get("papers").asInt()).isEqualTo(papers);
  }

  @Test
  void aPastedAbstractIsMatchedToItsArxivRecord(@TempDir Path dir) throws Exception {
    String data = dir.resolve("d").toString();
    for (String seed : List.of("001_f385e5a2e6f72f6e.txt", "000_8eaa7f60e97c696a.txt")) {
      Path file = dir.resolve(seed);
      try (InputStream in = getClass().getResourceAsStream("/seeds/" + seed)) {
        Files.copy(in, file);
      }
      assertThat(radar("--data", data, "-q", "ingest", file.toString()).code()).isZero();
    }
    try (Database db = Database.openSqlite(Path.of(data))) {
      PaperDao dao = new PaperDao(db);
      List<Paper> local = new ArrayList<>();
      dao.forEach(
          p -> {
            if (p.isLocal()) {
              local.add(p);
            }
          });
      assertThat(local).hasSize(2);
      // 001's first abstract is the abstract of 2408.05284 in the author listing 000.
      assertThat(local.stream().map(p -> dao.findSameAs(p.id()).orElse("-")))
          .containsExactlyInAnyOrder("2408.05284", "-");
    }
  }

  @Test
  void ingestsFromAUrl(@TempDir Path dir) throws Exception {
    byte[] body;
    try (InputStream in = getClass().getResourceAsStream("/fixtures/arxiv-daily-200.jsonl")) {
      body = in.readAllBytes();
    }
    com.sun.net.httpserver.HttpServer server =
        com.sun.net.httpserver.HttpServer.create(new java.net.InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext(
        "/papers.jsonl",
        ex -> {
          ex.sendResponseHeaders(200, body.length);
          try (var out = ex.getResponseBody()) {
            out.write(body);
          }
        });
    server.start();
    try {
      String base = "http://127.0.0.1:" + server.getAddress().getPort();
      RadarCliRunner.Result ok =
          radar("--data", dir.toString(), "-q", "ingest", base + "/papers.jsonl");
      assertThat(ok.code()).as(ok.err()).isZero();
      assertThat(ok.out()).contains("[arxiv-daily]").contains("added 200");
      RadarCliRunner.Result missing =
          radar("--data", dir.toString(), "-q", "ingest", base + "/nope");
      assertThat(missing.code()).isEqualTo(RadarCli.ERROR);
      assertThat(missing.err()).contains("HTTP 404");
    } finally {
      server.stop(0);
    }
  }

  private static List<Paper> papers(Path data) {
    List<Paper> out = new ArrayList<>();
    try (Database db = Database.openSqlite(data)) {
      new PaperDao(db).forEach(out::add);
    }
    return out;
  }

  private static List<Paper> withoutSources(List<Paper> papers, String source) {
    return papers.stream().map(p -> p.toBuilder().source(source).build()).toList();
  }
}

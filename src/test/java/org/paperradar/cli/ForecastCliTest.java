package org.paperradar.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperradar.forecast.SyntheticCorpus;

class ForecastCliTest {
  @TempDir Path dir;

  private RadarCliRunner.Result radar(String... args) {
    String[] all = new String[args.length + 3];
    all[0] = "--data";
    all[1] = dir.resolve("data").toString();
    all[2] = "-q";
    System.arraycopy(args, 0, all, 3, args.length);
    return RadarCliRunner.run(all);
  }

  @Test
  void evalPrintsAucOfModelAndBaselinesAndVerifiesAgainstATable() throws Exception {
    Path corpus = SyntheticCorpus.write(dir, 100);
    Path concepts = dir.resolve("concepts.txt");
    Files.write(concepts, SyntheticCorpus.concepts());
    RadarCliRunner.Result r =
        radar(
            "forecast",
            "eval",
            "--corpus",
            corpus.toString(),
            "--concepts",
            concepts.toString(),
            "--train",
            "2003:2005",
            "--test",
            "2005:2007",
            "--min-degree",
            "3",
            "--test-pairs",
            "3000",
            "--train-draws",
            "2000",
            "--json");
    assertThat(r.code()).as(r.err()).isZero();
    JsonNode o = new ObjectMapper().readTree(r.out());
    assertThat(o.path("auc").has("xgboost")).isTrue();
    assertThat(o.path("auc").has("pref_attachment")).isTrue();
    assertThat(o.path("auc").has("common_neighbours")).isTrue();
    String dataset = o.path("dataset").asText();
    assertThat(dataset).isEqualTo("synthetic/list/2003:2005:2007/deg3");

    Path table = dir.resolve("table.tsv");
    Files.writeString(table, "forecast\t" + dataset + "\txgboost\tauc\t0.1000\t0.0100\n");
    RadarCliRunner.Result drift =
        radar(
            "forecast",
            "eval",
            "--corpus",
            corpus.toString(),
            "--concepts",
            concepts.toString(),
            "--train",
            "2003:2005",
            "--test",
            "2005:2007",
            "--min-degree",
            "3",
            "--test-pairs",
            "3000",
            "--train-draws",
            "2000",
            "--verify",
            "--table",
            table.toString());
    assertThat(drift.code()).isEqualTo(RadarCli.ERROR);
    assertThat(drift.err()).contains("DRIFT forecast " + dataset + " xgboost auc");
  }

  @Test
  void buildUpdatesIncrementallyThenTrendAndSuggest() throws Exception {
    Path corpus = SyntheticCorpus.write(dir, 60);
    Path concepts = dir.resolve("concepts.txt");
    Files.write(concepts, SyntheticCorpus.concepts());
    assertThat(radar("ingest", corpus.toString()).code()).isZero();
    RadarCliRunner.Result b = radar("forecast", "build", "--concepts", concepts.toString());
    assertThat(b.code()).as(b.err()).isZero();
    assertThat(b.out()).contains("600 papers (600 read now)");
    RadarCliRunner.Result again = radar("forecast", "build");
    assertThat(again.out()).contains("600 papers (0 read now)");

    Path svg = dir.resolve("trend.svg");
    RadarCliRunner.Result t =
        radar("forecast", "trend", "topica methoda", "--yearly", "--svg", svg.toString());
    assertThat(t.code()).as(t.err()).isZero();
    assertThat(t.out()).contains("2000").contains("2009");
    assertThat(Files.readString(svg)).startsWith("<svg");

    RadarCliRunner.Result s =
        radar("forecast", "suggest", "--ids", "1501.00001,1501.00002", "-n", "3", "--json");
    assertThat(s.code()).as(s.err()).isZero();
    JsonNode a = new ObjectMapper().readTree(s.out());
    assertThat(a.size()).isBetween(1, 3);
    assertThat(a.get(0).path("own_papers").get(0).path("title").asText()).startsWith("Paper");
    assertThat(radar("forecast", "suggest").code()).isEqualTo(RadarCli.ERROR);

    // A reader of the user store: their own and liked papers.
    try (var db = org.paperradar.store.Database.openSqlite(dir.resolve("data"))) {
      var users = new org.paperradar.store.UserStore(db);
      long ada = users.addUser("ada", java.util.Optional.empty()).id();
      users.add(ada, org.paperradar.store.Relation.OWN, java.util.List.of("1501.00001"));
      users.add(ada, org.paperradar.store.Relation.LIKE, java.util.List.of("1501.00002"));
    }
    RadarCliRunner.Result u = radar("forecast", "suggest", "ada", "-n", "2");
    assertThat(u.code()).as(u.err()).isZero();
    assertThat(u.out()).contains("yours: 1501.0000");
    assertThat(radar("forecast", "suggest", "nobody").err()).contains("no user 'nobody'");
  }
}

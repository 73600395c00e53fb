package org.paperradar.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code radar user|rate|recommend} in-process on the 16-paper recommendation fixture. */
class RecommendCliTest {
  @TempDir Path dir;

  RadarCliRunner.Result radar(String... args) {
    String[] all = new String[args.length + 3];
    all[0] = "--data";
    all[1] = dir.resolve("data").toString();
    all[2] = "-q";
    System.arraycopy(args, 0, all, 3, args.length);
    return RadarCliRunner.run(all);
  }

  @Test
  void addSeedRecommendRateAndRecommendAgain() throws Exception {
    Path papers = dir.resolve("papers.jsonl");
    try (InputStream in = getClass().getResourceAsStream("/recommend/papers.jsonl")) {
      Files.copy(in, papers);
    }
    assertThat(radar("ingest", papers.toString()).code()).isZero();
    assertThat(radar("user", "add", "ada", "--email", "ada@lab.example").out())
        .contains("added user ada");
    assertThat(radar("user", "add", "ada").err()).contains("already exists");

    // An author name lists the candidates and adds nothing until confirmed.
    RadarCliRunner.Result listed = radar("user", "seed", "ada", "--author", "Ada Vision");
    assertThat(listed.out())
        .contains("Ada Vision — 2 papers", "A. Vision — 1 papers", "2606.00101", "nothing added");
    RadarCliRunner.Result seeded =
        radar("user", "seed", "ada", "--author", "Ada Vision", "--name", "Ada Vision");
    assertThat(seeded.out()).contains("ada: 2 papers added");
    RadarCliRunner.Result ids = radar("user", "seed", "ada", "--ids", "2606.00103,2606.99999");
    assertThat(ids.code()).isEqualTo(RadarCli.REJECTS);
    assertThat(ids.out()).contains("1 papers added");
    assertThat(ids.err()).contains("2606.99999 (not in the store");

    RadarCliRunner.Result feed = radar("recommend", "ada", "-n", "3");
    assertThat(feed.code()).as(feed.err()).isZero();
    assertThat(feed.out().lines().filter(l -> l.matches("\\s*\\d+\\. .*")).toList())
        .hasSize(3)
        .first()
        .asString()
        .contains("2606.00201");
    assertThat(feed.out()).contains("why: close to your \"Convolutional networks");

    assertThat(radar("rate", "ada", "2606.00201", "like").out()).contains("ada: like 2606.00201");
    assertThat(radar("rate", "ada", "2606.00201", "meh").err()).contains("rating must be");
    JsonNode json = new ObjectMapper().readTree(radar("recommend", "ada", "--json").out());
    assertThat(json.isArray()).isTrue();
    java.util.List<String> recommended = new java.util.ArrayList<>();
    json.forEach(n -> recommended.add(n.get("id").asText()));
    assertThat(recommended).isNotEmpty().doesNotContain("2606.00201", "2606.00101");
    assertThat(json.get(0).get("why").get("closest").get(0).get("id").asText())
        .startsWith("2606.001");
    assertThat(radar("recommend", "ada", "--to-rate", "-n", "2").out().lines()).isNotEmpty();
    assertThat(radar("user", "list").out()).contains("ada\tada@lab.example\t4 papers");
    assertThat(radar("recommend", "nobody").err()).contains("no user 'nobody'");
  }
}

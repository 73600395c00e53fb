package org.paperradar.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** For you with the product's recommender and profile seeder, as `radar serve` wires them. */
class WebRecommenderTest {
  @TempDir Path dir;

  @Test
  void seedingByPastedListingGivesAnExplainedFeedThatLearnsFromLikes() throws Exception {
    try (WebFixture web = new WebFixture(dir, true)) {
      Client c = web.client();
      c.signUp("real-reader");
      String listing = Files.readString(Path.of("src/test/resources/web/listing.txt"));
      assertThat(c.post("/settings/seed/listing", "listing", listing).status()).isEqualTo(303);
      Client.Response feed = c.get("/for-you");
      assertThat(feed.status()).isEqualTo(200);
      assertThat(feed.body()).contains("id=\"feed\"").contains("Why: ");
      String first =
          feed.body().replaceAll("(?s).*?id=\"feed\">.*?data-paper=\"([^\"]+)\".*", "$1");
      assertThat(c.post("/rate", "paper", first, "rating", "like").status()).isEqualTo(303);
      assertThat(c.get("/for-you").body()).doesNotContain("data-paper=\"" + first + "\"");
      Client.Response byName = c.post("/settings/seed/author", "author", "Kai Wang");
      assertThat(byName.body()).contains("Tick the papers that are yours");
    }
  }
}

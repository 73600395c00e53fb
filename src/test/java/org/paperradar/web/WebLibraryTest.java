package org.paperradar.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The reader's pages: votes, For you, ratings, library folders and notes, settings, seeding. */
class WebLibraryTest {
  @TempDir static Path dir;
  static WebFixture web;

  @BeforeAll
  static void start() throws Exception {
    web = new WebFixture(dir);
  }

  @AfterAll
  static void stop() {
    web.close();
  }

  private static String token(Client c, String name) {
    String page = c.post("/settings/tokens", "name", name).body();
    return page.replaceAll("(?s).*id=\"new-token\">([^<]+)<.*", "$1");
  }

  @Test
  void userACannotReadOrChangeUserBsLibrary() {
    Client a = web.client();
    a.signUp("owner-a");
    a.post("/library/folders", "name", "Secret project");
    long folder =
        web.services.library().folders(web.services.users().expectUser("owner-a").id()).get(0).id();
    assertThat(a.post("/save", "paper", "2503.11677", "folder", "" + folder).status())
        .isEqualTo(303);
    assertThat(a.post("/note", "paper", "2503.11677", "note", "read <em>twice</em>").status())
        .isEqualTo(303);
    assertThat(a.get("/library?folder=" + folder).body())
        .contains("Secret project (1)")
        .contains("Simulation of prosthetic vision")
        .contains("read &lt;em&gt;twice&lt;/em&gt;");

    Client b = web.client();
    b.signUp("other-b");
    // Pages: another reader's folder is "not found", and nothing of it shows.
    Client.Response page = b.get("/library?folder=" + folder);
    assertThat(page.status()).isEqualTo(404);
    assertThat(page.body()).doesNotContain("Secret project");
    assertThat(b.get("/library").body()).doesNotContain("Simulation of prosthetic vision");
    assertThat(b.get("/library/export.bib?folder=" + folder).status()).isEqualTo(404);
    assertThat(b.post("/save", "paper", "2503.12348", "folder", "" + folder).status())
        .isEqualTo(404);
    assertThat(b.post("/library/folders/delete", "folder", "" + folder).status()).isEqualTo(404);
    assertThat(b.post("/note", "paper", "2503.11677", "note", "mine now").status()).isEqualTo(404);
    assertThat(b.post("/unsave", "paper", "2503.11677").status()).isEqualTo(404);
    // API: the same with B's token.
    Client bApi = web.client().withToken(token(b, "b"));
    assertThat(bApi.get("/api/v1/library/folders/" + folder).status()).isEqualTo(404);
    assertThat(bApi.json("DELETE", "/api/v1/library/folders/" + folder, null).status())
        .isEqualTo(404);
    assertThat(bApi.get("/api/v1/library?folder=" + folder).status()).isEqualTo(404);
    Client.Response into =
        bApi.json(
            "POST", "/api/v1/library", "{\"paper\":\"2503.12348\",\"folder\":" + folder + "}");
    assertThat(into.status()).isEqualTo(404);
    assertThat(into.body()).contains("\"status\":404");
    assertThat(bApi.json("DELETE", "/api/v1/library/2503.11677", null).status()).isEqualTo(404);
    assertThat(bApi.get("/api/v1/library").body()).isEqualTo("{\"items\":[]}");
    // A's library is untouched.
    Client aApi = web.client().withToken(token(a, "a"));
    assertThat(aApi.get("/api/v1/library/folders/" + folder).body())
        .contains("\"name\":\"Secret project\"")
        .contains("\"note\":\"read <em>twice</em>\"");
    assertThat(a.get("/library/export.bib").body()).contains("@misc{park2025simulation");
  }

  @Test
  void votesCountOncePerReaderAndMoveTrending() {
    Client a = web.client();
    a.signUp("voter-a");
    Client b = web.client();
    b.signUp("voter-b");
    String paper = "2503.12348";
    assertThat(a.post("/vote", "paper", paper).status()).isEqualTo(303);
    a.post("/vote", "paper", paper);
    b.post("/vote", "paper", paper);
    assertThat(web.services.votes().count(paper)).isEqualTo(2);
    String first = web.client().get("/papers?sort=trending").body();
    assertThat(first.indexOf("data-paper=\"" + paper + "\""))
        .isBetween(0, first.indexOf("class=\"card\"") + 40);
    assertThat(a.get("/paper/" + paper).body())
        .contains("class=\"voted\"")
        .contains("<span class=\"count\">2</span>");
    Client.Response js =
        a.postRaw(
            "/vote",
            java.util.Map.of("paper", paper, "up", "false", "_csrf", a.csrf("/settings")),
            "X-Requested-With",
            "fetch");
    assertThat(js.body()).contains("\"votes\":1").contains("\"voted\":false");
    Client api = web.client().withToken(token(b, "votes"));
    assertThat(api.json("POST", "/api/v1/votes", "{\"paper\":\"" + paper + "\"}").body())
        .contains("\"votes\":1");
    assertThat(api.json("DELETE", "/api/v1/votes/" + paper, null).body()).contains("\"votes\":0");
    assertThat(api.json("POST", "/api/v1/votes", "{\"paper\":\"2503.00000\"}").status())
        .isEqualTo(404);
  }

  @Test
  void forYouShowsExplanationsAndRatingsTeachIt() throws Exception {
    Client c = web.client();
    c.signUp("reader-r");
    Client.Response empty = c.get("/for-you");
    assertThat(empty.body()).contains("Your profile is empty").contains("id=\"to-rate\"");
    String listing = Files.readString(Path.of("src/test/resources/web/listing.txt"));
    Client.Response seeded = c.post("/settings/seed/listing", "listing", listing);
    assertThat(seeded.status()).isEqualTo(303);
    long uid = web.services.users().expectUser("reader-r").id();
    assertThat(web.services.users().papers(uid)).containsKeys("2503.11677", "2408.05284");
    Client.Response feed = c.get("/for-you");
    assertThat(feed.body()).contains("Why: close to your").contains("shared terms: attention");
    String first = feed.body().replaceAll("(?s).*?id=\"feed\">.*?data-paper=\"([^\"]+)\".*", "$1");
    assertThat(c.post("/rate", "paper", first, "rating", "like").status()).isEqualTo(303);
    assertThat(web.services.users().papers(uid).get(first))
        .contains(org.paperradar.store.Relation.LIKE);
    assertThat(c.post("/rate", "paper", first, "rating", "love").status()).isEqualTo(400);
    assertThat(c.get("/for-you").body()).doesNotContain("data-paper=\"" + first + "\"");
  }

  @Test
  void settingsSaveTheDigestAndSeedByAuthorName() {
    Client c = web.client();
    c.signUp("settings-s");
    assertThat(
            c.post(
                    "/settings/digest",
                    "frequency",
                    "weekly",
                    "hour",
                    "18",
                    "categories",
                    "cs.LG cs.CL")
                .status())
        .isEqualTo(303);
    String page = c.get("/settings").body();
    assertThat(page)
        .contains("<option value=\"weekly\" selected>")
        .contains("value=\"18\"")
        .contains("value=\"cs.LG cs.CL\"");
    assertThat(c.post("/settings/digest", "frequency", "hourly", "hour", "7").status())
        .isEqualTo(400);
    assertThat(c.post("/settings/digest", "frequency", "daily", "hour", "24").body())
        .contains("hour must be between 0 and 23");
    Client.Response found = c.post("/settings/seed/author", "author", "kai wang");
    assertThat(found.body())
        .contains("Tick the papers that are yours")
        .contains("name=\"paper\" value=\"2503.12348\"");
    assertThat(c.post("/settings/seed/confirm", "paper", "2503.12348").status()).isEqualTo(303);
    assertThat(c.get("/settings").body()).contains("Your papers (1)");
  }
}

package org.paperradar.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The public pages over HTTP: daily papers, search, paper, author, errors. */
class WebPagesTest {
  @TempDir static Path dir;
  static WebFixture web;
  static Client anon;

  @BeforeAll
  static void start() throws Exception {
    web = new WebFixture(dir);
    anon = web.client();
  }

  @AfterAll
  static void stop() {
    web.close();
  }

  @Test
  void dailyPapersListTheLatestDayInEveryView() {
    Client.Response r = anon.get("/");
    assertThat(r.status()).isEqualTo(200);
    assertThat(r.header("Content-Type")).startsWith("text/html");
    assertThat(r.body()).contains("Papers of 2025-03-18").contains("class=\"card\"");
    assertThat(r.body().split("class=\"card\"", -1)).hasSize(101); // 100 shown of 201
    for (String q : new String[] {"period=week", "period=month&sort=newest", "day=2025-03-17"}) {
      assertThat(anon.get("/papers?" + q).status()).as(q).isEqualTo(200);
    }
    assertThat(anon.get("/papers?day=2025-03-17").body()).contains("No papers announced");
  }

  @Test
  void aTitleWithAScriptTagIsRenderedEscapedEverywhere() {
    String escaped = "&lt;script&gt;alert('x')&lt;/script&gt;";
    for (String path :
        new String[] {
          "/papers?sort=newest",
          "/paper/" + WebFixture.XSS_ID,
          "/search?q=hostile+titles",
          "/author?name=Mallory+O%27Hacker"
        }) {
      String body = anon.get(path).body();
      assertThat(body).as(path).doesNotContain("<script>alert").contains(escaped);
    }
    assertThat(anon.get("/paper/" + WebFixture.XSS_ID).body())
        .contains("&lt;b&gt;markup&lt;/b&gt; &amp; scripts");
    assertThat(anon.get("/").header("Content-Security-Policy")).contains("script-src 'self'");
  }

  @Test
  void searchShowsHighlightedSnippetsAndKeepsTheForm() {
    Client.Response r = anon.get("/search?q=prosthetic+vision&mode=lexical&n=5");
    assertThat(r.status()).isEqualTo(200);
    assertThat(r.body())
        .contains("Simulation of prosthetic vision")
        .contains("<mark>prosthetic</mark>")
        .contains("value=\"prosthetic vision\"")
        .contains("5 results (lexical)");
    Client.Response filtered =
        anon.get("/search?q=attention&mode=hybrid&category=cs.CR&from=2025-03-01&to=2025-03-31");
    assertThat(filtered.body()).contains("results (hybrid)").contains("hostile titles");
    assertThat(anon.get("/search").status()).isEqualTo(200);
  }

  @Test
  void badParametersAreA400WithAClearMessage() {
    assertBad("/papers?period=year", "period must be day, week or month");
    assertBad("/papers?day=yesterday", "day must be a date like 2026-07-01");
    assertBad("/papers?sort=best", "sort must be trending or newest");
    assertBad("/search?q=x&n=abc", "n must be a whole number");
    assertBad("/search?q=x&n=1000", "n must be between 1 and 100");
    assertBad("/search?q=x&mode=fuzzy", "unknown search mode");
    assertBad("/search?q=x&from=2025-04-01&to=2025-03-01", "is after to");
    assertBad("/search?q=%22unclosed", "unclosed");
  }

  private static void assertBad(String path, String message) {
    Client.Response r = anon.get(path);
    assertThat(r.status()).as(path).isEqualTo(400);
    assertThat(r.body()).as(path).contains("400 · Bad request").contains(message);
  }

  @Test
  void paperPageHasAbstractAuthorsLinksBibtexAndSimilarPapers() {
    Client.Response r = anon.get("/paper/2503.11677");
    assertThat(r.status()).isEqualTo(200);
    assertThat(r.body())
        .contains("Simulation of prosthetic vision with PRIMA system")
        .contains("href=\"/author?name=Jungyeon+Park\"")
        .contains("https://arxiv.org/abs/2503.11677")
        .contains("https://arxiv.org/pdf/2503.11677")
        .contains("@misc{park2025simulation")
        .contains("id=\"similar\"")
        .contains("Log in</a> to upvote");
    assertThat(r.body().substring(r.body().indexOf("id=\"similar\""))).contains("class=\"card\"");
    assertThat(anon.get("/paper/2503.00000").status()).isEqualTo(404);
  }

  @Test
  void authorPageListsPapersAndCoAuthors() {
    Client.Response r = anon.get("/author?name=Kai+Wang");
    assertThat(r.status()).isEqualTo(200);
    assertThat(r.body()).contains("Kai Wang").contains("4 papers").contains("Co-authors");
    assertThat(r.body()).contains("Mallory O'Hacker (1)");
    assertThat(anon.get("/author?name=Nobody+Here").status()).isEqualTo(404);
    assertThat(anon.get("/author").status()).isEqualTo(400);
  }

  @Test
  void unknownPagesAndSignedInPagesForAnonymousVisitors() {
    Client.Response r = anon.get("/no/such/page");
    assertThat(r.status()).isEqualTo(404);
    assertThat(r.body()).contains("404 · Not found");
    for (String p : new String[] {"/for-you", "/library", "/settings"}) {
      Client.Response s = anon.get(p);
      assertThat(s.status()).as(p).isEqualTo(302);
      assertThat(s.header("Location")).isEqualTo("/login");
    }
    assertThat(anon.get("/static/app.css").status()).isEqualTo(200);
    assertThat(anon.get("/static/nope.js").status()).isEqualTo(404);
  }
}

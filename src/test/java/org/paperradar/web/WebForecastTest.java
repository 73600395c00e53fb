package org.paperradar.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.paperradar.forecast.ConceptGraph;
import org.paperradar.forecast.ConceptMatcher;
import org.paperradar.forecast.GraphBuilder;
import org.paperradar.forecast.GraphFile;
import org.paperradar.forecast.SyntheticCorpus;
import org.paperradar.ingest.Ingester;
import org.paperradar.store.Relation;

/**
 * The Directions and concept pages and their API over HTTP, on a concept graph built in the test
 * from the synthetic forecast corpus (also ingested into the store, so papers have pages), plus a
 * concept whose name carries a script tag and the fixture's paper with a hostile title.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WebForecastTest {
  static final String XSS_CONCEPT = "<script>alert('c')</script> nets";
  static final ObjectMapper JSON = new ObjectMapper();

  @TempDir static Path dir;
  static WebFixture web;
  static Path corpus;
  static Client ada;
  static Client bob;
  static Client anon;

  @BeforeAll
  static void start() throws Exception {
    web = new WebFixture(dir);
    corpus = SyntheticCorpus.write(Files.createDirectories(dir.resolve("corpus")), 100);
    try (InputStream in = Files.newInputStream(corpus)) {
      new Ingester(web.db, 500).ingest(in, "synthetic", null, null, null);
    }
    anon = web.client();
    ada = web.client();
    assertThat(ada.signUp("ada").status()).isEqualTo(303);
    bob = web.client();
    assertThat(bob.signUp("bob").status()).isEqualTo(303);
    long adaId = web.services.users().expectUser("ada").id();
    web.services.users().add(adaId, Relation.OWN, List.of("1501.00001", "1501.00002"));
  }

  @AfterAll
  static void stop() {
    web.close();
  }

  /** Builds the graph file the web app reads (once). */
  static synchronized void buildGraph() throws Exception {
    Path file = dir.resolve("data").resolve("forecast").resolve("graph.bin");
    if (Files.exists(file)) {
      return;
    }
    GraphBuilder b = new GraphBuilder(ConceptMatcher.of(SyntheticCorpus.concepts()));
    GraphBuilder.forEachPaper(corpus, b::add);
    ConceptGraph built = b.graph();
    List<String> concepts = new ArrayList<>(built.concepts());
    concepts.add(XSS_CONCEPT);
    ConceptGraph g = new ConceptGraph(concepts);
    for (int p = 0; p < built.paperCount(); p++) {
      g.addPaper(built.paperId(p), built.paperDay(p), built.paperConcepts(p));
    }
    g.addPaper(
        WebFixture.XSS_ID,
        (int) LocalDate.of(2009, 6, 1).toEpochDay(),
        new int[] {0, concepts.size() - 1});
    GraphFile.write(file, new GraphFile.Saved(g, "test", Optional.empty()));
  }

  private static JsonNode json(Client.Response r) throws Exception {
    assertThat(r.header("Content-Type")).startsWith("application/json");
    return JSON.readTree(r.body());
  }

  @Test
  @Order(1)
  void withoutAGraphThePagesSayHowToBuildIt() throws Exception {
    Client.Response d = ada.get("/directions");
    assertThat(d.status()).isEqualTo(200);
    assertThat(d.body()).contains("id=\"no-graph\"").contains("<code>radar forecast build</code>");
    Client.Response c = anon.get("/concept/topica%20methoda");
    assertThat(c.status()).isEqualTo(200);
    assertThat(c.body()).contains("No concept graph has been built yet");
    Client.Response api = ada.get("/api/v1/directions");
    assertThat(api.status()).isEqualTo(503);
    JsonNode p = json(api);
    assertThat(p.get("status").asInt()).isEqualTo(503);
    assertThat(p.get("details").asText()).contains("radar forecast build");
    assertThat(json(anon.get("/api/v1/concepts/topica%20methoda")).get("status").asInt())
        .isEqualTo(503);
  }

  @Test
  @Order(2)
  void theReaderSeesDirectionsFromTheirPapersWithLinks() throws Exception {
    buildGraph();
    Client.Response r = ada.get("/directions");
    assertThat(r.status()).isEqualTo(200);
    String body = r.body();
    assertThat(body)
        .contains("id=\"directions\"")
        .contains("class=\"direction\"")
        .contains("href=\"/concept/topic")
        .contains("href=\"/paper/1501.0000") // the reader's own papers behind their concept
        .contains("Your papers on")
        .contains("href=\"/directions\"")
        .contains("%</span>");
    assertThat(body).containsAnyOf("Paper 1</a>", "Paper 2</a>");

    JsonNode api = json(ada.get("/api/v1/directions?n=3"));
    assertThat(api.get("papers").asInt()).isEqualTo(2);
    JsonNode results = api.get("results");
    assertThat(results.size()).isBetween(1, 3);
    JsonNode first = results.get(0);
    assertThat(first.get("ownConcept").asText()).startsWith("topic");
    assertThat(first.get("otherUrl").asText()).startsWith("/concept/");
    assertThat(first.get("probability").asDouble()).isBetween(0.0, 1.0);
    for (JsonNode p : first.get("ownPapers")) {
      assertThat(p.get("id").asText()).isIn("1501.00001", "1501.00002");
      assertThat(p.get("url").asText()).isEqualTo("/paper/" + p.get("id").asText());
    }
    assertThat(first.get("otherPapers").size()).isPositive();
    assertThat(ada.get("/api/v1/directions?n=0").status()).isEqualTo(400);
  }

  @Test
  @Order(3)
  void eachReaderSeesOnlyTheirOwnAndAnonymousVisitorsMustLogIn() throws Exception {
    buildGraph();
    Client.Response b = bob.get("/directions");
    assertThat(b.status()).isEqualTo(200);
    assertThat(b.body())
        .contains("id=\"no-papers\"")
        .contains("href=\"/settings#seed\"")
        .doesNotContain("class=\"direction\"");
    JsonNode api = json(bob.get("/api/v1/directions"));
    assertThat(api.get("papers").asInt()).isZero();
    assertThat(api.get("results").size()).isZero();
    // No reader in the URL to swap: a user id parameter is ignored.
    assertThat(bob.get("/directions?user=1").body()).doesNotContain("class=\"direction\"");

    Client.Response a = anon.get("/directions");
    assertThat(a.status()).isEqualTo(302);
    assertThat(a.header("Location")).isEqualTo("/login");
    Client.Response aa = anon.get("/api/v1/directions");
    assertThat(aa.status()).isEqualTo(401);
    assertThat(json(aa).get("title").asText()).isEqualTo("Unauthorized");
  }

  @Test
  @Order(4)
  void theConceptPageDrawsItsTrendWithATableNeighboursAndPapers() throws Exception {
    buildGraph();
    Client.Response r = anon.get("/concept/topica%20methoda");
    assertThat(r.status()).isEqualTo(200);
    assertThat(r.header("Content-Security-Policy")).contains("script-src 'self'");
    String body = r.body();
    assertThat(body)
        .contains("<h1 id=\"concept-name\">topica methoda</h1>")
        .contains("<svg xmlns=\"http://www.w3.org/2000/svg\"")
        .contains("<rect ")
        .contains("id=\"trend-table\"")
        .contains("<td>2000</td>") // per year: ten years of months are too many bars
        .contains("id=\"neighbours\"")
        .contains("href=\"/concept/topica%20method")
        .contains("class=\"card\"")
        .contains("?step=month\">Show per month");
    assertThat(body.split("<script", -1)).hasSize(2); // the layout's app.js only

    Client.Response monthly = anon.get("/concept/TOPICA%20METHODAS?step=month");
    assertThat(monthly.status()).isEqualTo(200); // any spelling
    assertThat(monthly.body()).contains("<td>2000-01</td>");
    assertThat(anon.get("/concept/topica%20methoda?step=week").status()).isEqualTo(400);
  }

  @Test
  @Order(5)
  void aConceptNameAndAPaperTitleWithScriptTagsAreEscaped() throws Exception {
    buildGraph();
    String url = ForecastPages.conceptUrl(XSS_CONCEPT);
    Client.Response r = anon.get(url);
    assertThat(r.status()).as(url).isEqualTo(200);
    String body = r.body();
    assertThat(body)
        .doesNotContain("<script>alert")
        .contains("&lt;script&gt;alert(")
        .contains("Attention for hostile titles");
    assertThat(body.split("<script", -1)).hasSize(2);
    assertThat(url).isEqualTo("/concept/%3Cscript%3Ealert%28%27c%27%29%3C/script%3E%20nets");
    assertThat(body).contains("href=\"/concept/topica%20methoda\""); // its one neighbour
    JsonNode api = json(anon.get("/api/v1/concepts" + url.substring("/concept".length())));
    assertThat(api.get("concept").asText()).isEqualTo(XSS_CONCEPT);
  }

  @Test
  @Order(6)
  void anUnknownConceptIsA404() throws Exception {
    buildGraph();
    Client.Response r = anon.get("/concept/no%20such%20concept");
    assertThat(r.status()).isEqualTo(404);
    assertThat(r.body()).contains("no concept 'no such concept' in the concept graph");
    Client.Response api = anon.get("/api/v1/concepts/no%20such%20concept");
    assertThat(api.status()).isEqualTo(404);
    JsonNode p = json(api);
    assertThat(p.get("title").asText()).isEqualTo("Not found");
    assertThat(p.get("details").asText()).contains("no such concept");
  }

  @Test
  @Order(7)
  void theConceptApiReturnsTheTrendAndNeighboursAndIsDocumented() throws Exception {
    buildGraph();
    JsonNode c = json(anon.get("/api/v1/concepts/topica%20methoda?step=year"));
    assertThat(c.get("concept").asText()).isEqualTo("topica methoda");
    assertThat(c.get("step").asText()).isEqualTo("year");
    assertThat(c.get("points").size()).isEqualTo(10);
    assertThat(c.get("points").get(0).get("period").asText()).isEqualTo("2000");
    int total = 0;
    for (JsonNode p : c.get("points")) {
      total += p.get("papers").asInt();
      assertThat(p.get("allPapers").asInt()).isGreaterThanOrEqualTo(p.get("papers").asInt());
    }
    assertThat(c.get("totalPapers").asInt()).isEqualTo(total).isPositive();
    assertThat(c.get("neighbours").size()).isPositive();
    JsonNode n0 = c.get("neighbours").get(0);
    assertThat(n0.get("papers").asInt())
        .isGreaterThanOrEqualTo(c.get("neighbours").get(1).get("papers").asInt());
    assertThat(c.get("recentPapers").size()).isPositive();

    JsonNode doc = json(anon.get("/api/openapi.json"));
    assertThat(doc.get("paths").get("/api/v1/directions").get("get")).isNotNull();
    assertThat(doc.get("paths").get("/api/v1/concepts/{name}").get("get")).isNotNull();
  }

  @Test
  @Order(8)
  void aRebuiltGraphIsPickedUpWhenItsFileChanges() throws Exception {
    buildGraph();
    assertThat(anon.get("/concept/fresh%20idea").status()).isEqualTo(404);
    Path file = dir.resolve("data").resolve("forecast").resolve("graph.bin");
    ConceptGraph g = new ConceptGraph(List.of("fresh idea", "old idea"));
    g.addPaper("1501.00001", (int) LocalDate.of(2010, 1, 5).toEpochDay(), new int[] {0, 1});
    GraphFile.write(file, new GraphFile.Saved(g, "test2", Optional.empty()));
    Files.setLastModifiedTime(
        file, java.nio.file.attribute.FileTime.from(java.time.Instant.now().plusSeconds(5)));
    Client.Response r = anon.get("/concept/fresh%20idea");
    assertThat(r.status()).isEqualTo(200);
    assertThat(r.body()).contains("href=\"/concept/old%20idea\"").contains("Paper 1</a>");
  }

  /** A clock the test moves. */
  static final class MovingClock extends java.time.Clock {
    java.time.Instant now = java.time.Instant.parse("2026-01-01T00:00:00Z");

    @Override
    public java.time.ZoneId getZone() {
      return java.time.ZoneOffset.UTC;
    }

    @Override
    public java.time.Clock withZone(java.time.ZoneId zone) {
      return this;
    }

    @Override
    public java.time.Instant instant() {
      return now;
    }
  }

  @Test
  void theGraphFileIsLookedAtAtMostOnceAMinute() throws Exception {
    Path file = dir.resolve("minute").resolve("graph.bin");
    MovingClock clock = new MovingClock();
    Forecasts f = new Forecasts(file, 2, java.time.Duration.ofMinutes(1), clock);
    assertThat(f.current()).isEmpty();
    ConceptGraph g = new ConceptGraph(List.of("a b", "c d"));
    g.addPaper("x", 100, new int[] {0, 1});
    GraphFile.write(file, new GraphFile.Saved(g, "t", Optional.empty()));
    assertThat(f.current()).as("not looked at again within the minute").isEmpty();
    clock.now = clock.now.plusSeconds(61);
    Forecasts.Loaded loaded = f.current().orElseThrow();
    assertThat(Forecasts.findConcept(loaded, "C  D")).contains(1);
    Files.delete(file);
    assertThat(f.current()).contains(loaded);
    clock.now = clock.now.plusSeconds(61);
    assertThat(f.current()).isEmpty();
    assertThat(Forecasts.none().current()).isEmpty();
  }
}

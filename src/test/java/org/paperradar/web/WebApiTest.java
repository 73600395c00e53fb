package org.paperradar.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The JSON API under /api/v1 and its OpenAPI document. */
class WebApiTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  @TempDir static Path dir;
  static WebFixture web;
  static Client anon;
  static Client api;

  @BeforeAll
  static void start() throws Exception {
    web = new WebFixture(dir);
    anon = web.client();
    Client c = web.client();
    c.signUp("api-user");
    String page = c.post("/settings/tokens", "name", "t").body();
    api = web.client().withToken(page.replaceAll("(?s).*id=\"new-token\">([^<]+)<.*", "$1"));
  }

  @AfterAll
  static void stop() {
    web.close();
  }

  private static JsonNode json(Client.Response r) throws Exception {
    assertThat(r.header("Content-Type")).startsWith("application/json");
    return JSON.readTree(r.body());
  }

  @Test
  void searchReturnsScoresPartsAndHighlightOffsets() throws Exception {
    Client.Response r = anon.get("/api/v1/search?q=prosthetic+vision&mode=lexical&n=3");
    assertThat(r.status()).isEqualTo(200);
    JsonNode b = json(r);
    assertThat(b.get("count").asInt()).isEqualTo(3);
    JsonNode top = b.get("results").get(0);
    assertThat(top.at("/paper/id").asText()).isEqualTo("2503.11677");
    assertThat(top.at("/parts/0/name").asText()).isEqualTo("bm25");
    JsonNode h = top.get("highlights").get(0);
    assertThat(top.get("snippet").asText().substring(h.get(0).asInt(), h.get(1).asInt()))
        .isEqualToIgnoringCase("prosthetic");
    JsonNode cr = json(anon.get("/api/v1/search?q=attention&category=cs.CR"));
    for (JsonNode hit : cr.get("results")) {
      assertThat(hit.at("/paper/categories").toString()).contains("cs.CR");
    }
  }

  @Test
  void badParametersAreProblemsWithClearDetails() throws Exception {
    String[][] cases = {
      {"/api/v1/search", "q (the query) is missing"},
      {"/api/v1/search?q=x&n=0", "n must be between 1 and 100, got 0"},
      {
        "/api/v1/search?q=x&from=2025-13-01",
        "from must be a date like 2026-07-01, got '2025-13-01'"
      },
      {"/api/v1/search?q=title:(", "unclosed '(' at column 7 (use literal=true"},
      {"/api/v1/trending?period=year", "period must be day, week or month, got 'year'"},
      {"/api/v1/papers/2503.11677/similar?n=x", "n must be a whole number, got 'x'"},
    };
    for (String[] c : cases) {
      Client.Response r = anon.get(c[0]);
      assertThat(r.status()).as(c[0]).isEqualTo(400);
      JsonNode b = json(r);
      assertThat(b.get("title").asText()).isEqualTo("Bad request");
      assertThat(b.get("status").asInt()).isEqualTo(400);
      assertThat(b.get("details").asText()).as(c[0]).contains(c[1]);
    }
    assertThat(json(anon.get("/api/v1/nothing")).get("status").asInt()).isEqualTo(404);
    assertThat(api.json("POST", "/api/v1/votes", "{not json").status()).isEqualTo(400);
    assertThat(api.json("POST", "/api/v1/votes", "{}").body())
        .contains("'paper' (a string) is missing");
    assertThat(anon.get("/api/v1/feed").status()).isEqualTo(401);
  }

  @Test
  void papersSimilarBibtexDailyAndTrending() throws Exception {
    JsonNode p = json(anon.get("/api/v1/papers/2503.11677"));
    assertThat(p.get("title").asText()).startsWith("Simulation of prosthetic vision");
    assertThat(p.get("pdfUrl").asText()).isEqualTo("https://arxiv.org/pdf/2503.11677");
    assertThat(json(anon.get("/api/v1/papers/2503.11677/similar?n=4")).get("results")).hasSize(4);
    assertThat(anon.get("/api/v1/papers/2503.11677/bibtex").body())
        .startsWith("@misc{park2025simulation");
    assertThat(anon.get("/api/v1/papers/2503.00000").status()).isEqualTo(404);
    JsonNode daily = json(anon.get("/api/v1/daily?period=week&sort=newest&n=5"));
    assertThat(daily.get("day").asText()).isEqualTo("2025-03-18");
    assertThat(daily.get("from").asText()).isEqualTo("2025-03-12");
    assertThat(daily.get("results")).hasSize(5);
    JsonNode t = json(anon.get("/api/v1/trending?period=month&n=3"));
    assertThat(t.get("halfLifeHours").asInt()).isEqualTo(240);
    assertThat(t.at("/results/0/parts/2/name").asText()).isEqualTo("decayed");
  }

  @Test
  void feedRatingsLibraryAndDigestForATokenHolder() throws Exception {
    assertThat(
            api.json("POST", "/api/v1/ratings", "{\"paper\":\"2503.11677\",\"rating\":\"like\"}")
                .status())
        .isEqualTo(200);
    assertThat(api.get("/api/v1/ratings").body())
        .contains("{\"paper\":\"2503.11677\",\"relation\":\"like\"}");
    JsonNode feed = json(api.get("/api/v1/feed?n=3"));
    assertThat(feed.get("results")).hasSize(3);
    assertThat(feed.at("/results/0/explanation/closest/0/paperId").asText())
        .isEqualTo("2503.11677");
    assertThat(feed.at("/results/0/why").asText()).contains("shared terms: attention");
    assertThat(json(api.get("/api/v1/to-rate?n=2")).get("results")).hasSize(2);
    JsonNode folder = json(api.json("POST", "/api/v1/library/folders", "{\"name\":\"Reading\"}"));
    long id = folder.get("id").asLong();
    assertThat(
            api.json(
                    "POST",
                    "/api/v1/library",
                    "{\"paper\":\"2503.12348\",\"folder\":" + id + ",\"note\":\"hi\"}")
                .status())
        .isEqualTo(201);
    assertThat(api.get("/api/v1/library/export.bib?folder=" + id).body()).contains("@");
    assertThat(json(api.get("/api/v1/library/folders")).at("/folders/0/papers").asInt())
        .isEqualTo(1);
    assertThat(api.json("DELETE", "/api/v1/library/2503.12348", null).status()).isEqualTo(204);
    assertThat(api.json("DELETE", "/api/v1/library/folders/" + id, null).status()).isEqualTo(204);
    JsonNode d =
        json(
            api.json(
                "PUT",
                "/api/v1/settings/digest",
                "{\"frequency\":\"weekly\",\"hour\":9,\"categories\":[\"cs.LG\"]}"));
    assertThat(d.toString())
        .isEqualTo("{\"frequency\":\"WEEKLY\",\"hour\":9,\"categories\":[\"cs.LG\"]}");
    assertThat(api.json("PUT", "/api/v1/settings/digest", "{\"hour\":30}").status()).isEqualTo(400);
  }

  @Test
  void theOpenApiDocumentDescribesEveryApiRoute() throws Exception {
    JsonNode doc = json(anon.get("/api/openapi.json"));
    assertThat(doc.get("openapi").asText()).isEqualTo("3.1.0");
    List<String> routes = new ArrayList<>();
    for (String file : new String[] {"ApiRoutes.java", "ApiLibrary.java", "ForecastPages.java"}) {
      String src =
          java.nio.file.Files.readString(Path.of("src/main/java/org/paperradar/web/" + file));
      Matcher m =
          Pattern.compile("r\\.(get|post|put|delete)\\((V1|LIB|ApiRoutes\\.V1)( \\+ \"([^\"]*)\")?")
              .matcher(src);
      while (m.find()) {
        String prefix = m.group(2).equals("LIB") ? "/api/v1/library" : "/api/v1";
        String path =
            (prefix + (m.group(4) == null ? "" : m.group(4))).replaceAll("<([a-z]+)>", "{$1}");
        routes.add(m.group(1) + " " + path);
      }
    }
    assertThat(routes).hasSizeGreaterThan(20);
    for (String r : routes) {
      String[] mp = r.split(" ");
      JsonNode item = doc.get("paths").get(mp[1]);
      assertThat(item).as(r).isNotNull();
      assertThat(item.get(mp[0])).as(r).isNotNull();
    }
    assertThat(doc.get("paths").get("/api/v1/papers/{id}/similar")).isNotNull();
  }
}

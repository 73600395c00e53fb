package org.paperradar.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperradar.store.Database;
import org.paperradar.store.HarvestCheckpoints;
import org.paperradar.store.PaperDao;

class ArxivApiHarvesterTest {
  @TempDir Path dir;
  Database db;

  @BeforeEach
  void open() {
    db = Database.openSqlite(dir);
  }

  @AfterEach
  void close() {
    db.close();
  }

  /** Pages by {@code start}: 0 and 10 are the fixtures, anything later an empty feed. */
  private static FixtureServer.Response feed(Map<String, String> p) {
    return switch (p.get("start")) {
      case "0" -> FixtureServer.Response.ok(FixtureServer.fixture("atom/query-page1.xml"));
      case "10" -> FixtureServer.Response.ok(FixtureServer.fixture("atom/query-page2.xml"));
      default ->
          FixtureServer.Response.ok(
              "<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>arxiv.org</title></feed>");
    };
  }

  private static ApiOptions options(FixtureServer server) {
    return new ApiOptions(
        server.url("/api/query"), "cat:cs.LG OR cat:cs.CL", 10, "submittedDate", "descending", 0);
  }

  @Test
  void pagesUntilTotalResults() throws Exception {
    try (FixtureServer server = new FixtureServer(ArxivApiHarvesterTest::feed)) {
      ApiOptions o = options(server);
      HarvestReport r = new ArxivApiHarvester(db, OaiHarvesterTest.FAST, null).harvest(o);

      List<Map<String, String>> log = server.requests();
      assertThat(log).hasSize(2);
      assertThat(log.get(0))
          .containsEntry("search_query", "cat:cs.LG OR cat:cs.CL")
          .containsEntry("start", "0")
          .containsEntry("max_results", "10")
          .containsEntry("sortBy", "submittedDate")
          .containsEntry("sortOrder", "descending");
      assertThat(log.get(1)).containsEntry("start", "10");
      assertThat(r.pages()).isEqualTo(2);
      assertThat(r.counts().added()).isEqualTo(15);
      assertThat(r.complete()).isTrue();
      assertThat(new PaperDao(db).count()).isEqualTo(15);
      assertThat(new PaperDao(db).expectPaper("2504.12186").sources())
          .containsExactly("arxiv-atom");
      assertThat(new HarvestCheckpoints(db).find(o.checkpointName()).orElseThrow().complete())
          .isTrue();
    }
  }

  @Test
  void stopsAtAnEmptyPage() throws Exception {
    try (FixtureServer server =
        new FixtureServer(
            p -> p.get("start").equals("10") ? feed(Map.of("start", "20")) : feed(p))) {
      HarvestReport r =
          new ArxivApiHarvester(db, OaiHarvesterTest.FAST, null).harvest(options(server));
      assertThat(server.requests()).hasSize(2);
      assertThat(r.counts().added()).isEqualTo(10);
      assertThat(r.complete()).isTrue();
    }
  }

  @Test
  void retriesServerErrorsThenResumesAtTheStoredStart() throws Exception {
    AtomicInteger failures = new AtomicInteger();
    try (FixtureServer server =
        new FixtureServer(
            p -> {
              if (p.get("start").equals("10") && failures.getAndIncrement() < 3) {
                return new FixtureServer.Response(502, "bad gateway", Map.of());
              }
              return feed(p);
            })) {
      ApiOptions o = options(server);
      assertThatThrownBy(() -> new ArxivApiHarvester(db, OaiHarvesterTest.FAST, null).harvest(o))
          .isInstanceOf(HarvestException.class)
          .hasMessageContaining("after 3 tries");
      assertThat(new HarvestCheckpoints(db).find(o.checkpointName()).orElseThrow())
          .extracting(c -> c.resumptionToken(), c -> c.complete())
          .containsExactly("10", false);

      int before = server.requests().size();
      HarvestReport r = new ArxivApiHarvester(db, OaiHarvesterTest.FAST, null).harvest(o);
      assertThat(server.requests().get(before)).containsEntry("start", "10");
      assertThat(r.resumed()).isTrue();
      assertThat(new PaperDao(db).count()).isEqualTo(15);
    }
  }

  @Test
  void waitsThePoliteDelayBetweenRequests() throws Exception {
    try (FixtureServer server = new FixtureServer(ArxivApiHarvesterTest::feed)) {
      long t0 = System.nanoTime();
      new ArxivApiHarvester(db, OaiHarvesterTest.FAST.withDelay(Duration.ofMillis(700)), null)
          .harvest(options(server));
      assertThat(Duration.ofNanos(System.nanoTime() - t0)).isGreaterThan(Duration.ofMillis(650));
    }
  }

  @Test
  void buildsACategoryAndDateQuery() {
    ApiOptions o =
        ApiOptions.forCategories(
            Set.of("cs.LG", "cs.CL"), LocalDate.of(2025, 1, 1), LocalDate.of(2025, 1, 31));
    assertThat(o.query())
        .isEqualTo("(cat:cs.CL OR cat:cs.LG) AND submittedDate:[202501010000 TO 202501312359]");
    assertThat(ArxivApiHarvester.page(o, 200).toString())
        .isEqualTo(
            "https://export.arxiv.org/api/query?search_query=%28cat%3Acs.CL%20OR%20cat%3Acs.LG%29"
                + "%20AND%20submittedDate%3A%5B202501010000%20TO%20202501312359%5D&start=200"
                + "&max_results=200&sortBy=submittedDate&sortOrder=ascending");
  }
}

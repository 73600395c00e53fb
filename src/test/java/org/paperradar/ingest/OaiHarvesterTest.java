package org.paperradar.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperradar.store.Database;
import org.paperradar.store.HarvestCheckpoints;
import org.paperradar.store.HarvestCheckpoints.Checkpoint;
import org.paperradar.store.IngestRuns;
import org.paperradar.store.PaperDao;

class OaiHarvesterTest {
  static final HttpSettings FAST =
      new HttpSettings(
          Duration.ZERO,
          3,
          Duration.ofMillis(10),
          Duration.ofSeconds(5),
          Duration.ofSeconds(10),
          "test");

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

  private static OaiOptions options(FixtureServer server) {
    return new OaiOptions(server.url("/oai"), "cs", "arXiv", null, null, Set.of());
  }

  private Checkpoint checkpoint(OaiOptions o) {
    return new HarvestCheckpoints(db).find(o.checkpointName()).orElseThrow();
  }

  @Test
  void harvestsEveryPageAlongTheTokens() throws Exception {
    try (FixtureServer server = new FixtureServer(FixtureServer::oai)) {
      List<HarvestListener.Progress> progress = new ArrayList<>();
      OaiOptions o = options(server);
      HarvestReport r = new OaiHarvester(db, FAST, progress::add).harvest(o);

      assertThat(r.pages()).isEqualTo(8);
      assertThat(r.records()).isEqualTo(200);
      assertThat(r.deleted()).isEqualTo(1);
      assertThat(r.counts().read()).isEqualTo(199);
      assertThat(r.counts().added()).isEqualTo(199);
      assertThat(r.counts().rejected()).isZero();
      assertThat(r.complete()).isTrue();
      assertThat(r.resumed()).isFalse();
      assertThat(new PaperDao(db).count()).isEqualTo(199);
      assertThat(new PaperDao(db).expectPaper("2503.11677").sources()).containsExactly("oai-pmh");

      assertThat(checkpoint(o))
          .isEqualTo(new Checkpoint(o.checkpointName(), null, "2026-04-28", 8, 200, true));
      assertThat(progress).hasSize(8);
      assertThat(progress.get(0)).isEqualTo(new HarvestListener.Progress(1, 25, 200, 25));
      assertThat(progress.get(7)).isEqualTo(new HarvestListener.Progress(8, 200, 200, 199));

      List<Map<String, String>> log = server.requests();
      assertThat(log).hasSize(8);
      assertThat(log.get(0))
          .containsEntry("verb", "ListRecords")
          .containsEntry("metadataPrefix", "arXiv")
          .containsEntry("set", "cs")
          .doesNotContainKey("from");
      assertThat(log.get(1)).containsEntry("resumptionToken", "6960524|26");

      IngestRuns.Run run = new IngestRuns(db).recent(1).get(0);
      assertThat(run.status()).isEqualTo("done");
      assertThat(run.format()).isEqualTo("oai-pmh");
      assertThat(run.counts().added()).isEqualTo(199);
      assertThat(run.position()).isEqualTo(8);
    }
  }

  @Test
  void keepsOnlyTheWantedCategories() throws Exception {
    try (FixtureServer server = new FixtureServer(FixtureServer::oai)) {
      OaiOptions o =
          OaiOptions.forCategories(Set.of("cs.LG", "cs.CL"), null, null)
              .withBaseUrl(server.url("/oai"));
      assertThat(o.set()).isEqualTo("cs");
      HarvestReport r = new OaiHarvester(db, FAST, null).harvest(o);
      assertThat(r.counts().added()).isEqualTo(88);
      assertThat(r.filtered()).isEqualTo(111);
      assertThat(new PaperDao(db).count()).isEqualTo(88);
      new PaperDao(db).forEach(p -> assertThat(p.categories()).containsAnyOf("cs.LG", "cs.CL"));
    }
  }

  @Test
  void waitsOutA503WithRetryAfter() throws Exception {
    AtomicInteger page2Calls = new AtomicInteger();
    try (FixtureServer server =
        new FixtureServer(
            p -> {
              if (FixtureServer.oaiPage(p.get("resumptionToken")) == 2
                  && page2Calls.incrementAndGet() == 1) {
                return new FixtureServer.Response(
                    503, "Retry after 1 second", Map.of("Retry-After", "1"));
              }
              return FixtureServer.oai(p);
            })) {
      long t0 = System.nanoTime();
      HarvestReport r = new OaiHarvester(db, FAST, null).harvest(options(server));
      assertThat(Duration.ofNanos(System.nanoTime() - t0)).isGreaterThan(Duration.ofMillis(950));
      assertThat(page2Calls).hasValue(2);
      assertThat(r.complete()).isTrue();
      assertThat(new PaperDao(db).count()).isEqualTo(199);
    }
  }

  @Test
  void resumesWithTheStoredTokenAfterAFailure() throws Exception {
    AtomicBoolean broken = new AtomicBoolean(true);
    AtomicInteger brokenServed = new AtomicInteger();
    String page3 = FixtureServer.fixture("oai/listrecords-arXiv-page3.xml");
    try (FixtureServer server =
        new FixtureServer(
            p -> {
              if (broken.get() && FixtureServer.oaiPage(p.get("resumptionToken")) == 3) {
                brokenServed.incrementAndGet();
                return FixtureServer.Response.ok(page3.substring(0, page3.length() / 2));
              }
              return FixtureServer.oai(p);
            })) {
      OaiOptions o = options(server);
      assertThatThrownBy(() -> new OaiHarvester(db, FAST, null).harvest(o))
          .isInstanceOf(HarvestException.class)
          .hasMessageContaining("after 3 tries")
          .hasMessageContaining("malformed XML at");
      assertThat(brokenServed).hasValue(3);
      assertThat(checkpoint(o))
          .isEqualTo(new Checkpoint(o.checkpointName(), "6960524|51", "2025-06-11", 2, 50, false));
      assertThat(new PaperDao(db).count()).isEqualTo(50);
      assertThat(new IngestRuns(db).recent(1).get(0).status()).isEqualTo("failed");

      broken.set(false);
      int before = server.requests().size();
      HarvestReport r = new OaiHarvester(db, FAST, null).harvest(o);

      List<Map<String, String>> after = server.requests().subList(before, server.requests().size());
      assertThat(after.get(0)).containsEntry("resumptionToken", "6960524|51");
      assertThat(after).hasSize(6).allMatch(p -> p.containsKey("resumptionToken"));
      assertThat(r.resumed()).isTrue();
      assertThat(r.pages()).isEqualTo(6);
      assertThat(r.counts().added()).isEqualTo(149);
      assertThat(new PaperDao(db).count()).isEqualTo(199);
      assertThat(checkpoint(o).pages()).isEqualTo(8);
      assertThat(checkpoint(o).records()).isEqualTo(200);
      assertThat(checkpoint(o).complete()).isTrue();
    }
  }

  @Test
  void anExpiredTokenRestartsFromTheLastDatestamp() throws Exception {
    try (FixtureServer server = new FixtureServer(FixtureServer::oai)) {
      OaiOptions o = options(server);
      db.inTransaction(
          c -> {
            new HarvestCheckpoints(db)
                .save(
                    c,
                    new Checkpoint(o.checkpointName(), "expired|51", "2025-06-11", 2, 50, false));
            return null;
          });
      HarvestReport r = new OaiHarvester(db, FAST, null).harvest(o);

      List<Map<String, String>> log = server.requests();
      assertThat(log.get(0)).containsEntry("resumptionToken", "expired|51");
      assertThat(log.get(1))
          .containsEntry("from", "2025-06-11")
          .containsEntry("metadataPrefix", "arXiv")
          .doesNotContainKey("resumptionToken");
      assertThat(r.complete()).isTrue();
      assertThat(new PaperDao(db).count()).isEqualTo(199);
    }
  }

  @Test
  void aBadTokenOnAFreshHarvestIsAnError() throws Exception {
    try (FixtureServer server =
        new FixtureServer(
            p ->
                p.containsKey("resumptionToken")
                    ? FixtureServer.Response.ok(
                        FixtureServer.fixture("oai/bad-resumption-token.xml"))
                    : FixtureServer.oai(p))) {
      assertThatThrownBy(() -> new OaiHarvester(db, FAST, null).harvest(options(server)))
          .isInstanceOf(HarvestException.class)
          .hasMessageContaining("badResumptionToken");
      assertThat(new PaperDao(db).count()).isEqualTo(25);
    }
  }

  @Test
  void aCompleteHarvestContinuesFromItsLastDatestamp() throws Exception {
    try (FixtureServer server =
        new FixtureServer(
            p ->
                p.containsKey("from")
                    ? FixtureServer.Response.ok(FixtureServer.fixture("oai/no-records-match.xml"))
                    : FixtureServer.oai(p))) {
      OaiOptions o = options(server);
      new OaiHarvester(db, FAST, null).harvest(o);
      int before = server.requests().size();

      HarvestReport r = new OaiHarvester(db, FAST, null).harvest(o);
      List<Map<String, String>> after = server.requests().subList(before, server.requests().size());
      assertThat(after)
          .singleElement()
          .satisfies(
              p ->
                  assertThat(p)
                      .containsEntry("from", "2026-04-28")
                      .containsEntry("set", "cs")
                      .containsEntry("metadataPrefix", "arXiv"));
      assertThat(r.complete()).isTrue();
      assertThat(r.pages()).isZero();
      assertThat(r.counts().read()).isZero();
      assertThat(checkpoint(o).lastDatestamp()).isEqualTo("2026-04-28");
      assertThat(checkpoint(o).complete()).isTrue();
      assertThat(new PaperDao(db).count()).isEqualTo(199);
    }
  }

  @Test
  void harvestsArxivRaw() throws Exception {
    try (FixtureServer server = new FixtureServer(FixtureServer::oai)) {
      OaiOptions o =
          new OaiOptions(
              server.url("/oai"), "cs", "arXivRaw", LocalDate.of(2025, 3, 1), null, Set.of());
      HarvestReport r = new OaiHarvester(db, FAST, null).harvest(o);
      assertThat(server.requests().get(0))
          .containsEntry("metadataPrefix", "arXivRaw")
          .containsEntry("from", "2025-03-01");
      assertThat(r.counts().added()).isEqualTo(5);
      assertThat(new PaperDao(db).expectPaper("0704.0001").version()).isEqualTo(2);
    }
  }

  @Test
  void aRefusedRequestIsNotRetried() throws Exception {
    try (FixtureServer server =
        new FixtureServer(p -> new FixtureServer.Response(404, "no", Map.of()))) {
      assertThatThrownBy(() -> new OaiHarvester(db, FAST, null).harvest(options(server)))
          .isInstanceOf(HarvestException.class)
          .hasMessageContaining("HTTP 404");
      assertThat(server.requests()).hasSize(1);
    }
  }
}

package org.paperradar.digest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.icegreen.greenmail.util.GreenMail;
import java.nio.file.Path;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperradar.recommend.Recommender;
import org.paperradar.store.Database;
import org.paperradar.store.PaperDao;
import org.paperradar.store.User;
import org.paperradar.store.UserStore;
import org.paperradar.trending.Trending;
import org.paperradar.trending.VoteStore;

/** The V7 tables and the digest path on a real PostgreSQL ({@code RADAR_TEST_PG_URL}). */
@Tag("integration")
class DigestPostgresIT {
  @TempDir Path dir;

  @Test
  void composeSendAndCheckpointOnPostgres() throws Exception {
    String url = System.getenv("RADAR_TEST_PG_URL");
    assumeTrue(url != null && !url.isBlank(), "SKIPPED: no PostgreSQL (RADAR_TEST_PG_URL)");
    try (Database db = Database.open(url, null, null)) {
      db.read(
          c -> {
            try (Statement s = c.createStatement()) {
              s.execute("DROP SCHEMA public CASCADE");
              s.execute("CREATE SCHEMA public");
            }
            return null;
          });
    }
    int port = DigestFixture.freePort();
    GreenMail smtp = DigestFixture.smtpServer(port);
    try (Database db = Database.open(url, null, null)) {
      PaperDao papers = new PaperDao(db);
      db.inTransaction(
          c ->
              papers.upsert(
                  c,
                  List.of(DigestFixture.paper("2606.00001", "Hot paper", "2026-06-10", "cs.LG"))));
      User u = new UserStore(db).addUser("pg", Optional.of("pg@lab.example"));
      DigestStore store = new DigestStore(db);
      store.saveSettings(
          u.id(), new DigestSettings(DigestSettings.Frequency.DAILY, 6, java.util.Set.of(), false));
      DigestConfig config = DigestConfig.defaults().withZone(ZoneOffset.UTC);
      Recommender none =
          new org.paperradar.recommend.PaperRecommender(
              db, org.paperradar.recommend.RecommendSettings.defaults());
      Outbox outbox = new Outbox(db);
      DigestComposer composer =
          new DigestComposer(
              none, new Trending(papers, new VoteStore(db)), papers, store, outbox, config);
      Mailer mailer =
          new Mailer(
              SmtpSettings.defaults().withServer("127.0.0.1", port).withAuth("radar", "secret"));
      Digests digests = new Digests(db, composer, mailer, UnsubscribeTokens.inDataDir(dir), config);
      Instant now = Instant.parse("2026-06-10T08:00:00Z");
      assertThat(digests.enqueueDue(now).enqueued()).isEqualTo(1);
      assertThat(digests.enqueueDue(now).enqueued()).isZero();
      TestClock clock = new TestClock(now);
      assertThat(new OutboxSender(outbox, mailer, RetryPolicy.DEFAULT, clock).sendDue().sent())
          .isEqualTo(1);
      assertThat(smtp.getReceivedMessages()).hasSize(1);
      assertThat(store.suggested(u.id())).containsExactly("2606.00001");
      assertThat(store.unsubscribe(u.id(), now)).isTrue();
      assertThat(store.settings(u.id()).unsubscribed()).isTrue();

      PipelineRuns runs = new PipelineRuns(db);
      LocalDate day = LocalDate.parse("2026-06-10");
      runs.start(day, "harvest", now);
      runs.finish(day, "harvest", false, "down", now);
      runs.start(day, "harvest", now);
      runs.finish(day, "harvest", true, "ok", now);
      assertThat(runs.find(day, "harvest").orElseThrow().attempts()).isEqualTo(2);
      runs.setState("k", "v1");
      runs.setState("k", "v2");
      assertThat(runs.state("k")).contains("v2");
    } finally {
      smtp.stop();
    }
  }
}

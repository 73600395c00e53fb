package org.paperradar.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.InputStream;
import java.sql.Statement;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.paperradar.ingest.IngestReport;
import org.paperradar.ingest.Ingester;
import org.paperradar.paper.Paper;

/**
 * The same store on a real PostgreSQL server (started by {@code .ci/postgres.sh}, which sets {@code
 * RADAR_TEST_PG_URL}). Skipped, saying so, where no server was started.
 */
@Tag("integration")
class PostgresStoreIT {
  private String url;

  @BeforeEach
  void freshSchema() throws Exception {
    url = System.getenv("RADAR_TEST_PG_URL");
    assumeTrue(
        url != null && !url.isBlank(),
        "SKIPPED: no PostgreSQL (run: eval \"$(.ci/postgres.sh start)\" to set RADAR_TEST_PG_URL)");
    try (var c = java.sql.DriverManager.getConnection(url);
        Statement s = c.createStatement()) {
      s.execute("DROP SCHEMA public CASCADE");
      s.execute("CREATE SCHEMA public");
    }
  }

  private static IngestReport ingest(Database db, String resource) throws Exception {
    try (InputStream in = PostgresStoreIT.class.getResourceAsStream(resource)) {
      return new Ingester(db, 50).ingest(in, resource, "test:" + resource, null, null);
    }
  }

  @Test
  void migratesIngestsAndMergesLikeSqlite() throws Exception {
    try (Database db = Database.open(url, null, null)) {
      assertThat(db.isPostgres()).isTrue();
      IngestReport kaggle = ingest(db, "/fixtures/kaggle-arxiv-snapshot-200.jsonl");
      assertThat(kaggle.counts().added()).isEqualTo(200);
      IngestReport daily = ingest(db, "/fixtures/arxiv-daily-200.jsonl");
      assertThat(daily.counts().added()).isEqualTo(200);
      ingest(db, "/seeds/001_f385e5a2e6f72f6e.txt");
      ingest(db, "/seeds/000_8eaa7f60e97c696a.txt");
      PaperDao papers = new PaperDao(db);
      assertThat(papers.count()).isEqualTo(200 + 200 + 2 + 10);

      IngestReport again = ingest(db, "/fixtures/kaggle-arxiv-snapshot-200.jsonl");
      assertThat(again.counts().unchanged()).isEqualTo(200);
      assertThat(again.counts().added() + again.counts().updated()).isZero();
      assertThat(papers.expectPaper("0704.0001").authors()).startsWith("C. Balázs");

      IngestReport dupes = ingest(db, "/malformed/daily-duplicates.jsonl");
      assertThat(dupes.counts().updated()).isEqualTo(2); // v1 over the unversioned record, then v2
      assertThat(papers.expectPaper("2503.11677").version()).isEqualTo(2);

      StoreStats stats = StoreStats.of(db);
      assertThat(stats.papers()).isEqualTo(412);
      assertThat(stats.localPapers()).isEqualTo(2);
      assertThat(stats.matchedLocalPapers()).isEqualTo(1);
      assertThat(stats.recentRuns()).hasSize(5);
    }
    // Reopening applies no migration twice.
    try (Database db = Database.open(url, null, null)) {
      assertThat(new PaperDao(db).count()).isEqualTo(412);
    }
  }

  @Test
  void embeddingsRoundTripAndGoStaleLikeSqlite() throws Exception {
    try (Database db = Database.open(url, null, null)) {
      ingest(db, "/fixtures/arxiv-daily-200.jsonl");
      var toy = new org.paperradar.embed.ToyEncoder();
      var first = new org.paperradar.embed.Embedder(db, toy, 64).run(0);
      assertThat(first.embedded()).isEqualTo(200);
      EmbeddingDao dao = new EmbeddingDao(db);
      assertThat(dao.missingOrStale(toy.modelId())).isEmpty();
      Paper p = new PaperDao(db).expectPaper("2503.11677");
      float[] expected = toy.encode(org.paperradar.embed.EmbeddingText.of(p));
      assertThat(dao.find(toy.modelId(), java.util.List.of(p.id())).get(p.id()))
          .containsExactly(expected);
      db.inTransaction(
          c ->
              new PaperDao(db)
                  .upsert(c, java.util.List.of(p.toBuilder().title(p.title() + "!").build())));
      assertThat(dao.missingOrStale(toy.modelId())).containsExactly(p.id());
      assertThat(dao.countByModel()).containsEntry(toy.modelId(), 200L);
    }
  }
}

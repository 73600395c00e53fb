package org.paperradar.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.Optional;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.TermQuery;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperradar.ingest.Ingester;
import org.paperradar.search.LuceneSearchBackend;
import org.paperradar.search.ScoredPaper;
import org.paperradar.search.SearchMode;
import org.paperradar.search.SearchRequest;
import org.paperradar.store.Database;
import org.paperradar.store.PaperDao;

/** The index follows the store: rebuilt in full or updated with what changed since last time. */
class IndexSyncTest {
  static void ingest(Database db, String resource) throws Exception {
    try (InputStream in = IndexSyncTest.class.getResourceAsStream(resource)) {
      new Ingester(db, 100).ingest(in, resource, null, null, null);
    }
  }

  static java.util.List<String> find(LuceneSearchBackend b, String q) {
    return b.search(SearchRequest.of(q, SearchMode.LEXICAL, 5)).stream()
        .map(ScoredPaper::id)
        .toList();
  }

  @Test
  void aSecondIngestIsIndexedIncrementally(@TempDir Path dir) throws Exception {
    try (Database db = Database.openSqlite(dir);
        PaperIndex index = PaperIndex.open(dir.resolve("index"))) {
      PaperDao papers = new PaperDao(db);
      IndexSync sync = new IndexSync(papers, index, VectorSource.none());
      ingest(db, "/fixtures/arxiv-daily-200.jsonl");
      assertThat(sync.update(null).indexed()).isEqualTo(200);
      assertThat(index.watermark()).isPresent();
      assertThat(sync.update(null).indexed()).as("nothing changed").isZero();

      ingest(db, "/search/changed-title.jsonl");
      ingest(db, "/search/extra-papers.jsonl");
      IndexSync.Result r = sync.update(null);
      assertThat(r.indexed()).as("one changed, three new").isEqualTo(4);
      assertThat(r.docs()).isEqualTo(203);

      LuceneSearchBackend b = new LuceneSearchBackend(index, Optional.empty());
      assertThat(find(b, "orchard drones blossoms")).startsWith("2503.11692");
      assertThat(find(b, "title:FloPE")).isEmpty();
      int copies = index.withSearcher(s -> s.count(new TermQuery(new Term("id", "2503.11692"))));
      assertThat(copies).isEqualTo(1);
      assertThat(index.paper("2503.11692").orElseThrow().title())
          .isEqualTo("Orchard drones pollinate blossoms by estimating their pose");
    }
  }

  @Test
  void theWatermarkSurvivesReopeningAndRebuildStartsOver(@TempDir Path dir) throws Exception {
    try (Database db = Database.openSqlite(dir)) {
      ingest(db, "/fixtures/arxiv-daily-200.jsonl");
      PaperDao papers = new PaperDao(db);
      String mark;
      try (PaperIndex index = PaperIndex.open(dir.resolve("index"))) {
        new IndexSync(papers, index, VectorSource.none()).update(null);
        mark = index.watermark().orElseThrow();
      }
      try (PaperIndex index = PaperIndex.open(dir.resolve("index"))) {
        assertThat(index.watermark()).contains(mark);
        assertThat(index.docCount()).isEqualTo(200);
        IndexSync.Result r = new IndexSync(papers, index, VectorSource.none()).rebuild(null);
        assertThat(r.indexed()).isEqualTo(200);
        assertThat(r.docs()).isEqualTo(200);
      }
    }
  }

  @Test
  void storedFieldsRebuildThePaper(@TempDir Path dir) throws Exception {
    try (Database db = Database.openSqlite(dir);
        PaperIndex index = PaperIndex.open(dir.resolve("index"))) {
      ingest(db, "/search/extra-papers.jsonl");
      PaperDao papers = new PaperDao(db);
      new IndexSync(papers, index, VectorSource.none()).update(null);
      for (String id : new String[] {"2401.00001", "2402.00002", "2403.00003"}) {
        assertThat(index.paper(id)).contains(papers.expectPaper(id));
      }
    }
  }
}

package org.paperradar.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperradar.ingest.Ingester;
import org.paperradar.paper.Paper;
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

  @Test
  void vectorsThatAppearAfterTheWatermarkReindexTheirPapers(@TempDir Path dir) throws Exception {
    try (Database db = Database.openSqlite(dir);
        PaperIndex index = PaperIndex.open(dir.resolve("index"))) {
      ingest(db, "/fixtures/arxiv-daily-200.jsonl");
      PaperDao papers = new PaperDao(db);
      new IndexSync(papers, index, VectorSource.none()).update(null);
      assertThat(index.vectorCount()).isZero();
      assertThat(index.docCount()).isEqualTo(200);

      Instant created = Instant.now();
      Map<String, float[]> vectors = new HashMap<>();
      for (String id : List.of("2503.11677", "2503.11692", "2503.12799")) {
        float[] v = new float[8];
        v[vectors.size()] = 1;
        vectors.put(id, v);
      }
      VectorSource embedded =
          new VectorSource() {
            @Override
            public Optional<float[]> vector(String paperId) {
              return Optional.ofNullable(vectors.get(paperId));
            }

            @Override
            public Collection<String> changedAfter(Instant after) {
              return after == null || created.isAfter(after) ? vectors.keySet() : List.of();
            }

            @Override
            public Optional<Instant> newest() {
              return Optional.of(created);
            }
          };
      IndexSync sync = new IndexSync(papers, index, embedded);
      IndexSync.Result r = sync.update(null);
      assertThat(r.indexed()).as("exactly the papers with new vectors").isEqualTo(3);
      assertThat(r.withVectors()).isEqualTo(3);
      assertThat(r.docs()).isEqualTo(200);
      assertThat(index.vectorCount()).isEqualTo(3);
      assertThat(index.docCount()).isEqualTo(200);
      assertThat(index.watermark()).contains(created.toString());

      IndexSync.Result again = sync.update(null);
      assertThat(again.indexed()).as("nothing new").isZero();
      assertThat(index.vectorCount()).isEqualTo(3);
    }
  }

  @Test
  void aReadOnlyIndexSearchesBesideTheWriterAndSeesItsCommits(@TempDir Path dir) throws Exception {
    Path path = dir.resolve("index");
    assertThatThrownBy(() -> PaperIndex.openReadOnly(path))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("no index in " + path + ": run radar index");
    try (Database db = Database.openSqlite(dir);
        PaperIndex writer = PaperIndex.open(path)) {
      ingest(db, "/fixtures/arxiv-daily-200.jsonl");
      new IndexSync(new PaperDao(db), writer, VectorSource.none()).update(null);
      try (PaperIndex reader = PaperIndex.openReadOnly(path);
          LuceneSearchBackend b = new LuceneSearchBackend(reader, Optional.empty())) {
        assertThat(reader.readOnly()).isTrue();
        assertThat(reader.docCount()).isEqualTo(200);
        assertThat(reader.watermark()).isEqualTo(writer.watermark());
        assertThat(find(b, "prosthetic vision")).startsWith("2503.11677");
        assertThatThrownBy(() -> reader.commit(null))
            .isInstanceOf(IllegalStateException.class)
            .hasMessageContaining("read-only");

        ingest(db, "/search/extra-papers.jsonl");
        new IndexSync(new PaperDao(db), writer, VectorSource.none()).update(null);
        assertThat(reader.docCount()).as("until refreshed").isEqualTo(200);
        reader.refresh();
        assertThat(reader.docCount()).isEqualTo(203);
      }
    }
  }

  @Test
  void idsComeFromDocValuesOrForOlderDocumentsFromTheStoredField(@TempDir Path dir)
      throws Exception {
    try (Directory d = FSDirectory.open(dir);
        IndexWriter w = new IndexWriter(d, new IndexWriterConfig(IndexFields.analyzer()))) {
      for (String id : List.of("2401.00001", "2401.00002", "2401.00003")) {
        Paper p = Paper.builder(id).title("Title " + id).abstractText("Words.").build();
        Document doc = PaperDocuments.toDocument(p, null);
        if (!id.endsWith("2")) {
          doc.removeField(IndexFields.ID_KEY); // as indexed before the id doc values existed
        }
        w.addDocument(doc);
        w.commit(); // one segment each
      }
      try (DirectoryReader r = DirectoryReader.open(w)) {
        assertThat(r.leaves()).hasSize(3);
        assertThat(PaperDocuments.ids(r, new int[] {2, 0, 1, 1}))
            .containsExactly("2401.00003", "2401.00001", "2401.00002", "2401.00002");
      }
    }
  }
}

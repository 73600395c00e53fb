package org.paperradar.embed;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperradar.ingest.CollectingSink;
import org.paperradar.ingest.DailyJsonlSource;
import org.paperradar.paper.Paper;
import org.paperradar.store.Database;
import org.paperradar.store.EmbeddingDao;
import org.paperradar.store.PaperDao;

class EmbedderTest {
  static List<Paper> fixture() throws Exception {
    CollectingSink sink = new CollectingSink();
    try (InputStream in =
        EmbedderTest.class.getResourceAsStream("/fixtures/arxiv-daily-200.jsonl")) {
      new DailyJsonlSource().read(in, "fixture", sink);
    }
    return sink.papers();
  }

  @Test
  void embedsOnlyWhatIsMissingOrChanged(@TempDir Path dir) throws Exception {
    List<Paper> papers = fixture();
    try (Database db = Database.openSqlite(dir)) {
      PaperDao paperDao = new PaperDao(db);
      db.inTransaction(c -> paperDao.upsert(c, papers));
      long n = paperDao.count();
      TextEncoder toy = new ToyEncoder();
      List<long[]> progress = new ArrayList<>();

      Embedder.Report first =
          new Embedder(db, toy, 64).run(0, (done, total) -> progress.add(new long[] {done, total}));
      assertThat(first.embedded()).isEqualTo(n);
      assertThat(progress.get(0)).containsExactly(0, n);
      assertThat(progress.get(progress.size() - 1)).containsExactly(n, n);
      assertThat(progress).hasSize(1 + (int) ((n + 63) / 64));
      assertThat(EmbeddingStatus.of(db, toy.modelId()).complete()).isTrue();

      assertThat(new Embedder(db, toy, 64).run(0).embedded()).isZero();

      Paper changed = paperDao.expectPaper(papers.get(7).id());
      db.inTransaction(
          c ->
              paperDao.upsert(
                  c,
                  List.of(
                      changed.toBuilder()
                          .abstractText(changed.abstractText() + " We also release code.")
                          .version(changed.version() + 1)
                          .build())));
      Embedder.Report again = new Embedder(db, toy, 64).run(0);
      assertThat(again.pending()).isEqualTo(1);
      assertThat(again.embedded()).isEqualTo(1);
      float[] stored =
          new EmbeddingDao(db).find(toy.modelId(), List.of(changed.id())).get(changed.id());
      assertThat(stored)
          .containsExactly(toy.encode(EmbeddingText.of(paperDao.expectPaper(changed.id()))));
    }
  }

  @Test
  void aRunStoppedMidwayKeepsFinishedBatchesAndTheNextRunContinues(@TempDir Path dir)
      throws Exception {
    List<Paper> papers = fixture().subList(0, 50);
    try (Database db = Database.openSqlite(dir)) {
      db.inTransaction(c -> new PaperDao(db).upsert(c, papers));
      AtomicInteger calls = new AtomicInteger();
      ToyEncoder toy = new ToyEncoder();
      TextEncoder dying =
          new TextEncoder() {
            @Override
            public String modelId() {
              return toy.modelId();
            }

            @Override
            public int dimension() {
              return toy.dimension();
            }

            @Override
            public List<float[]> encode(List<String> texts) {
              if (calls.incrementAndGet() == 3) {
                throw new IllegalStateException("killed");
              }
              return toy.encode(texts);
            }
          };
      try {
        new Embedder(db, dying, 10).run(0);
      } catch (IllegalStateException expected) {
        // the third batch died
      }
      assertThat(new EmbeddingDao(db).count(dying.modelId())).isEqualTo(20);
      Embedder.Report rest = new Embedder(db, new ToyEncoder(), 10).run(0);
      assertThat(rest.pending()).isEqualTo(30);
      assertThat(rest.embedded()).isEqualTo(30);
    }
  }

  @Test
  void limitCapsOneRun(@TempDir Path dir) throws Exception {
    List<Paper> papers = fixture().subList(0, 30);
    try (Database db = Database.openSqlite(dir)) {
      db.inTransaction(c -> new PaperDao(db).upsert(c, papers));
      assertThat(new Embedder(db, new ToyEncoder(), 8).run(12).embedded()).isEqualTo(12);
      assertThat(EmbeddingStatus.of(db, "toy-hash-64").embedded()).isEqualTo(12);
      assertThat(new Embedder(db, new ToyEncoder(), 8).run(0).embedded()).isEqualTo(18);
    }
  }

  @Test
  void textIsTitleThenAbstract() {
    Paper p = Paper.builder("x").title("A title").abstractText(" An abstract. ").build();
    assertThat(EmbeddingText.of(p)).isEqualTo("A title. An abstract.");
    assertThat(EmbeddingText.of(p.toBuilder().title("Why?").build()))
        .isEqualTo("Why? An abstract.");
    assertThat(EmbeddingText.hash("a")).hasSize(16).isNotEqualTo(EmbeddingText.hash("A"));
  }
}

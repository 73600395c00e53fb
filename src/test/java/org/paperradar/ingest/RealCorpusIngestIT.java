package org.paperradar.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperradar.store.Database;
import org.paperradar.store.PaperDao;
import org.paperradar.testing.SharedData;

/** The whole real corpus: exactly 74,728 papers, and a second ingest changes nothing. */
@Tag("integration")
class RealCorpusIngestIT {

  @Test
  void ingestsTheWholeCorpusExactlyOnce(@TempDir Path dir) throws Exception {
    Path corpus = SharedData.require("data/arxiv/arxiv-cs-2025-2026.jsonl.gz");
    try (Database db = Database.openSqlite(dir)) {
      Ingester ingester = new Ingester(db, 2000);
      IngestReport first = ingester.ingestFile(corpus, null, null);
      assertThat(first.format()).isEqualTo("arxiv-daily");
      assertThat(first.counts().rejected()).as("rejects: %s", first.rejects()).isZero();
      assertThat(first.counts().added()).isEqualTo(74_728);
      assertThat(new PaperDao(db).count()).isEqualTo(74_728);

      IngestReport second = ingester.ingestFile(corpus, null, null);
      assertThat(second.counts().added()).isZero();
      assertThat(second.counts().updated()).isZero();
      assertThat(second.counts().unchanged()).isEqualTo(74_728);
      assertThat(new PaperDao(db).count()).isEqualTo(74_728);
      // The glued author list of 2506.02197 was split into real names.
      assertThat(new PaperDao(db).expectPaper("2506.02197").authors()).contains("Xiangyu Kong");
    }
  }
}

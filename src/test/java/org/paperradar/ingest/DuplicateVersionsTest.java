package org.paperradar.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperradar.paper.Paper;
import org.paperradar.store.Database;
import org.paperradar.store.PaperDao;

class DuplicateVersionsTest {

  @Test
  void theNewestVersionWinsWhateverTheOrder(@TempDir Path dir) throws Exception {
    try (Database db = Database.openSqlite(dir);
        InputStream in = getClass().getResourceAsStream("/malformed/daily-duplicates.jsonl")) {
      IngestReport r = new Ingester(db, 2).ingest(in, "daily-duplicates.jsonl", null, null, null);
      assertThat(r.counts().added()).isEqualTo(2);
      assertThat(r.counts().updated()).isEqualTo(1); // v2 over v1
      assertThat(r.counts().unchanged()).isEqualTo(2); // v1 again, and the exact repeat
      PaperDao papers = new PaperDao(db);
      assertThat(papers.count()).isEqualTo(2);
      Paper p = papers.expectPaper("2503.11677");
      assertThat(p.version()).isEqualTo(2);
      assertThat(p.title()).isEqualTo("Second version title");
    }
  }
}

package org.paperradar.search;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Optional;
import org.paperradar.embed.ToyEncoder;
import org.paperradar.index.IndexSync;
import org.paperradar.index.PaperIndex;
import org.paperradar.index.VectorSource;
import org.paperradar.ingest.Ingester;
import org.paperradar.store.Database;
import org.paperradar.store.PaperDao;

/** A temp store with the 200-paper fixture ingested and indexed with toy vectors. */
final class SearchFixture implements AutoCloseable {
  static final String FIXTURE = "/fixtures/arxiv-daily-200.jsonl";

  final Database db;
  final PaperDao papers;
  final PaperIndex index;
  final ToyEncoder encoder = new ToyEncoder(64);

  /** The fixture in {@code dir}; {@code vectors} null means toy vectors for every paper. */
  SearchFixture(Path dir, VectorSource vectors) throws IOException {
    db = Database.openSqlite(dir.resolve("data"));
    papers = new PaperDao(db);
    ingest(FIXTURE);
    index = PaperIndex.open(dir.resolve("data").resolve(PaperIndex.DIR_NAME));
    sync(vectors);
  }

  SearchFixture(Path dir) throws IOException {
    this(dir, null);
  }

  IndexSync.Result sync(VectorSource vectors) {
    return new IndexSync(papers, index, vectors == null ? VectorSource.encoding(encoder) : vectors)
        .update(null);
  }

  void ingest(String resource) throws IOException {
    try (InputStream in = getClass().getResourceAsStream(resource)) {
      new Ingester(db, 500).ingest(in, resource, null, null, null);
    }
  }

  LuceneSearchBackend backend() {
    return new LuceneSearchBackend(index, Optional.of(encoder));
  }

  @Override
  public void close() {
    index.close();
    db.close();
  }
}

package org.paperradar.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import org.paperradar.index.IndexSync;
import org.paperradar.index.PaperIndex;
import org.paperradar.store.Database;
import org.paperradar.store.PaperDao;

/** Keeps the data folder's Lucene index in step with the store, for the commands that change it. */
final class Indexing {
  private Indexing() {}

  static Path indexDir(RadarConfig cfg) {
    return cfg.dataDir().resolve(PaperIndex.DIR_NAME);
  }

  /** Indexes what changed since the last sync (everything when {@code rebuild}) and reports it. */
  static IndexSync.Result sync(RadarCli radar, Database db, PrintWriter out, boolean rebuild) {
    RadarConfig cfg = radar.config();
    PaperDao papers = new PaperDao(db);
    try (PaperIndex index = PaperIndex.open(indexDir(cfg));
        Progress p = Progress.of("index", papers.count(), " papers", 1, cfg.quiet(), System.err)) {
      IndexSync sync = new IndexSync(papers, index, radar.encoders.vectors(db));
      IndexSync.Listener listener = (n, total) -> p.stepTo(n, null);
      IndexSync.Result r = rebuild ? sync.rebuild(listener) : sync.update(listener);
      out.printf(
          Locale.ROOT,
          "index: %s %,d papers (%,d with vectors) in %.1f s; %,d papers in the index%n",
          rebuild ? "rebuilt from" : "updated",
          r.indexed(),
          r.withVectors(),
          r.seconds(),
          r.docs());
      out.flush();
      return r;
    }
  }
}

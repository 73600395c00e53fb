package org.paperradar.eval;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.paperradar.ingest.IngestReport;
import org.paperradar.ingest.Ingester;
import org.paperradar.store.Database;

/**
 * Measures ingest throughput: each run ingests the file into a fresh SQLite store (cold pass) and
 * then again into the same store (warm pass: everything unchanged), and reports papers/s.
 */
public final class IngestBenchmark {
  /** One run's figures. */
  public record Run(
      long papers,
      double coldSeconds,
      double coldPerSecond,
      long warmUnchanged,
      double warmSeconds,
      double warmPerSecond) {}

  private IngestBenchmark() {}

  public static List<Run> run(Path file, int runs, int batchSize) throws IOException {
    List<Run> out = new ArrayList<>();
    for (int i = 0; i < runs; i++) {
      Path dir = Files.createTempDirectory("radar-bench-ingest");
      try (Database db = Database.openSqlite(dir)) {
        Ingester ingester = new Ingester(db, batchSize);
        IngestReport cold = ingester.ingestFile(file, null, null);
        IngestReport warm = ingester.ingestFile(file, null, null);
        out.add(
            new Run(
                cold.counts().added(),
                cold.elapsed().toNanos() / 1e9,
                cold.papersPerSecond(),
                warm.counts().unchanged(),
                warm.elapsed().toNanos() / 1e9,
                warm.papersPerSecond()));
      } finally {
        TempDirs.deleteTree(dir);
      }
    }
    return out;
  }
}

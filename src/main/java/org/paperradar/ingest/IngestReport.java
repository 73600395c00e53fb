package org.paperradar.ingest;

import java.time.Duration;
import java.util.List;
import org.paperradar.store.IngestCounts;

/**
 * What one ingest did. {@code rejects} holds the first rejects (all are counted and stored); {@code
 * resumedAfter} is the position an interrupted earlier run had reached (0 for a fresh run).
 */
public record IngestReport(
    long runId,
    String origin,
    String format,
    IngestCounts counts,
    List<Reject> rejects,
    long resumedAfter,
    Duration elapsed) {

  public double papersPerSecond() {
    double s = elapsed.toNanos() / 1e9;
    return s <= 0 ? 0 : counts.read() / s;
  }
}

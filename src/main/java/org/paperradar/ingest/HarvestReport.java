package org.paperradar.ingest;

import java.time.Duration;
import java.util.List;
import org.paperradar.store.IngestCounts;

/**
 * What one harvest run did.
 *
 * @param name the checkpoint name, which identifies the harvest across runs
 * @param pages pages stored by this run
 * @param records records on those pages (deleted and rejected ones included)
 * @param deleted records the server reported as deleted (skipped)
 * @param filtered papers dropped by the category filter
 * @param counts papers read, and what they did to the store; rejected records
 * @param rejects the first rejects (all are counted and stored with the run)
 * @param complete whether the list was harvested to its end
 * @param resumed whether this run continued an interrupted harvest
 */
public record HarvestReport(
    long runId,
    String name,
    long pages,
    long records,
    long deleted,
    long filtered,
    IngestCounts counts,
    List<Reject> rejects,
    boolean complete,
    boolean resumed,
    Duration elapsed) {

  public HarvestReport {
    rejects = List.copyOf(rejects);
  }
}

package org.paperradar.store;

/** Counters of one ingest run: records read, and what they did to the store. */
public record IngestCounts(long read, long added, long updated, long unchanged, long rejected) {
  public static final IngestCounts ZERO = new IngestCounts(0, 0, 0, 0, 0);

  public IngestCounts plus(IngestCounts o) {
    return new IngestCounts(
        read + o.read,
        added + o.added,
        updated + o.updated,
        unchanged + o.unchanged,
        rejected + o.rejected);
  }
}

package org.paperradar.ingest;

import org.paperradar.paper.Paper;

/** Receives what a {@link PaperSource} reads. */
public interface IngestSink {

  /**
   * A good record. {@code position} is its 1-based line (line-oriented formats) or record number,
   * increasing through the input; it lets an interrupted ingest resume after the last stored one.
   */
  void accept(Paper paper, long position);

  /** A bad record, with where it was and why it was refused. */
  void reject(Reject reject);
}

package org.paperradar.ingest;

import java.io.IOException;
import java.io.InputStream;

/**
 * One input format. A source streams {@link org.paperradar.paper.Paper}s from its input into a
 * sink, reporting each bad record as a {@link Reject} with its position and carrying on: a bad
 * record is never fatal. Only an unreadable stream (I/O error) ends a read early.
 */
public interface PaperSource {

  /** Short name used by {@code --format} and stored with each paper, e.g. {@code arxiv-daily}. */
  String format();

  /**
   * Whether the start of an input looks like this format (for detection when no {@code --format} is
   * given). {@code head} is the first few KiB, decoded as UTF-8, leading whitespace kept.
   */
  boolean sniff(String head);

  /**
   * Reads all records. {@code origin} names the input in reject messages (a file name or URL). The
   * stream is already decompressed.
   */
  void read(InputStream in, String origin, IngestSink sink) throws IOException;
}

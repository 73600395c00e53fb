package org.paperradar.ingest;

/** A parsed response page that may have been cut off (not well-formed). */
interface FetchedPage {
  /** Why the body is not well-formed, or null when it is. */
  String malformed();

  default boolean wellFormed() {
    return malformed() == null;
  }
}

package org.paperradar.ingest;

/** Hears about each stored page of a harvest, e.g. to draw a progress bar. */
@FunctionalInterface
public interface HarvestListener {
  HarvestListener NONE = p -> {};

  void page(Progress progress);

  /**
   * Progress after a page.
   *
   * @param pages pages stored so far by this harvest (a resumed one counts the earlier pages)
   * @param done records of the whole list covered so far
   * @param total size of the whole list as the server announced it, -1 when unknown
   * @param papers papers stored by this run
   */
  record Progress(long pages, long done, long total, long papers) {}
}

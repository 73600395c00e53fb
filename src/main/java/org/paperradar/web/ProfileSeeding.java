package org.paperradar.web;

import java.util.List;
import org.paperradar.paper.Paper;

/** Seeding a reader's profile with their own papers, as the settings page offers it. */
public interface ProfileSeeding {
  /** Papers that may be the reader's, found by their author name, for them to confirm. */
  List<Paper> candidatesByAuthor(String authorName, int limit);

  /** Marks these stored papers as the reader's own; returns how many were new. */
  int confirm(long userId, List<String> paperIds);

  /** Reads a pasted listing, stores its papers and marks them as the reader's own. */
  Result fromListing(long userId, String text);

  /** What a pasted listing gave: papers read, marked as own, and the reasons for any rejects. */
  record Result(int read, int marked, List<String> rejected) {}
}

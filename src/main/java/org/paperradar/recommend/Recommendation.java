package org.paperradar.recommend;

import org.paperradar.search.ScoredPaper;

/** A recommended paper with its score parts and the explanation shown to the reader. */
public record Recommendation(ScoredPaper scored, Explanation why) {
  public String id() {
    return scored.id();
  }
}

package org.paperradar.search;

import java.util.List;
import org.paperradar.paper.Paper;

/**
 * What every ranker returns (search, similar papers, recommendations): the paper, its final score
 * (higher is better) and the parts that made it, for explanations.
 */
public record ScoredPaper(Paper paper, double score, List<ScorePart> parts) {
  public ScoredPaper {
    parts = List.copyOf(parts);
  }

  public String id() {
    return paper.id();
  }
}

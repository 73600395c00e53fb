package org.paperradar.recommend;

import java.util.List;
import org.paperradar.search.ScoredPaper;

/**
 * Personal recommendations: one implementation serves the CLI, the web feed and the e-mail digest.
 * Papers the reader owns, rated, saved or has seen are never recommended.
 */
public interface Recommender {

  /** The reader's feed, best first, each with its explanation. */
  List<Recommendation> feed(FeedRequest request);

  /**
   * Cold start, "what to rate next": recent papers the reader's model is least sure about (closest
   * to its decision boundary), so each rating teaches it the most.
   */
  List<ScoredPaper> toRate(long userId, int limit);
}

package org.paperradar.web;

import java.util.List;
import org.paperradar.recommend.FeedRequest;
import org.paperradar.recommend.Recommendation;
import org.paperradar.recommend.Recommender;
import org.paperradar.search.ScoredPaper;

/** A recommender that recommends nothing: for a server started without one. */
public final class NoRecommender implements Recommender {
  @Override
  public List<Recommendation> feed(FeedRequest request) {
    return List.of();
  }

  @Override
  public List<ScoredPaper> toRate(long userId, int limit) {
    return List.of();
  }
}

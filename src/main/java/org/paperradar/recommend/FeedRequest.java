package org.paperradar.recommend;

import java.time.LocalDate;
import java.util.Optional;

/**
 * What to recommend: for this reader, papers announced on or after {@code since} (default: the
 * recommender's candidate window), at most {@code limit}, optionally re-ranked for diversity.
 */
public record FeedRequest(long userId, Optional<LocalDate> since, int limit, boolean diversify) {
  public FeedRequest {
    if (limit < 1 || limit > 1000) {
      throw new IllegalArgumentException("limit must be between 1 and 1000, got " + limit);
    }
  }

  public static FeedRequest of(long userId, int limit) {
    return new FeedRequest(userId, Optional.empty(), limit, false);
  }
}

package org.paperradar.digest;

import java.time.LocalDate;
import java.util.List;
import org.paperradar.recommend.Recommendation;
import org.paperradar.search.ScoredPaper;
import org.paperradar.store.User;

/**
 * One reader's digest for one period: new papers from the recommender (with explanations) and the
 * period's trending papers, none of which the reader was sent before.
 *
 * @param period the key that makes it once per reader: {@code 2025-04-01} or {@code 2025-W14}
 * @param since first announcement day considered (the day of the previous digest)
 */
public record Digest(
    User user,
    String period,
    LocalDate day,
    LocalDate since,
    List<Recommendation> recommended,
    List<ScoredPaper> trending) {
  public Digest {
    recommended = List.copyOf(recommended);
    trending = List.copyOf(trending);
  }

  public boolean isEmpty() {
    return recommended.isEmpty() && trending.isEmpty();
  }

  public int size() {
    return recommended.size() + trending.size();
  }
}

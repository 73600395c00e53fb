package org.paperradar.digest;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.paperradar.paper.Paper;
import org.paperradar.recommend.Explanation;
import org.paperradar.recommend.FeedRequest;
import org.paperradar.recommend.Recommendation;
import org.paperradar.recommend.Recommender;
import org.paperradar.search.ScoredPaper;
import org.paperradar.store.PaperDao;
import org.paperradar.store.UserStore;

/**
 * Recommends the papers announced since the request's day whose title has one of the reader's
 * interest words, leaving out papers the reader has any relation with (as the real one does).
 */
final class StubRecommender implements Recommender {
  private final PaperDao papers;
  private final UserStore users;
  private final java.util.Map<Long, String> interests;

  StubRecommender(PaperDao papers, UserStore users, java.util.Map<Long, String> interests) {
    this.papers = papers;
    this.users = users;
    this.interests = interests;
  }

  @Override
  public List<Recommendation> feed(FeedRequest r) {
    String word = interests.getOrDefault(r.userId(), "");
    Set<String> known = users.papers(r.userId()).keySet();
    List<Recommendation> out = new ArrayList<>();
    papers.forEachAnnounced(
        r.since().orElse(LocalDate.EPOCH),
        LocalDate.of(9999, 1, 1),
        p -> {
          if (!known.contains(p.id()) && matches(p, word) && out.size() < r.limit()) {
            out.add(
                new Recommendation(
                    new ScoredPaper(p, 1.0 / (out.size() + 1), List.of()),
                    new Explanation(
                        List.of(new Explanation.Neighbour("x", "My " + word + " paper", 0.8)),
                        List.of(word))));
          }
        });
    return out;
  }

  private static boolean matches(Paper p, String word) {
    return !word.isEmpty()
        && p.title()
            .toLowerCase(java.util.Locale.ROOT)
            .contains(word.toLowerCase(java.util.Locale.ROOT));
  }

  @Override
  public List<ScoredPaper> toRate(long userId, int limit) {
    return List.of();
  }
}

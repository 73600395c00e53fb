package org.paperradar.trending;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperradar.paper.Paper;
import org.paperradar.search.ScoredPaper;
import org.paperradar.store.Database;
import org.paperradar.store.PaperDao;
import org.paperradar.store.UserStore;

class TrendingTest {
  static Paper paper(String id, String day, int upvotes) {
    return Paper.builder(id)
        .title("T " + id)
        .abstractText("A " + id)
        .announced(LocalDate.parse(day))
        .upvotes(upvotes)
        .build();
  }

  @Test
  void votesDecayByPeriodAndOneVotePerReader(@TempDir Path dir) {
    try (Database db = Database.openSqlite(dir)) {
      db.inTransaction(
          c ->
              new PaperDao(db)
                  .upsert(
                      c,
                      List.of(
                          paper("2606.00001", "2026-06-10", 0),
                          paper("2606.00002", "2026-06-10", 0),
                          paper("2606.00003", "2026-06-08", 3),
                          paper("2606.00004", "2026-06-01", 0))));
      UserStore users = new UserStore(db);
      long a = users.addUser("a", Optional.empty()).id();
      long b = users.addUser("b", Optional.empty()).id();
      VoteStore votes = new VoteStore(db);
      Instant now = Instant.parse("2026-06-10T18:00:00Z");
      // 00001: two fresh votes; 00002: one fresh vote; voting twice counts once.
      assertThat(votes.vote(a, "2606.00001", now.minus(Duration.ofHours(1)))).isTrue();
      assertThat(votes.vote(a, "2606.00001", now)).isFalse();
      votes.vote(b, "2606.00001", now.minus(Duration.ofHours(2)));
      votes.vote(a, "2606.00002", now.minus(Duration.ofHours(1)));
      votes.vote(a, "2606.00004", now.minus(Duration.ofDays(9)));
      assertThat(votes.count("2606.00001")).isEqualTo(2);

      Trending trending = new Trending(new PaperDao(db), votes);
      LocalDate day = LocalDate.parse("2026-06-10");
      List<ScoredPaper> today = trending.trending(TrendingPeriod.DAY, day, now, 10);
      assertThat(today).extracting(ScoredPaper::id).containsExactly("2606.00001", "2606.00002");
      double expected = Math.pow(2, -1.0 / 12) + Math.pow(2, -2.0 / 12);
      assertThat(today.get(0).score()).isCloseTo(expected, within(1e-9));

      // Week: 00003's three imported upvotes count from its announcement (66 h ago, half-life 3
      // days: 3 * 2^(-66/72) = 1.59), below 00001's two fresh votes (1.97) but above 00002's one.
      List<ScoredPaper> week = trending.trending(TrendingPeriod.WEEK, day, now, 10);
      assertThat(week)
          .extracting(ScoredPaper::id)
          .containsExactly("2606.00001", "2606.00003", "2606.00002");
      // Month (half-life 10 days): 00003's upvotes keep 2.47 and lead; it reaches 2026-06-01,
      // whose nine-day-old vote has faded to 0.54, below all of them.
      assertThat(trending.trending(TrendingPeriod.MONTH, day, now, 10))
          .extracting(ScoredPaper::id)
          .containsExactly("2606.00003", "2606.00001", "2606.00002", "2606.00004");
      assertThat(votes.unvote(a, "2606.00001")).isTrue();
      assertThat(votes.votedBy(a, List.of("2606.00001", "2606.00002")))
          .containsExactly("2606.00002");
    }
  }
}

package org.paperradar.recommend;

import static org.assertj.core.api.Assertions.assertThat;

import de.bwaldvogel.liblinear.SolverType;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperradar.ingest.Ingester;
import org.paperradar.search.ScoredPaper;
import org.paperradar.store.Database;
import org.paperradar.store.Relation;
import org.paperradar.store.UserStore;

/**
 * The recommender end to end on a 16-paper fixture: a reader whose own papers are on vision
 * (segmentation, aerial detection, vision transformers) among language and theory papers.
 */
class RecommenderTest {
  /** A tiny corpus needs a vocabulary that keeps shared words (min_df 1, no max_df cut). */
  static final RecommendSettings SMALL =
      new RecommendSettings(
          new TfidfVectorizer.Settings(100_000, 1, 1.0, true, true),
          3,
          new LinearTrainer.Settings(SolverType.L2R_L2LOSS_SVC_DUAL, 0.1, true, 0.1),
          0.5,
          20,
          0.5,
          7,
          0.7,
          2,
          5);

  @TempDir Path dir;
  Database db;
  UserStore users;
  long ada;

  @BeforeEach
  void setUp() throws Exception {
    db = Database.openSqlite(dir);
    Path file = dir.resolve("papers.jsonl");
    try (InputStream in = getClass().getResourceAsStream("/recommend/papers.jsonl")) {
      Files.copy(in, file);
    }
    new Ingester(db, 100).ingestFile(file, null, null);
    users = new UserStore(db);
    ada = users.addUser("ada", Optional.empty()).id();
    new ProfileSeeder(db).seedIds(ada, List.of("2606.00101", "2606.00102", "2606.00103"));
  }

  @org.junit.jupiter.api.AfterEach
  void tearDown() {
    db.close();
  }

  static List<String> ids(List<Recommendation> feed) {
    return feed.stream().map(Recommendation::id).toList();
  }

  @Test
  void aVisionReaderGetsTheWeeksVisionPapersFirst() {
    PaperRecommender rec = new PaperRecommender(db, SMALL);
    List<Recommendation> feed = rec.feed(FeedRequest.of(ada, 10));
    // Only the last week (2026-06-16..22) is a candidate, never the reader's own papers, and only
    // papers sharing a term with them (the others would have nothing to explain them).
    assertThat(ids(feed))
        .hasSize(6)
        .doesNotContain("2606.00101", "2606.00104", "2606.00106", "2606.00210");
    assertThat(ids(feed).subList(0, 4))
        .containsExactly("2606.00201", "2606.00203", "2606.00202", "2606.00204");
    assertThat(feed.get(0).scored().score()).isGreaterThan(feed.get(4).scored().score());
  }

  @Test
  void explanationsNameTheClosestOwnPaperAndSharedTerms() {
    Recommendation top = new PaperRecommender(db, SMALL).feed(FeedRequest.of(ada, 1)).get(0);
    assertThat(top.id()).isEqualTo("2606.00201");
    Explanation why = top.why();
    assertThat(why.closest().get(0).paperId()).isEqualTo("2606.00101");
    assertThat(why.closest().get(0).title()).startsWith("Convolutional networks");
    assertThat(why.sharedTerms()).contains("street scenes", "image segmentation", "pixel");
    // A word inside a shown phrase is not repeated on its own.
    assertThat(why.sharedTerms()).doesNotContain("street", "scenes");
    assertThat(why.summary()).contains("Convolutional networks", "shared terms: ");
  }

  @Test
  void seenRatedAndSavedPapersAreNeverRecommendedAndDislikesPushSimilarOnesDown() {
    users.add(ada, Relation.SEEN, List.of("2606.00201"));
    users.add(ada, Relation.SAVE, List.of("2606.00202"));
    users.add(ada, Relation.DISLIKE, List.of("2606.00209"));
    PaperRecommender rec = new PaperRecommender(db, SMALL);
    List<String> feed = ids(rec.feed(FeedRequest.of(ada, 10)));
    assertThat(feed).doesNotContain("2606.00201", "2606.00202", "2606.00209");
    // Saved papers count as positives: the vision papers still lead.
    assertThat(feed.subList(0, 2)).containsExactly("2606.00203", "2606.00204");
  }

  @Test
  void theModelIsRetrainedOnlyWhenTheReaderChanges() {
    PaperRecommender rec = new PaperRecommender(db, SMALL);
    rec.feed(FeedRequest.of(ada, 3));
    rec.feed(FeedRequest.of(ada, 3));
    assertThat(rec.trainings()).isEqualTo(1);
    users.add(ada, Relation.LIKE, List.of("2606.00210"));
    rec.feed(FeedRequest.of(ada, 3));
    assertThat(rec.trainings()).isEqualTo(2);
  }

  @Test
  void sinceWidensTheWindowAndDiversityKeepsTheBest() {
    PaperRecommender rec = new PaperRecommender(db, SMALL);
    List<String> wide =
        ids(rec.feed(new FeedRequest(ada, Optional.of(LocalDate.of(2026, 6, 1)), 20, false)));
    assertThat(wide).contains("2606.00106", "2606.00201").doesNotContain("2606.00101");
    List<String> diverse = ids(rec.feed(new FeedRequest(ada, Optional.empty(), 4, true)));
    assertThat(diverse).hasSize(4).contains("2606.00201");
  }

  @Test
  void whatToRateNextPicksTheLeastCertainPapers() {
    PaperRecommender rec = new PaperRecommender(db, SMALL);
    List<ScoredPaper> next = rec.toRate(ada, 3);
    assertThat(next).hasSize(3);
    double[] margins = next.stream().mapToDouble(s -> Math.abs(s.parts().get(0).value())).toArray();
    assertThat(margins[0]).isLessThanOrEqualTo(margins[1]);
    assertThat(margins[1]).isLessThanOrEqualTo(margins[2]);
    // A reader with nothing yet gets the window's papers to start with.
    long bob = users.addUser("bob", Optional.empty()).id();
    assertThat(rec.toRate(bob, 3)).hasSize(3);
    assertThat(rec.feed(FeedRequest.of(bob, 3))).isEmpty();
  }
}

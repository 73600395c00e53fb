package org.paperradar.web;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.paperradar.embed.ToyEncoder;
import org.paperradar.index.IndexSync;
import org.paperradar.index.PaperIndex;
import org.paperradar.index.VectorSource;
import org.paperradar.ingest.Ingester;
import org.paperradar.paper.Paper;
import org.paperradar.recommend.Explanation;
import org.paperradar.recommend.FeedRequest;
import org.paperradar.recommend.PaperRecommender;
import org.paperradar.recommend.ProfileSeeder;
import org.paperradar.recommend.RecommendSettings;
import org.paperradar.recommend.Recommendation;
import org.paperradar.recommend.Recommender;
import org.paperradar.search.LuceneSearchBackend;
import org.paperradar.search.ScorePart;
import org.paperradar.search.ScoredPaper;
import org.paperradar.store.Database;
import org.paperradar.store.PaperDao;
import org.paperradar.store.Relation;
import org.paperradar.store.UserStore;

/**
 * A running web app over a temp store: the 200-paper fixture (all announced 2025-03-18) plus a
 * paper whose title carries a script tag, indexed with toy vectors, with a stand-in recommender.
 * The concept graph is read from {@code DATA/forecast/graph.bin} on every request (none at first).
 */
final class WebFixture implements AutoCloseable {
  static final String XSS_ID = "2503.99999";
  static final String XSS_TITLE = "<script>alert('x')</script> Attention for hostile titles";

  final Database db;
  final PaperDao papers;
  final PaperIndex index;
  final LuceneSearchBackend search;
  final AdminJobs jobs = new AdminJobs();
  final WebServices services;
  final WebApp app;
  final String base;

  WebFixture(Path dir) throws IOException {
    this(dir, false);
  }

  /** With {@code realRecommender}, the product's {@link PaperRecommender} serves the feed. */
  WebFixture(Path dir, boolean realRecommender) throws IOException {
    db = Database.openSqlite(dir.resolve("data"));
    papers = new PaperDao(db);
    try (InputStream in = getClass().getResourceAsStream("/fixtures/arxiv-daily-200.jsonl")) {
      new Ingester(db, 500).ingest(in, "fixture", null, null, null);
    }
    String xss =
        "{\"id\": \""
            + XSS_ID
            + "\", \"title\": \"<script>alert('x')</script> Attention for hostile titles\","
            + " \"abstract\": \"A paper whose title tries <b>markup</b> & scripts; attention"
            + " models.\", \"authors\": [\"Mallory O'Hacker\", \"Kai Wang\"], \"categories\":"
            + " [\"cs.CR\"], \"date\": \"2025-03-18\"}\n";
    new Ingester(db, 500)
        .ingest(
            new ByteArrayInputStream(xss.getBytes(StandardCharsets.UTF_8)),
            "xss",
            null,
            null,
            null);
    index = PaperIndex.open(dir.resolve("data").resolve(PaperIndex.DIR_NAME));
    ToyEncoder toy = new ToyEncoder(64);
    WebServices.Reindexer reindexer =
        () -> {
          IndexSync.Result r =
              new IndexSync(papers, index, VectorSource.encoding(toy)).update(null);
          index.refresh();
          return "indexed " + r.indexed();
        };
    reindexer.update();
    search = new LuceneSearchBackend(index, Optional.of(toy));
    UserStore users = new UserStore(db);
    services =
        WebServices.create(
            db,
            search,
            realRecommender
                ? new PaperRecommender(db, RecommendSettings.defaults())
                : new StandInRecommender(papers, users),
            new SeederProfileSeeding(new ProfileSeeder(db), reindexer),
            jobs,
            reindexer,
            new Forecasts(
                dir.resolve("data").resolve("forecast").resolve("graph.bin"),
                2,
                java.time.Duration.ZERO,
                java.time.Clock.systemUTC()));
    app =
        WebApp.start(
            services, new WebApp.Config("127.0.0.1", 0, false, PasswordHasher.FAST_FOR_TESTS));
    base = "http://127.0.0.1:" + app.port();
  }

  Client client() {
    return new Client(base);
  }

  @Override
  public void close() {
    app.close();
    jobs.close();
    search.close();
    index.close();
    db.close();
  }

  /**
   * Stands in for the real recommender in these tests: the fixture's papers the reader has no
   * relation with, in id order, each "close to" the reader's first own paper.
   */
  static final class StandInRecommender implements Recommender {
    private final PaperDao papers;
    private final UserStore users;

    StandInRecommender(PaperDao papers, UserStore users) {
      this.papers = papers;
      this.users = users;
    }

    @Override
    public List<Recommendation> feed(FeedRequest request) {
      var mine = users.papers(request.userId());
      List<String> own = users.papers(request.userId(), EnumSet.of(Relation.OWN, Relation.LIKE));
      if (own.isEmpty()) {
        return List.of();
      }
      Paper first = papers.expectPaper(own.get(0));
      List<Recommendation> out = new ArrayList<>();
      papers.forEach(
          p -> {
            if (out.size() < request.limit() && !mine.containsKey(p.id())) {
              out.add(
                  new Recommendation(
                      new ScoredPaper(
                          p, 1.0 / (out.size() + 1), List.of(new ScorePart("svm", 1, 1))),
                      new Explanation(
                          List.of(new Explanation.Neighbour(first.id(), first.title(), 0.5)),
                          List.of("attention"))));
            }
          });
      return out;
    }

    @Override
    public List<ScoredPaper> toRate(long userId, int limit) {
      List<ScoredPaper> out = new ArrayList<>();
      Set<String> mine = users.papers(userId).keySet();
      papers.forEach(
          p -> {
            if (out.size() < limit && !mine.contains(p.id())) {
              out.add(new ScoredPaper(p, 0, List.of()));
            }
          });
      return out;
    }
  }
}

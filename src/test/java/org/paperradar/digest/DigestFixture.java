package org.paperradar.digest;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.paperradar.paper.Paper;
import org.paperradar.recommend.PaperRecommender;
import org.paperradar.recommend.RecommendSettings;
import org.paperradar.recommend.TfidfVectorizer;
import org.paperradar.store.Database;
import org.paperradar.store.PaperDao;
import org.paperradar.store.User;
import org.paperradar.store.UserStore;
import org.paperradar.trending.Trending;
import org.paperradar.trending.VoteStore;

/** A store with papers and readers, and the digest pieces wired as serve and the CLI do. */
final class DigestFixture implements AutoCloseable {
  final Database db;
  final TestClock clock;
  final UserStore users;
  final PaperDao papers;
  final DigestStore store;
  final Outbox outbox;
  final UnsubscribeTokens tokens;
  final Map<Long, String> interests = new HashMap<>();
  DigestConfig config;
  Mailer mailer;

  DigestFixture(Path dir, Instant start) {
    db = Database.openSqlite(dir);
    clock = new TestClock(start);
    users = new UserStore(db);
    papers = new PaperDao(db);
    store = new DigestStore(db);
    outbox = new Outbox(db);
    tokens = UnsubscribeTokens.inDataDir(dir);
    config =
        DigestConfig.defaults()
            .withBaseUrl(URI.create("http://radar.test:7070"))
            .withZone(ZoneOffset.UTC)
            .withSizes(3, 2);
  }

  void smtp(int port) {
    mailer =
        new Mailer(
            SmtpSettings.defaults()
                .withServer("127.0.0.1", port)
                .withAuth("radar", "secret")
                .withFrom("PaperRadar <radar@lab.example>")
                .withTimeout(java.time.Duration.ofSeconds(5)));
  }

  static Paper paper(String id, String title, String day, String... cats) {
    return Paper.builder(id)
        .title(title)
        .abstractText("Abstract of " + title + ". It has <b>markup</b> & ampersands.")
        .authors(List.of("Ada Lovelace", "Alan Turing"))
        .categories(List.of(cats))
        .announced(LocalDate.parse(day))
        .build();
  }

  void add(Paper... ps) {
    db.inTransaction(c -> papers.upsert(c, List.of(ps)));
  }

  /**
   * A reader whose profile is one own paper (announced in 2020) titled {@code interest}, with the
   * fixture's boilerplate abstract: the real recommender then finds the new papers that share its
   * words. Blank: no profile.
   */
  User reader(String name, String email, String interest) {
    User u = users.addUser(name, Optional.ofNullable(email));
    interests.put(u.id(), interest);
    if (!interest.isBlank()) {
      String id = String.format(java.util.Locale.ROOT, "2001.%05d", u.id());
      add(paper(id, interest, "2020-01-02", "cs.LG"));
      users.add(u.id(), org.paperradar.store.Relation.OWN, List.of(id));
    }
    return u;
  }

  /**
   * The product's recommender, with a vocabulary for a corpus of a dozen papers: words in more than
   * half of them (the shared boilerplate abstract) carry no signal.
   */
  PaperRecommender recommender() {
    RecommendSettings d = RecommendSettings.defaults();
    return new PaperRecommender(
        db,
        new RecommendSettings(
            new TfidfVectorizer.Settings(100_000, 1, 0.9, true, true),
            d.neighbours(),
            d.model(),
            d.modelWeight(),
            20,
            d.dislikePenalty(),
            d.windowDays(),
            d.mmrLambda(),
            d.explainPapers(),
            d.explainTerms()));
  }

  Digests digests() {
    Trending trending = new Trending(papers, new VoteStore(db));
    DigestComposer composer =
        new DigestComposer(recommender(), trending, papers, store, outbox, config);
    return new Digests(db, composer, mailer, tokens, config);
  }

  OutboxSender sender(RetryPolicy policy) {
    return new OutboxSender(outbox, mailer, policy, clock);
  }

  AtomFeeds feeds() {
    return new AtomFeeds(papers, store, new Trending(papers, new VoteStore(db)), config, clock);
  }

  DigestRoutes routes() {
    return new DigestRoutes(users, store, tokens, feeds(), config, clock);
  }

  static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    }
  }

  static GreenMail smtpServer(int port) {
    GreenMail mail = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    mail.setUser("radar@lab.example", "radar", "secret");
    mail.start();
    return mail;
  }

  @Override
  public void close() {
    db.close();
  }
}

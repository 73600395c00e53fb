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

  User reader(String name, String email, String interest) {
    User u = users.addUser(name, Optional.ofNullable(email));
    interests.put(u.id(), interest);
    return u;
  }

  Digests digests() {
    Trending trending = new Trending(papers, new VoteStore(db));
    DigestComposer composer =
        new DigestComposer(
            new StubRecommender(papers, users, interests), trending, papers, store, outbox, config);
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

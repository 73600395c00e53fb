package org.paperradar.cli;

import java.time.Clock;
import org.paperradar.digest.AtomFeeds;
import org.paperradar.digest.DigestComposer;
import org.paperradar.digest.DigestConfig;
import org.paperradar.digest.DigestRoutes;
import org.paperradar.digest.DigestStore;
import org.paperradar.digest.Digests;
import org.paperradar.digest.Mailer;
import org.paperradar.digest.Outbox;
import org.paperradar.digest.OutboxSender;
import org.paperradar.digest.RetryPolicy;
import org.paperradar.digest.SmtpSettings;
import org.paperradar.digest.UnsubscribeTokens;
import org.paperradar.recommend.PaperRecommender;
import org.paperradar.recommend.RecommendSettings;
import org.paperradar.store.Database;
import org.paperradar.store.PaperDao;
import org.paperradar.store.UserStore;
import org.paperradar.trending.Trending;
import org.paperradar.trending.VoteStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Builds the digest services for one store, as the CLI commands (and serve) use them. */
final class DigestWiring {
  private static final Logger LOG = LoggerFactory.getLogger(DigestWiring.class);

  final Database db;
  final DigestConfig config;
  final Mailer mailer;
  final Digests digests;
  final OutboxSender sender;
  final Outbox outbox;
  final PaperRecommender recommender;
  final UnsubscribeTokens tokens;
  final Clock clock;

  DigestWiring(RadarConfig cfg, Database db, DigestConfig config, SmtpSettings smtp, Clock clock) {
    this(cfg, db, config, smtp, clock, recommender(db));
  }

  /** With the recommender the web feed uses (serve shares one: its models are cached). */
  DigestWiring(
      RadarConfig cfg,
      Database db,
      DigestConfig config,
      SmtpSettings smtp,
      Clock clock,
      PaperRecommender recommender) {
    this.db = db;
    this.tokens = UnsubscribeTokens.inDataDir(cfg.dataDir());
    this.clock = clock;
    this.config = config;
    LOG.info("digests: {}; {}", config, smtp);
    this.mailer = new Mailer(smtp);
    this.outbox = new Outbox(db);
    PaperDao papers = new PaperDao(db);
    this.recommender = recommender;
    DigestComposer composer =
        new DigestComposer(
            recommender,
            new Trending(papers, new VoteStore(db)),
            papers,
            new DigestStore(db),
            outbox,
            config);
    this.digests = new Digests(db, composer, mailer, tokens, config);
    this.sender = new OutboxSender(outbox, mailer, RetryPolicy.DEFAULT, clock);
  }

  /** Unsubscribe links and Atom feeds, for the web server. */
  DigestRoutes routes() {
    PaperDao papers = new PaperDao(db);
    DigestStore store = new DigestStore(db);
    AtomFeeds feeds =
        new AtomFeeds(papers, store, new Trending(papers, new VoteStore(db)), config, clock);
    return new DigestRoutes(new UserStore(db), store, tokens, feeds, config, clock);
  }

  /** The recommender behind the web feed: digests use the very same ranking. */
  static PaperRecommender recommender(Database db) {
    return new PaperRecommender(db, RecommendSettings.defaults());
  }
}

package org.paperradar.cli;

import java.time.Clock;
import java.util.List;
import org.paperradar.digest.DigestComposer;
import org.paperradar.digest.DigestConfig;
import org.paperradar.digest.DigestStore;
import org.paperradar.digest.Digests;
import org.paperradar.digest.Mailer;
import org.paperradar.digest.Outbox;
import org.paperradar.digest.OutboxSender;
import org.paperradar.digest.RetryPolicy;
import org.paperradar.digest.SmtpSettings;
import org.paperradar.digest.UnsubscribeTokens;
import org.paperradar.recommend.FeedRequest;
import org.paperradar.recommend.Recommendation;
import org.paperradar.recommend.Recommender;
import org.paperradar.search.ScoredPaper;
import org.paperradar.store.Database;
import org.paperradar.store.PaperDao;
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

  DigestWiring(RadarConfig cfg, Database db, DigestConfig config, SmtpSettings smtp, Clock clock) {
    this.db = db;
    this.config = config;
    LOG.info("digests: {}; {}", config, smtp);
    this.mailer = new Mailer(smtp);
    this.outbox = new Outbox(db);
    PaperDao papers = new PaperDao(db);
    DigestComposer composer =
        new DigestComposer(
            recommender(db),
            new Trending(papers, new VoteStore(db)),
            papers,
            new DigestStore(db),
            outbox,
            config);
    this.digests =
        new Digests(db, composer, mailer, UnsubscribeTokens.inDataDir(cfg.dataDir()), config);
    this.sender = new OutboxSender(outbox, mailer, RetryPolicy.DEFAULT, clock);
  }

  /**
   * The recommender behind the web feed. Until its implementation is merged, a stand-in that
   * recommends nothing: digests then carry the trending papers only.
   */
  static Recommender recommender(Database db) {
    return new Recommender() {
      @Override
      public List<Recommendation> feed(FeedRequest request) {
        return List.of();
      }

      @Override
      public List<ScoredPaper> toRate(long userId, int limit) {
        return List.of();
      }
    };
  }
}

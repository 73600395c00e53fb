package org.paperradar.digest;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.paperradar.recommend.Recommendation;
import org.paperradar.search.ScoredPaper;
import org.paperradar.store.Database;
import org.paperradar.store.StoreException;
import org.paperradar.store.User;
import org.paperradar.store.UserStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Composes the digests that are due and puts them in the outbox, each with its papers in one
 * transaction; renders one for a dry run without recording anything.
 *
 * <p>A reader is due when their digest is on (not off, not unsubscribed), their hour has come in
 * {@link DigestConfig#zone()}, and the outbox holds no digest of theirs for the period yet. A
 * digest with no paper is not recorded, so one composed later in the period may still go out.
 */
public final class Digests {
  private static final Logger LOG = LoggerFactory.getLogger(Digests.class);

  private final Database db;
  private final UserStore users;
  private final DigestStore store;
  private final Outbox outbox;
  private final DigestComposer composer;
  private final DigestRenderer renderer;
  private final Mailer mailer;
  private final UnsubscribeTokens tokens;
  private final DigestConfig config;

  public Digests(
      Database db,
      DigestComposer composer,
      Mailer mailer,
      UnsubscribeTokens tokens,
      DigestConfig config) {
    this.db = db;
    this.users = new UserStore(db);
    this.store = new DigestStore(db);
    this.outbox = new Outbox(db);
    this.composer = composer;
    this.renderer = new DigestRenderer(config);
    this.mailer = mailer;
    this.tokens = tokens;
    this.config = config;
  }

  /** A digest rendered as it would be sent: the message bytes and its parts. */
  public record Preview(Digest digest, DigestRenderer.Rendered rendered, byte[] mime) {}

  /** What one round of composing did. */
  public record Report(int due, int enqueued, int empty, int feedOnly, int errors) {
    @Override
    public String toString() {
      return due
          + " due, "
          + enqueued
          + " composed ("
          + feedOnly
          + " feed only), "
          + empty
          + " with nothing new"
          + (errors > 0 ? ", " + errors + " failed (see the log)" : "");
    }
  }

  /** Whether the reader's digest for the period containing {@code now} is still to compose. */
  public boolean isDue(User u, DigestSettings s, Instant now) {
    if (!s.active()) {
      return false;
    }
    ZonedDateTime local = now.atZone(config.zone());
    if (local.getHour() < s.hour()) {
      return false;
    }
    String period = DigestComposer.period(s.frequency(), local.toLocalDate());
    return outbox.find(u.id(), period).isEmpty();
  }

  /** Composes and enqueues every due digest. */
  public Report enqueueDue(Instant now) {
    int due = 0;
    int enqueued = 0;
    int empty = 0;
    int feedOnly = 0;
    int errors = 0;
    for (User u : users.users()) {
      DigestSettings s = store.settings(u.id());
      if (!isDue(u, s, now)) {
        continue;
      }
      due++;
      Optional<Outbox.Entry> e;
      try {
        e = enqueue(u, s, now);
      } catch (RuntimeException ex) {
        // One reader's problem (a malformed address) must not hold up everyone else's digest;
        // nothing was recorded, so the next run tries again.
        LOG.error("digest for {} not composed: {}", u.name(), ex.getMessage());
        LOG.debug("digest failure", ex);
        errors++;
        continue;
      }
      if (e.isEmpty()) {
        empty++;
      } else {
        enqueued++;
        feedOnly += e.get().status() == Outbox.Status.FEED ? 1 : 0;
      }
    }
    return new Report(due, enqueued, empty, feedOnly, errors);
  }

  /** Composes this reader's digest now and enqueues it; empty when there was nothing to send. */
  public Optional<Outbox.Entry> enqueue(User u, DigestSettings s, Instant now) {
    Preview p = preview(u, s, now);
    Digest d = p.digest();
    if (d.isEmpty()) {
      return Optional.empty();
    }
    try {
      long id =
          db.inTransaction(
              c -> {
                long digestId =
                    Outbox.enqueue(
                        c,
                        u.id(),
                        d.period(),
                        u.email(),
                        p.rendered().subject(),
                        messageId(p.mime()),
                        p.mime(),
                        now);
                DigestStore.addItems(c, u.id(), items(d, digestId));
                return digestId;
              });
      LOG.info("digest for {} ({}): {} papers, queued as {}", u.name(), d.period(), d.size(), id);
      return outbox.find(id);
    } catch (StoreException raced) {
      // Another process composed this period's digest between our check and insert: keep theirs.
      Optional<Outbox.Entry> theirs = outbox.find(u.id(), d.period());
      if (theirs.isPresent()) {
        return theirs;
      }
      throw raced;
    }
  }

  /** Composes and renders the reader's digest as of {@code now}, recording nothing. */
  public Preview preview(User u, DigestSettings s, Instant now) {
    Digest d = composer.compose(u, s, now);
    String unsubscribe = config.unsubscribeUrl(tokens.unsubscribeToken(u.id()));
    String feed = config.userFeedUrl(tokens.feedToken(u.id(), store.feedKey(u.id())));
    DigestRenderer.Rendered r = renderer.render(d, unsubscribe, feed);
    // A reader without an address is previewed with a placeholder in the reserved .invalid TLD.
    String to = u.email().orElse(u.name().replaceAll("[^A-Za-z0-9._-]", "-") + "@example.invalid");
    byte[] mime =
        mailer.build(
            new Mailer.Mail(
                to,
                r.subject(),
                r.text(),
                r.html(),
                unsubscribe,
                mailer.newMessageId("digest." + u.id() + "." + d.period()),
                now));
    return new Preview(d, r, mime);
  }

  private String messageId(byte[] mime) {
    try {
      return mailer.parse(mime).getMessageID();
    } catch (jakarta.mail.MessagingException e) {
      throw new IllegalStateException("a built message has a Message-ID", e);
    }
  }

  private static List<DigestStore.Item> items(Digest d, long digestId) {
    List<DigestStore.Item> out = new ArrayList<>();
    int place = 1;
    for (Recommendation r : d.recommended()) {
      out.add(new DigestStore.Item(r.id(), digestId, "recommended", place++, r.why().summary()));
    }
    place = 1;
    for (ScoredPaper s : d.trending()) {
      out.add(new DigestStore.Item(s.id(), digestId, "trending", place++, ""));
    }
    return out;
  }
}

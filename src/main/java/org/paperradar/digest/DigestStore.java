package org.paperradar.digest;

import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.paperradar.store.Database;

/**
 * Digest settings and subscriptions of readers, and the papers each was sent. The web app's
 * settings page can use this class for {@code digest_settings} too.
 */
public final class DigestStore {
  private static final SecureRandom RANDOM = new SecureRandom();

  private final Database db;

  public DigestStore(Database db) {
    this.db = db;
  }

  /** One paper sent in a digest. */
  public record Item(String paperId, long digestId, String section, int place, String reason) {}

  /** A reader's settings; readers without a row have {@link DigestSettings#DEFAULT}. */
  public DigestSettings settings(long userId) {
    return db.read(
        c -> {
          DigestSettings s = DigestSettings.DEFAULT;
          try (PreparedStatement ps =
              c.prepareStatement(
                  "SELECT frequency, hour, categories FROM digest_settings WHERE user_id = ?")) {
            ps.setLong(1, userId);
            try (ResultSet rs = ps.executeQuery()) {
              if (rs.next()) {
                s =
                    new DigestSettings(
                        DigestSettings.Frequency.parse(rs.getString(1)),
                        rs.getInt(2),
                        DigestSettings.parseCategories(rs.getString(3)),
                        false);
              }
            }
          }
          boolean unsubscribed = subscription(c, userId).map(Sub::unsubscribed).orElse(false);
          return new DigestSettings(s.frequency(), s.hour(), s.categories(), unsubscribed);
        });
  }

  /** Saves frequency, hour and categories (not the unsubscription: see {@link #subscribe}). */
  public void saveSettings(long userId, DigestSettings s) {
    db.inTransaction(
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement(
                  "INSERT INTO digest_settings (user_id, frequency, hour, categories)"
                      + " VALUES (?, ?, ?, ?) ON CONFLICT (user_id) DO UPDATE SET"
                      + " frequency = excluded.frequency, hour = excluded.hour,"
                      + " categories = excluded.categories")) {
            ps.setLong(1, userId);
            ps.setString(2, s.frequency().dbValue());
            ps.setInt(3, s.hour());
            ps.setString(4, s.categoriesText());
            ps.executeUpdate();
          }
          return null;
        });
  }

  /** Unsubscribes the reader from mail; returns whether they were subscribed. */
  public boolean unsubscribe(long userId, Instant at) {
    return db.inTransaction(
        c -> {
          Sub sub = ensureSubscription(c, userId);
          if (sub.unsubscribed()) {
            return false;
          }
          updateUnsubscribed(c, userId, at.toString());
          return true;
        });
  }

  /** Subscribes again after an unsubscription. */
  public void subscribe(long userId) {
    db.inTransaction(
        c -> {
          ensureSubscription(c, userId);
          updateUnsubscribed(c, userId, null);
          return null;
        });
  }

  /** The key the reader's feed URL is signed with, created on first use. */
  public String feedKey(long userId) {
    return db.inTransaction(c -> ensureSubscription(c, userId).feedKey());
  }

  /** The reader's feed key, if a feed URL was ever issued (reading creates none). */
  public Optional<String> findFeedKey(long userId) {
    return db.read(c -> subscription(c, userId).map(Sub::feedKey));
  }

  /** A new feed key: the old feed URL stops working. */
  public String rotateFeedKey(long userId) {
    return db.inTransaction(
        c -> {
          ensureSubscription(c, userId);
          String key = newKey();
          try (PreparedStatement ps =
              c.prepareStatement(
                  "UPDATE digest_subscriptions SET feed_key = ?, updated_at = ? WHERE user_id = ?")) {
            ps.setString(1, key);
            ps.setString(2, Instant.now().toString());
            ps.setLong(3, userId);
            ps.executeUpdate();
          }
          return key;
        });
  }

  /** Ids of every paper the reader has been sent (or shown in their feed). */
  public Set<String> suggested(long userId) {
    return db.read(
        c -> {
          Set<String> out = new HashSet<>();
          try (PreparedStatement ps =
              c.prepareStatement("SELECT paper_id FROM digest_items WHERE user_id = ?")) {
            ps.setLong(1, userId);
            try (ResultSet rs = ps.executeQuery()) {
              while (rs.next()) {
                out.add(rs.getString(1));
              }
            }
          }
          return out;
        });
  }

  /** The reader's most recent digest items, newest digest first, for their Atom feed. */
  public List<Item> recentItems(long userId, int limit) {
    return db.read(
        c -> {
          List<Item> out = new ArrayList<>();
          try (PreparedStatement ps =
              c.prepareStatement(
                  "SELECT paper_id, digest_id, section, place, reason FROM digest_items"
                      + " WHERE user_id = ? ORDER BY digest_id DESC, section, place LIMIT ?")) {
            ps.setLong(1, userId);
            ps.setInt(2, limit);
            try (ResultSet rs = ps.executeQuery()) {
              while (rs.next()) {
                out.add(
                    new Item(
                        rs.getString(1),
                        rs.getLong(2),
                        rs.getString(3),
                        rs.getInt(4),
                        rs.getString(5)));
              }
            }
          }
          return out;
        });
  }

  /** Records the papers of a digest, inside the transaction that enqueues it. */
  static void addItems(Connection c, long userId, List<Item> items) throws SQLException {
    String now = Instant.now().toString();
    try (PreparedStatement ins =
            c.prepareStatement(
                "INSERT INTO digest_items (user_id, paper_id, digest_id, section, place, reason)"
                    + " VALUES (?, ?, ?, ?, ?, ?)");
        PreparedStatement seen =
            c.prepareStatement(
                "INSERT INTO user_papers (user_id, paper_id, relation, created_at)"
                    + " VALUES (?, ?, 'seen', ?) ON CONFLICT DO NOTHING")) {
      for (Item i : items) {
        ins.setLong(1, userId);
        ins.setString(2, i.paperId());
        ins.setLong(3, i.digestId());
        ins.setString(4, i.section());
        ins.setInt(5, i.place());
        ins.setString(6, i.reason());
        ins.executeUpdate();
        // Seen: the recommender (web feed too) never suggests it again.
        seen.setLong(1, userId);
        seen.setString(2, i.paperId());
        seen.setString(3, now);
        seen.executeUpdate();
      }
    }
  }

  private record Sub(boolean unsubscribed, String feedKey) {}

  private static Optional<Sub> subscription(Connection c, long userId) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT unsubscribed_at, feed_key FROM digest_subscriptions WHERE user_id = ?")) {
      ps.setLong(1, userId);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next()
            ? Optional.of(new Sub(rs.getString(1) != null, rs.getString(2)))
            : Optional.empty();
      }
    }
  }

  private static Sub ensureSubscription(Connection c, long userId) throws SQLException {
    Optional<Sub> sub = subscription(c, userId);
    if (sub.isPresent()) {
      return sub.get();
    }
    String key = newKey();
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO digest_subscriptions (user_id, unsubscribed_at, feed_key, updated_at)"
                + " VALUES (?, NULL, ?, ?)")) {
      ps.setLong(1, userId);
      ps.setString(2, key);
      ps.setString(3, Instant.now().toString());
      ps.executeUpdate();
    }
    return new Sub(false, key);
  }

  private static void updateUnsubscribed(Connection c, long userId, String at) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "UPDATE digest_subscriptions SET unsubscribed_at = ?, updated_at = ? WHERE user_id = ?")) {
      ps.setString(1, at);
      ps.setString(2, Instant.now().toString());
      ps.setLong(3, userId);
      ps.executeUpdate();
    }
  }

  private static String newKey() {
    byte[] b = new byte[12];
    RANDOM.nextBytes(b);
    return HexFormat.of().formatHex(b);
  }
}

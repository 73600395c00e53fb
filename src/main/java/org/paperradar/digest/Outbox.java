package org.paperradar.digest;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.paperradar.store.Database;

/**
 * The digests composed, one per reader and period, and their delivery state. A digest is enqueued
 * in the same transaction as its papers ({@link DigestStore#addItems}); the unique (reader, period)
 * key makes composing twice impossible, and sending claims a row before writing to SMTP, so two
 * senders (serve and a cron job) never send the same digest.
 */
public final class Outbox {
  private static final String COLUMNS =
      "id, user_id, period, recipient, subject, message_id, mime, status, attempts,"
          + " next_attempt_at, last_error, created_at, sent_at";

  private final Database db;

  public Outbox(Database db) {
    this.db = db;
  }

  /** Delivery state. */
  public enum Status {
    PENDING,
    SENT,
    FAILED,
    /** The reader has no e-mail address: the digest is in their Atom feed only. */
    FEED;

    String dbValue() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /** One composed digest. */
  public record Entry(
      long id,
      long userId,
      String period,
      Optional<String> recipient,
      String subject,
      String messageId,
      byte[] mime,
      Status status,
      int attempts,
      Instant nextAttemptAt,
      Optional<String> lastError,
      Instant created,
      Optional<Instant> sentAt) {}

  /** Inserts a digest inside the caller's transaction; returns its id. */
  static long enqueue(
      Connection c,
      long userId,
      String period,
      Optional<String> recipient,
      String subject,
      String messageId,
      byte[] mime,
      Instant now)
      throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO digest_outbox (user_id, period, recipient, subject, message_id, mime,"
                + " status, attempts, next_attempt_at, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, 0,"
                + " ?, ?)",
            Statement.RETURN_GENERATED_KEYS)) {
      ps.setLong(1, userId);
      ps.setString(2, period);
      ps.setString(3, recipient.orElse(null));
      ps.setString(4, subject);
      ps.setString(5, messageId);
      ps.setBytes(6, mime);
      ps.setString(7, (recipient.isPresent() ? Status.PENDING : Status.FEED).dbValue());
      ps.setString(8, Times.format(now));
      ps.setString(9, Times.format(now));
      ps.executeUpdate();
      try (ResultSet keys = ps.getGeneratedKeys()) {
        keys.next();
        return keys.getLong(1);
      }
    }
  }

  public Optional<Entry> find(long userId, String period) {
    return one(
        "SELECT " + COLUMNS + " FROM digest_outbox WHERE user_id = ? AND period = ?",
        userId,
        period);
  }

  public Optional<Entry> find(long id) {
    return one("SELECT " + COLUMNS + " FROM digest_outbox WHERE id = ?", id);
  }

  /** The reader's most recent digest. */
  public Optional<Entry> latest(long userId) {
    return one(
        "SELECT " + COLUMNS + " FROM digest_outbox WHERE user_id = ? ORDER BY id DESC LIMIT 1",
        userId);
  }

  /** Pending digests whose next attempt is due, oldest first. */
  public List<Entry> due(Instant now, int limit) {
    return db.read(
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement(
                  "SELECT "
                      + COLUMNS
                      + " FROM digest_outbox WHERE status = 'pending'"
                      + " AND next_attempt_at <= ? ORDER BY next_attempt_at, id LIMIT ?")) {
            ps.setString(1, Times.format(now));
            ps.setInt(2, limit);
            return list(ps);
          }
        });
  }

  /**
   * Takes a due digest for sending: counts the attempt and leases it until {@code leaseUntil}.
   * False when another sender took it first.
   */
  public boolean claim(Entry e, Instant now, Instant leaseUntil) {
    return update(
        "UPDATE digest_outbox SET attempts = attempts + 1, next_attempt_at = ? WHERE id = ?"
            + " AND status = 'pending' AND attempts = ? AND next_attempt_at <= ?",
        Times.format(leaseUntil),
        e.id(),
        e.attempts(),
        Times.format(now));
  }

  public void markSent(long id, Instant at) {
    update(
        "UPDATE digest_outbox SET status = 'sent', sent_at = ?, last_error = NULL WHERE id = ?",
        Times.format(at),
        id);
  }

  public void retryAt(long id, Instant next, String error) {
    update(
        "UPDATE digest_outbox SET next_attempt_at = ?, last_error = ? WHERE id = ?"
            + " AND status = 'pending'",
        Times.format(next),
        error,
        id);
  }

  public void markFailed(long id, String error) {
    update("UPDATE digest_outbox SET status = 'failed', last_error = ? WHERE id = ?", error, id);
  }

  /** How many digests are in each state. */
  public Map<Status, Integer> counts() {
    return db.read(
        c -> {
          Map<Status, Integer> out = new EnumMap<>(Status.class);
          try (PreparedStatement ps =
                  c.prepareStatement("SELECT status, COUNT(*) FROM digest_outbox GROUP BY status");
              ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
              out.put(Status.valueOf(rs.getString(1).toUpperCase(Locale.ROOT)), rs.getInt(2));
            }
          }
          return out;
        });
  }

  private boolean update(String sql, Object... params) {
    return db.inTransaction(
        c -> {
          try (PreparedStatement ps = c.prepareStatement(sql)) {
            bind(ps, params);
            return ps.executeUpdate() > 0;
          }
        });
  }

  private Optional<Entry> one(String sql, Object... params) {
    return db.read(
        c -> {
          try (PreparedStatement ps = c.prepareStatement(sql)) {
            bind(ps, params);
            List<Entry> l = list(ps);
            return l.isEmpty() ? Optional.empty() : Optional.of(l.get(0));
          }
        });
  }

  private static void bind(PreparedStatement ps, Object... params) throws SQLException {
    for (int i = 0; i < params.length; i++) {
      if (params[i] instanceof Long l) {
        ps.setLong(i + 1, l);
      } else if (params[i] instanceof Integer n) {
        ps.setInt(i + 1, n);
      } else {
        ps.setString(i + 1, (String) params[i]);
      }
    }
  }

  private static List<Entry> list(PreparedStatement ps) throws SQLException {
    List<Entry> out = new ArrayList<>();
    try (ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        out.add(
            new Entry(
                rs.getLong(1),
                rs.getLong(2),
                rs.getString(3),
                Optional.ofNullable(rs.getString(4)),
                rs.getString(5),
                rs.getString(6),
                rs.getBytes(7),
                Status.valueOf(rs.getString(8).toUpperCase(Locale.ROOT)),
                rs.getInt(9),
                Instant.parse(rs.getString(10)),
                Optional.ofNullable(rs.getString(11)),
                Instant.parse(rs.getString(12)),
                Optional.ofNullable(rs.getString(13)).map(Instant::parse)));
      }
    }
    return out;
  }
}

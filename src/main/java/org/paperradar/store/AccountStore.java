package org.paperradar.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Web accounts: a reader's password hash and role, login sessions and API tokens. Only hashes of
 * secrets are stored. Static, parameterised SQL only.
 */
public final class AccountStore {
  /** What a reader may do: readers use the site, admins also start ingests and harvests. */
  public enum Role {
    READER,
    ADMIN;

    public String dbValue() {
      return name().toLowerCase(Locale.ROOT);
    }

    public static Role fromDb(String s) {
      return valueOf(s.toUpperCase(Locale.ROOT));
    }
  }

  /** A reader's credentials. */
  public record Account(long userId, String passwordHash, Role role) {}

  /** A stored login session: who, its CSRF token, and until when it is valid. */
  public record StoredSession(long userId, String csrfToken, Instant expires) {}

  /** An API token as listed to its owner (the secret itself is never stored). */
  public record ApiToken(long id, String name, Instant created) {}

  private final Database db;

  public AccountStore(Database db) {
    this.db = db;
  }

  /**
   * Gives the reader a password; the very first account becomes an admin (decided in the same
   * statement, so two first sign-ups cannot both win). Returns the role given.
   */
  public Role createAccount(long userId, String passwordHash) {
    return db.inTransaction(
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement(
                  "INSERT INTO accounts (user_id, password_hash, role, created_at) VALUES (?, ?,"
                      + " CASE WHEN (SELECT COUNT(*) FROM accounts) = 0 THEN 'admin'"
                      + " ELSE 'reader' END, ?)")) {
            ps.setLong(1, userId);
            ps.setString(2, passwordHash);
            ps.setString(3, Instant.now().toString());
            ps.executeUpdate();
          }
          try (PreparedStatement ps =
              c.prepareStatement("SELECT role FROM accounts WHERE user_id = ?")) {
            ps.setLong(1, userId);
            try (ResultSet rs = ps.executeQuery()) {
              rs.next();
              return Role.fromDb(rs.getString(1));
            }
          }
        });
  }

  public Optional<Account> findAccount(long userId) {
    return db.read(
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement(
                  "SELECT user_id, password_hash, role FROM accounts WHERE user_id = ?")) {
            ps.setLong(1, userId);
            try (ResultSet rs = ps.executeQuery()) {
              return rs.next()
                  ? Optional.of(
                      new Account(rs.getLong(1), rs.getString(2), Role.fromDb(rs.getString(3))))
                  : Optional.empty();
            }
          }
        });
  }

  public void setRole(long userId, Role role) {
    update("UPDATE accounts SET role = ? WHERE user_id = ?", role.dbValue(), userId);
  }

  public void setPasswordHash(long userId, String hash) {
    update("UPDATE accounts SET password_hash = ? WHERE user_id = ?", hash, userId);
  }

  private void update(String sql, String value, long userId) {
    db.inTransaction(
        c -> {
          try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, value);
            ps.setLong(2, userId);
            return ps.executeUpdate();
          }
        });
  }

  public void createSession(String tokenHash, long userId, String csrf, Instant expires) {
    db.inTransaction(
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement(
                  "INSERT INTO web_sessions (token_hash, user_id, csrf_token, created_at,"
                      + " expires_at) VALUES (?, ?, ?, ?, ?)")) {
            ps.setString(1, tokenHash);
            ps.setLong(2, userId);
            ps.setString(3, csrf);
            ps.setString(4, Instant.now().toString());
            ps.setString(5, expires.toString());
            return ps.executeUpdate();
          }
        });
  }

  public Optional<StoredSession> findSession(String tokenHash) {
    return db.read(
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement(
                  "SELECT user_id, csrf_token, expires_at FROM web_sessions WHERE token_hash = ?")) {
            ps.setString(1, tokenHash);
            try (ResultSet rs = ps.executeQuery()) {
              return rs.next()
                  ? Optional.of(
                      new StoredSession(
                          rs.getLong(1), rs.getString(2), Instant.parse(rs.getString(3))))
                  : Optional.empty();
            }
          }
        });
  }

  public void deleteSession(String tokenHash) {
    db.inTransaction(
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement("DELETE FROM web_sessions WHERE token_hash = ?")) {
            ps.setString(1, tokenHash);
            return ps.executeUpdate();
          }
        });
  }

  /** Removes sessions that expired before {@code now}; returns how many. */
  public int deleteExpiredSessions(Instant now) {
    return db.inTransaction(
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement("DELETE FROM web_sessions WHERE expires_at < ?")) {
            ps.setString(1, now.toString());
            return ps.executeUpdate();
          }
        });
  }

  public void addToken(long userId, String name, String tokenHash) {
    db.inTransaction(
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement(
                  "INSERT INTO api_tokens (user_id, name, token_hash, created_at)"
                      + " VALUES (?, ?, ?, ?)")) {
            ps.setLong(1, userId);
            ps.setString(2, name);
            ps.setString(3, tokenHash);
            ps.setString(4, Instant.now().toString());
            return ps.executeUpdate();
          }
        });
  }

  /** The owner of the token with this hash. */
  public Optional<Long> findTokenUser(String tokenHash) {
    return db.read(
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement("SELECT user_id FROM api_tokens WHERE token_hash = ?")) {
            ps.setString(1, tokenHash);
            try (ResultSet rs = ps.executeQuery()) {
              return rs.next() ? Optional.of(rs.getLong(1)) : Optional.empty();
            }
          }
        });
  }

  public List<ApiToken> tokens(long userId) {
    return db.read(
        c -> {
          List<ApiToken> out = new ArrayList<>();
          try (PreparedStatement ps =
              c.prepareStatement(
                  "SELECT id, name, created_at FROM api_tokens WHERE user_id = ? ORDER BY id")) {
            ps.setLong(1, userId);
            try (ResultSet rs = ps.executeQuery()) {
              while (rs.next()) {
                out.add(
                    new ApiToken(rs.getLong(1), rs.getString(2), Instant.parse(rs.getString(3))));
              }
            }
          }
          return out;
        });
  }

  /** Revokes one of the reader's tokens; false when they have no token with that id. */
  public boolean deleteToken(long userId, long tokenId) {
    return db.inTransaction(
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement("DELETE FROM api_tokens WHERE id = ? AND user_id = ?")) {
            ps.setLong(1, tokenId);
            ps.setLong(2, userId);
            return ps.executeUpdate() > 0;
          }
        });
  }
}

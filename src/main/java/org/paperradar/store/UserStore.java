package org.paperradar.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Readers and their papers (own, liked, disliked, saved, seen). Static, parameterised SQL only. */
public final class UserStore {
  private static final String USER_COLUMNS = "id, name, email, revision, created_at";

  private final Database db;

  public UserStore(Database db) {
    this.db = db;
  }

  /** Adds a reader; fails with a clear message if the name is taken. */
  public User addUser(String name, Optional<String> email) {
    String clean = name.strip();
    if (clean.isEmpty()) {
      throw new IllegalArgumentException("a user name must not be blank");
    }
    if (findUser(clean).isPresent()) {
      throw new IllegalArgumentException("user '" + clean + "' already exists");
    }
    db.inTransaction(
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement(
                  "INSERT INTO users (name, email, revision, created_at) VALUES (?, ?, 0, ?)")) {
            ps.setString(1, clean);
            ps.setString(2, email.orElse(null));
            ps.setString(3, Instant.now().toString());
            ps.executeUpdate();
          }
          return null;
        });
    return expectUser(clean);
  }

  public Optional<User> findUser(String name) {
    return queryOne("SELECT " + USER_COLUMNS + " FROM users WHERE name = ?", name);
  }

  public Optional<User> findUser(long id) {
    return db.read(
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement("SELECT " + USER_COLUMNS + " FROM users WHERE id = ?")) {
            ps.setLong(1, id);
            return readUser(ps);
          }
        });
  }

  public User expectUser(String name) {
    return findUser(name)
        .orElseThrow(
            () -> new IllegalArgumentException("no user '" + name + "' (add it with: user add)"));
  }

  public List<User> users() {
    return db.read(
        c -> {
          List<User> out = new ArrayList<>();
          try (PreparedStatement ps =
                  c.prepareStatement("SELECT " + USER_COLUMNS + " FROM users ORDER BY name");
              ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
              out.add(map(rs));
            }
          }
          return out;
        });
  }

  public void setEmail(long userId, Optional<String> email) {
    db.inTransaction(
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement("UPDATE users SET email = ? WHERE id = ?")) {
            ps.setString(1, email.orElse(null));
            ps.setLong(2, userId);
            ps.executeUpdate();
          }
          return null;
        });
  }

  /**
   * Records {@code relation} for these papers (all must be stored papers). Liking removes a dislike
   * and the other way round. Returns how many relations were new.
   */
  public int add(long userId, Relation relation, Collection<String> paperIds) {
    String now = Instant.now().toString();
    return db.inTransaction(
        c -> {
          int added = 0;
          try (PreparedStatement ins =
                  c.prepareStatement(
                      "INSERT INTO user_papers (user_id, paper_id, relation, created_at)"
                          + " VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING");
              PreparedStatement del =
                  c.prepareStatement(
                      "DELETE FROM user_papers WHERE user_id = ? AND paper_id = ? AND relation = ?")) {
            for (String id : paperIds) {
              Relation opposite =
                  relation == Relation.LIKE
                      ? Relation.DISLIKE
                      : relation == Relation.DISLIKE ? Relation.LIKE : null;
              if (opposite != null) {
                del.setLong(1, userId);
                del.setString(2, id);
                del.setString(3, opposite.dbValue());
                del.executeUpdate();
              }
              ins.setLong(1, userId);
              ins.setString(2, id);
              ins.setString(3, relation.dbValue());
              ins.setString(4, now);
              added += ins.executeUpdate();
            }
          }
          if (added > 0 && relation.isSignal()) {
            bumpRevision(c, userId);
          }
          return added;
        });
  }

  /** Removes a relation; returns whether there was one. */
  public boolean remove(long userId, Relation relation, String paperId) {
    return db.inTransaction(
        c -> {
          int n;
          try (PreparedStatement ps =
              c.prepareStatement(
                  "DELETE FROM user_papers WHERE user_id = ? AND paper_id = ? AND relation = ?")) {
            ps.setLong(1, userId);
            ps.setString(2, paperId);
            ps.setString(3, relation.dbValue());
            n = ps.executeUpdate();
          }
          if (n > 0 && relation.isSignal()) {
            bumpRevision(c, userId);
          }
          return n > 0;
        });
  }

  /** Every paper the reader has a relation with, and which relations, oldest first. */
  public Map<String, Set<Relation>> papers(long userId) {
    return db.read(
        c -> {
          Map<String, Set<Relation>> out = new LinkedHashMap<>();
          try (PreparedStatement ps =
              c.prepareStatement(
                  "SELECT paper_id, relation FROM user_papers WHERE user_id = ?"
                      + " ORDER BY created_at, paper_id")) {
            ps.setLong(1, userId);
            try (ResultSet rs = ps.executeQuery()) {
              while (rs.next()) {
                out.computeIfAbsent(rs.getString(1), k -> EnumSet.noneOf(Relation.class))
                    .add(Relation.fromDb(rs.getString(2)));
              }
            }
          }
          return out;
        });
  }

  /** The reader's papers with any of these relations, oldest first. */
  public List<String> papers(long userId, Set<Relation> relations) {
    List<String> out = new ArrayList<>();
    papers(userId)
        .forEach(
            (id, rels) -> {
              if (!java.util.Collections.disjoint(rels, relations)) {
                out.add(id);
              }
            });
    return out;
  }

  private static void bumpRevision(Connection c, long userId) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement("UPDATE users SET revision = revision + 1 WHERE id = ?")) {
      ps.setLong(1, userId);
      ps.executeUpdate();
    }
  }

  private Optional<User> queryOne(String sql, String param) {
    return db.read(
        c -> {
          try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, param);
            return readUser(ps);
          }
        });
  }

  private static Optional<User> readUser(PreparedStatement ps) throws SQLException {
    try (ResultSet rs = ps.executeQuery()) {
      return rs.next() ? Optional.of(map(rs)) : Optional.empty();
    }
  }

  private static User map(ResultSet rs) throws SQLException {
    return new User(
        rs.getLong(1),
        rs.getString(2),
        Optional.ofNullable(rs.getString(3)),
        rs.getLong(4),
        Instant.parse(rs.getString(5)));
  }
}

package org.paperradar.trending;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.paperradar.store.Database;

/** Upvotes: one per reader per paper, time-stamped so trending can weigh them by age. */
public final class VoteStore {
  /** One vote, as trending reads it. */
  public record Vote(String paperId, Instant at) {}

  private final Database db;

  public VoteStore(Database db) {
    this.db = db;
  }

  /** Upvotes; voting twice changes nothing. Returns whether this was a new vote. */
  public boolean vote(long userId, String paperId, Instant at) {
    return db.inTransaction(
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement(
                  "INSERT INTO votes (user_id, paper_id, created_at) VALUES (?, ?, ?)"
                      + " ON CONFLICT DO NOTHING")) {
            ps.setLong(1, userId);
            ps.setString(2, paperId);
            ps.setString(3, at.toString());
            return ps.executeUpdate() > 0;
          }
        });
  }

  /** Withdraws a vote; returns whether there was one. */
  public boolean unvote(long userId, String paperId) {
    return db.inTransaction(
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement("DELETE FROM votes WHERE user_id = ? AND paper_id = ?")) {
            ps.setLong(1, userId);
            ps.setString(2, paperId);
            return ps.executeUpdate() > 0;
          }
        });
  }

  public int count(String paperId) {
    return counts(List.of(paperId)).getOrDefault(paperId, 0);
  }

  /** Vote counts of these papers (papers without votes are left out). */
  public Map<String, Integer> counts(Collection<String> paperIds) {
    return db.read(
        c -> {
          Map<String, Integer> out = new HashMap<>();
          try (PreparedStatement ps =
              c.prepareStatement("SELECT COUNT(*) FROM votes WHERE paper_id = ?")) {
            for (String id : paperIds) {
              ps.setString(1, id);
              try (ResultSet rs = ps.executeQuery()) {
                if (rs.next() && rs.getInt(1) > 0) {
                  out.put(id, rs.getInt(1));
                }
              }
            }
          }
          return out;
        });
  }

  /** Which of these papers the reader has upvoted. */
  public Set<String> votedBy(long userId, Collection<String> paperIds) {
    return db.read(
        c -> {
          Set<String> out = new HashSet<>();
          try (PreparedStatement ps =
              c.prepareStatement("SELECT 1 FROM votes WHERE user_id = ? AND paper_id = ?")) {
            ps.setLong(1, userId);
            for (String id : paperIds) {
              ps.setString(2, id);
              try (ResultSet rs = ps.executeQuery()) {
                if (rs.next()) {
                  out.add(id);
                }
              }
            }
          }
          return out;
        });
  }

  /** Every vote cast at or after {@code since}. */
  public List<Vote> votesSince(Instant since) {
    return db.read(
        c -> {
          List<Vote> out = new ArrayList<>();
          try (PreparedStatement ps =
              c.prepareStatement("SELECT paper_id, created_at FROM votes WHERE created_at >= ?")) {
            ps.setString(1, since.toString());
            try (ResultSet rs = ps.executeQuery()) {
              while (rs.next()) {
                out.add(new Vote(rs.getString(1), Instant.parse(rs.getString(2))));
              }
            }
          }
          return out;
        });
  }
}

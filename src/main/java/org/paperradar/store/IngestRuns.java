package org.paperradar.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.paperradar.ingest.Reject;

/**
 * One row per ingest run with its counters and rejects. A run's position (last stored line or
 * record) is written in the same transaction as the papers, so a run killed half-way resumes
 * exactly after the last stored batch.
 */
public final class IngestRuns {
  private final Database db;

  public IngestRuns(Database db) {
    this.db = db;
  }

  /** A run as stored. */
  public record Run(
      long id,
      String source,
      String format,
      String startedAt,
      String finishedAt,
      String status,
      long position,
      IngestCounts counts) {}

  /** The unfinished run of the same input (same fingerprint), if one was interrupted. */
  public Optional<Run> findInterrupted(String fingerprint) {
    return db.read(
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement(
                  "SELECT "
                      + RUN_COLUMNS
                      + " FROM ingest_runs WHERE fingerprint = ? AND status = 'running'"
                      + " ORDER BY id DESC")) {
            ps.setString(1, fingerprint);
            try (ResultSet rs = ps.executeQuery()) {
              return rs.next() ? Optional.of(map(rs)) : Optional.empty();
            }
          }
        });
  }

  private static final String RUN_COLUMNS =
      "id, source, format, started_at, finished_at, status, position, read_count, added, updated,"
          + " unchanged, rejected";

  private static Run map(ResultSet rs) throws SQLException {
    return new Run(
        rs.getLong(1),
        rs.getString(2),
        rs.getString(3),
        rs.getString(4),
        rs.getString(5),
        rs.getString(6),
        rs.getLong(7),
        new IngestCounts(
            rs.getLong(8), rs.getLong(9), rs.getLong(10), rs.getLong(11), rs.getLong(12)));
  }

  public long start(String source, String format, String fingerprint) {
    return db.inTransaction(
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement(
                  "INSERT INTO ingest_runs (source, format, fingerprint, started_at, status)"
                      + " VALUES (?, ?, ?, ?, 'running')",
                  Statement.RETURN_GENERATED_KEYS)) {
            ps.setString(1, source);
            ps.setString(2, format);
            ps.setString(3, fingerprint);
            ps.setString(4, Instant.now().toString());
            ps.executeUpdate();
            try (ResultSet rs = ps.getGeneratedKeys()) {
              rs.next();
              return rs.getLong(1);
            }
          }
        });
  }

  /** Records progress inside the caller's transaction (together with the papers it covers). */
  public void checkpoint(
      Connection c, long runId, long position, IngestCounts counts, List<Reject> rejects)
      throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "UPDATE ingest_runs SET position = ?, read_count = ?, added = ?, updated = ?,"
                + " unchanged = ?, rejected = ? WHERE id = ?")) {
      ps.setLong(1, position);
      ps.setLong(2, counts.read());
      ps.setLong(3, counts.added());
      ps.setLong(4, counts.updated());
      ps.setLong(5, counts.unchanged());
      ps.setLong(6, counts.rejected());
      ps.setLong(7, runId);
      ps.executeUpdate();
    }
    if (!rejects.isEmpty()) {
      try (PreparedStatement ps =
          c.prepareStatement(
              "INSERT INTO ingest_rejects (run_id, location, reason) VALUES (?, ?, ?)")) {
        for (Reject r : rejects) {
          ps.setLong(1, runId);
          ps.setString(2, r.location());
          ps.setString(3, r.reason());
          ps.addBatch();
        }
        ps.executeBatch();
      }
    }
  }

  public void finish(long runId, String status) {
    db.inTransaction(
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement(
                  "UPDATE ingest_runs SET status = ?, finished_at = ? WHERE id = ?")) {
            ps.setString(1, status);
            ps.setString(2, Instant.now().toString());
            ps.setLong(3, runId);
            return ps.executeUpdate();
          }
        });
  }

  public List<Run> recent(int limit) {
    return db.read(
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement(
                  "SELECT " + RUN_COLUMNS + " FROM ingest_runs ORDER BY id DESC LIMIT ?")) {
            ps.setInt(1, limit);
            List<Run> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
              while (rs.next()) {
                out.add(map(rs));
              }
            }
            return out;
          }
        });
  }

  /** The stored rejects of one run, as {@code location: reason}. */
  public List<String> rejects(long runId) {
    return db.read(
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement(
                  "SELECT location, reason FROM ingest_rejects WHERE run_id = ? ORDER BY id")) {
            ps.setLong(1, runId);
            List<String> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
              while (rs.next()) {
                out.add(rs.getString(1) + ": " + rs.getString(2));
              }
            }
            return out;
          }
        });
  }
}

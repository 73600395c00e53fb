package org.paperradar.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;

/**
 * Where a harvest stands: the OAI-PMH resumption token to continue with and the last datestamp
 * seen. Saved in the same transaction as the page of papers it follows, so a killed harvest resumes
 * at the next page, and a finished one starts the next run from its last datestamp.
 */
public final class HarvestCheckpoints {
  private final Database db;

  public HarvestCheckpoints(Database db) {
    this.db = db;
  }

  /** A stored checkpoint. */
  public record Checkpoint(
      String name,
      String resumptionToken,
      String lastDatestamp,
      long pages,
      long records,
      boolean complete) {}

  public Optional<Checkpoint> find(String name) {
    return db.read(c -> find(c, name));
  }

  public Optional<Checkpoint> find(Connection c, String name) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT name, resumption_token, last_datestamp, pages, records, complete"
                + " FROM harvest_checkpoints WHERE name = ?")) {
      ps.setString(1, name);
      try (ResultSet rs = ps.executeQuery()) {
        if (!rs.next()) {
          return Optional.empty();
        }
        return Optional.of(
            new Checkpoint(
                rs.getString(1),
                rs.getString(2),
                rs.getString(3),
                rs.getLong(4),
                rs.getLong(5),
                rs.getInt(6) != 0));
      }
    }
  }

  /** Saves inside the caller's transaction. */
  public void save(Connection c, Checkpoint cp) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO harvest_checkpoints (name, resumption_token, last_datestamp, pages, records,"
                + " complete, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (name) DO UPDATE SET"
                + " resumption_token = excluded.resumption_token, last_datestamp = excluded.last_datestamp,"
                + " pages = excluded.pages, records = excluded.records, complete = excluded.complete,"
                + " updated_at = excluded.updated_at")) {
      ps.setString(1, cp.name());
      ps.setString(2, cp.resumptionToken());
      ps.setString(3, cp.lastDatestamp());
      ps.setLong(4, cp.pages());
      ps.setLong(5, cp.records());
      ps.setInt(6, cp.complete() ? 1 : 0);
      ps.setString(7, Instant.now().toString());
      ps.executeUpdate();
    }
  }
}

package org.paperradar.digest;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.paperradar.store.Database;

/**
 * The daily pipeline's checkpoints ({@code pipeline_steps}) and small state ({@code
 * pipeline_state}).
 */
public final class PipelineRuns {
  private final Database db;

  public PipelineRuns(Database db) {
    this.db = db;
  }

  /** A step's checkpoint for one day. */
  public record StepRun(
      LocalDate day, String step, String status, int attempts, String detail, Instant started) {
    public boolean done() {
      return status.equals("done");
    }
  }

  public Optional<StepRun> find(LocalDate day, String step) {
    return db.read(
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement(
                  "SELECT run_day, step, status, attempts, detail, started_at FROM pipeline_steps"
                      + " WHERE run_day = ? AND step = ?")) {
            ps.setString(1, day.toString());
            ps.setString(2, step);
            List<StepRun> l = read(ps);
            return l.isEmpty() ? Optional.empty() : Optional.of(l.get(0));
          }
        });
  }

  /** Every step run of the day, in the order they were first started. */
  public List<StepRun> day(LocalDate day) {
    return db.read(
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement(
                  "SELECT run_day, step, status, attempts, detail, started_at FROM pipeline_steps"
                      + " WHERE run_day = ? ORDER BY started_at, step")) {
            ps.setString(1, day.toString());
            return read(ps);
          }
        });
  }

  void start(LocalDate day, String step, Instant now) {
    db.inTransaction(
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement(
                  "INSERT INTO pipeline_steps (run_day, step, status, attempts, started_at)"
                      + " VALUES (?, ?, 'running', 1, ?) ON CONFLICT (run_day, step) DO UPDATE SET"
                      + " status = 'running', attempts = pipeline_steps.attempts + 1,"
                      + " finished_at = NULL")) {
            ps.setString(1, day.toString());
            ps.setString(2, step);
            ps.setString(3, Times.format(now));
            ps.executeUpdate();
          }
          return null;
        });
  }

  void finish(LocalDate day, String step, boolean ok, String detail, Instant now) {
    db.inTransaction(
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement(
                  "UPDATE pipeline_steps SET status = ?, detail = ?, finished_at = ?"
                      + " WHERE run_day = ? AND step = ?")) {
            ps.setString(1, ok ? "done" : "failed");
            ps.setString(2, detail);
            ps.setString(3, Times.format(now));
            ps.setString(4, day.toString());
            ps.setString(5, step);
            ps.executeUpdate();
          }
          return null;
        });
  }

  public Optional<String> state(String name) {
    return db.read(
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement("SELECT value FROM pipeline_state WHERE name = ?")) {
            ps.setString(1, name);
            try (ResultSet rs = ps.executeQuery()) {
              return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
            }
          }
        });
  }

  public void setState(String name, String value) {
    db.inTransaction(
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement(
                  "INSERT INTO pipeline_state (name, value) VALUES (?, ?)"
                      + " ON CONFLICT (name) DO UPDATE SET value = excluded.value")) {
            ps.setString(1, name);
            ps.setString(2, value);
            ps.executeUpdate();
          }
          return null;
        });
  }

  private static List<StepRun> read(PreparedStatement ps) throws java.sql.SQLException {
    List<StepRun> out = new ArrayList<>();
    try (ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        out.add(
            new StepRun(
                LocalDate.parse(rs.getString(1)),
                rs.getString(2),
                rs.getString(3),
                rs.getInt(4),
                rs.getString(5),
                Instant.parse(rs.getString(6))));
      }
    }
    return out;
  }
}

package org.paperradar.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** A reader's digest settings: how often, at which hour (UTC), which categories. */
public final class DigestSettingsStore {
  /** How often the digest is sent. */
  public enum Frequency {
    OFF,
    DAILY,
    WEEKLY;

    public String dbValue() {
      return name().toLowerCase(Locale.ROOT);
    }

    public static Frequency parse(String s) {
      try {
        return valueOf(s.strip().toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException | NullPointerException e) {
        throw new IllegalArgumentException(
            "frequency must be off, daily or weekly, got '" + s + "'", e);
      }
    }
  }

  /** The settings; {@code categories} empty means all. */
  public record DigestSettings(Frequency frequency, int hour, List<String> categories) {
    public static final DigestSettings DEFAULT = new DigestSettings(Frequency.DAILY, 7, List.of());

    public DigestSettings {
      if (hour < 0 || hour > 23) {
        throw new IllegalArgumentException("hour must be 0..23, got " + hour);
      }
      categories = List.copyOf(categories);
    }
  }

  private final Database db;

  public DigestSettingsStore(Database db) {
    this.db = db;
  }

  public DigestSettings settings(long userId) {
    return db.read(
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement(
                  "SELECT frequency, hour, categories FROM digest_settings WHERE user_id = ?")) {
            ps.setLong(1, userId);
            try (ResultSet rs = ps.executeQuery()) {
              if (!rs.next()) {
                return DigestSettings.DEFAULT;
              }
              String cats = rs.getString(3);
              return new DigestSettings(
                  Frequency.parse(rs.getString(1)),
                  rs.getInt(2),
                  cats.isBlank() ? List.of() : Arrays.asList(cats.split(" ")));
            }
          }
        });
  }

  public void save(long userId, DigestSettings s) {
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
            ps.setString(4, String.join(" ", s.categories()));
            return ps.executeUpdate();
          }
        });
  }
}

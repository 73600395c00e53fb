package org.paperradar.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What the store holds, for {@code radar stats}. */
public record StoreStats(
    long papers,
    long authors,
    long localPapers,
    long matchedLocalPapers,
    String firstAnnounced,
    String lastAnnounced,
    Map<String, Long> topCategories,
    List<IngestRuns.Run> recentRuns) {

  public static StoreStats of(Database db) {
    return db.read(
        c ->
            new StoreStats(
                one(c, "SELECT COUNT(*) FROM papers"),
                one(c, "SELECT COUNT(*) FROM authors"),
                one(c, "SELECT COUNT(*) FROM papers WHERE id LIKE 'local:%'"),
                one(c, "SELECT COUNT(*) FROM papers WHERE same_as IS NOT NULL"),
                text(c, "SELECT MIN(announced) FROM papers"),
                text(c, "SELECT MAX(announced) FROM papers"),
                topCategories(c),
                new IngestRuns(db).recent(5)));
  }

  private static long one(Connection c, String sql) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(sql);
        ResultSet rs = ps.executeQuery()) {
      rs.next();
      return rs.getLong(1);
    }
  }

  private static String text(Connection c, String sql) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(sql);
        ResultSet rs = ps.executeQuery()) {
      rs.next();
      return rs.getString(1);
    }
  }

  /** Primary categories (first listed) by paper count, top 10. */
  private static Map<String, Long> topCategories(Connection c) throws SQLException {
    Map<String, Long> counts = new java.util.HashMap<>();
    try (PreparedStatement ps = c.prepareStatement("SELECT categories FROM papers");
        ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        String cats = rs.getString(1);
        if (cats != null && !cats.isEmpty()) {
          int sp = cats.indexOf(' ');
          counts.merge(sp < 0 ? cats : cats.substring(0, sp), 1L, Long::sum);
        }
      }
    }
    Map<String, Long> top = new LinkedHashMap<>();
    counts.entrySet().stream()
        .sorted(
            Map.Entry.<String, Long>comparingByValue()
                .reversed()
                .thenComparing(Map.Entry.comparingByKey()))
        .limit(10)
        .forEach(e -> top.put(e.getKey(), e.getValue()));
    return top;
  }
}

package org.paperradar.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Consumer;
import org.paperradar.paper.ContentId;
import org.paperradar.paper.Paper;
import org.paperradar.paper.PaperMerge;

/**
 * Papers and their authors. Upserts merge what the store already knows with the incoming record
 * ({@link PaperMerge}) and write only when something changed, so re-ingesting the same data is a
 * no-op. All SQL is static and parameterised, and the same for SQLite and PostgreSQL.
 */
public final class PaperDao {
  private static final String COLUMNS =
      "id, title, abstract, authors, author_count, categories, announced, submitted, updated,"
          + " version, comment, doi, journal_ref, sources, upvotes";
  private static final String UPSERT =
      "INSERT INTO papers ("
          + COLUMNS
          + ", abstract_hash, first_seen, last_changed) VALUES"
          + " (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
          + " ON CONFLICT (id) DO UPDATE SET title = excluded.title, abstract = excluded.abstract,"
          + " authors = excluded.authors, author_count = excluded.author_count,"
          + " categories = excluded.categories, announced = excluded.announced,"
          + " submitted = excluded.submitted, updated = excluded.updated,"
          + " version = excluded.version, comment = excluded.comment, doi = excluded.doi,"
          + " journal_ref = excluded.journal_ref, sources = excluded.sources,"
          + " upvotes = excluded.upvotes, abstract_hash = excluded.abstract_hash,"
          + " last_changed = excluded.last_changed";

  private final Database db;
  private final Map<String, Long> authorIds = new HashMap<>();

  public PaperDao(Database db) {
    this.db = db;
  }

  /** What one batch did to the store. */
  public record UpsertCounts(int added, int updated, int unchanged) {}

  /** Merges and writes a batch inside the caller's transaction. */
  public UpsertCounts upsert(Connection c, List<Paper> papers) throws SQLException {
    int added = 0;
    int updated = 0;
    int unchanged = 0;
    String now = Instant.now().toString();
    try (PreparedStatement find =
            c.prepareStatement("SELECT " + COLUMNS + " FROM papers WHERE id = ?");
        PreparedStatement write = c.prepareStatement(UPSERT);
        PreparedStatement unlink =
            c.prepareStatement("DELETE FROM paper_authors WHERE paper_id = ?");
        PreparedStatement link =
            c.prepareStatement(
                "INSERT INTO paper_authors (paper_id, position, author_id) VALUES (?, ?, ?)");
        PreparedStatement insAuthor =
            c.prepareStatement(
                "INSERT INTO authors (name) VALUES (?) ON CONFLICT (name) DO NOTHING");
        PreparedStatement selAuthor = c.prepareStatement("SELECT id FROM authors WHERE name = ?")) {
      for (Paper incoming : papers) {
        find.setString(1, incoming.id());
        Optional<Paper> existing = readOne(find);
        Paper merged = existing.map(e -> PaperMerge.merge(e, incoming)).orElse(incoming);
        if (existing.isPresent() && existing.get().equals(merged)) {
          unchanged++;
          continue;
        }
        bind(write, merged, now);
        write.executeUpdate();
        if (existing.isEmpty() || !existing.get().authors().equals(merged.authors())) {
          unlink.setString(1, merged.id());
          unlink.executeUpdate();
          for (int i = 0; i < merged.authors().size(); i++) {
            link.setString(1, merged.id());
            link.setInt(2, i);
            link.setLong(3, authorId(insAuthor, selAuthor, merged.authors().get(i)));
            link.addBatch();
          }
          link.executeBatch();
        }
        if (existing.isPresent()) {
          updated++;
        } else {
          added++;
        }
      }
    } catch (SQLException | RuntimeException e) {
      authorIds.clear(); // ids cached in a transaction that is rolling back may not exist
      throw e;
    }
    return new UpsertCounts(added, updated, unchanged);
  }

  /** The author's id, inserting the name when new. */
  private long authorId(PreparedStatement ins, PreparedStatement sel, String name)
      throws SQLException {
    Long cached = authorIds.get(name);
    if (cached != null) {
      return cached;
    }
    ins.setString(1, name);
    ins.executeUpdate();
    sel.setString(1, name);
    try (ResultSet rs = sel.executeQuery()) {
      rs.next();
      long id = rs.getLong(1);
      authorIds.put(name, id);
      return id;
    }
  }

  private static void bind(PreparedStatement ps, Paper p, String now) throws SQLException {
    ps.setString(1, p.id());
    ps.setString(2, p.title());
    ps.setString(3, p.abstractText());
    ps.setString(4, String.join("\n", p.authors()));
    ps.setInt(5, p.authorCount());
    ps.setString(6, String.join(" ", p.categories()));
    setDate(ps, 7, p.announced());
    setDate(ps, 8, p.submitted());
    setDate(ps, 9, p.updated());
    ps.setInt(10, p.version());
    ps.setString(11, p.comment());
    ps.setString(12, p.doi());
    ps.setString(13, p.journalRef());
    ps.setString(14, String.join(" ", new TreeSet<>(p.sources())));
    ps.setInt(15, p.upvotes());
    ps.setString(16, ContentId.textHash(p.abstractText()));
    ps.setString(17, now);
    ps.setString(18, now);
  }

  private static void setDate(PreparedStatement ps, int i, LocalDate d) throws SQLException {
    if (d == null) {
      ps.setNull(i, Types.VARCHAR);
    } else {
      ps.setString(i, d.toString());
    }
  }

  private static Optional<Paper> readOne(PreparedStatement ps) throws SQLException {
    try (ResultSet rs = ps.executeQuery()) {
      return rs.next() ? Optional.of(map(rs)) : Optional.empty();
    }
  }

  static Paper map(ResultSet rs) throws SQLException {
    return Paper.builder(rs.getString(1))
        .title(rs.getString(2))
        .abstractText(rs.getString(3))
        .authors(split(rs.getString(4), "\n"))
        .authorCount(rs.getInt(5))
        .categories(split(rs.getString(6), " "))
        .announced(date(rs.getString(7)))
        .submitted(date(rs.getString(8)))
        .updated(date(rs.getString(9)))
        .version(rs.getInt(10))
        .comment(rs.getString(11))
        .doi(rs.getString(12))
        .journalRef(rs.getString(13))
        .sources(new TreeSet<>(split(rs.getString(14), " ")))
        .upvotes(rs.getInt(15))
        .build();
  }

  private static List<String> split(String s, String sep) {
    return s == null || s.isEmpty() ? List.of() : Arrays.asList(s.split(sep, -1));
  }

  private static LocalDate date(String s) {
    return s == null ? null : LocalDate.parse(s);
  }

  public Optional<Paper> findPaper(String id) {
    return db.read(
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement("SELECT " + COLUMNS + " FROM papers WHERE id = ?")) {
            ps.setString(1, id);
            return readOne(ps);
          }
        });
  }

  /** The stored papers among these ids, in the order given; unknown ids are left out. */
  public List<Paper> findPapers(java.util.Collection<String> ids) {
    return db.read(
        c -> {
          List<Paper> out = new java.util.ArrayList<>();
          try (PreparedStatement ps =
              c.prepareStatement("SELECT " + COLUMNS + " FROM papers WHERE id = ?")) {
            for (String id : ids) {
              ps.setString(1, id);
              readOne(ps).ifPresent(out::add);
            }
          }
          return out;
        });
  }

  /**
   * Streams the papers announced from {@code from} to {@code to} (inclusive) in id order; a paper
   * without an announcement date counts by its submission date.
   */
  public void forEachAnnounced(LocalDate from, LocalDate to, Consumer<Paper> consumer) {
    db.read(
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement(
                  "SELECT "
                      + COLUMNS
                      + " FROM papers WHERE COALESCE(announced, submitted) >= ?"
                      + " AND COALESCE(announced, submitted) <= ? ORDER BY id")) {
            ps.setString(1, from.toString());
            ps.setString(2, to.toString());
            ps.setFetchSize(1000);
            try (ResultSet rs = ps.executeQuery()) {
              while (rs.next()) {
                consumer.accept(map(rs));
              }
            }
          }
          return null;
        });
  }

  /** Every author name in the store, as written on the papers. */
  public List<String> authorNames() {
    return db.read(
        c -> {
          List<String> out = new java.util.ArrayList<>();
          try (PreparedStatement ps = c.prepareStatement("SELECT name FROM authors ORDER BY name");
              ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
              out.add(rs.getString(1));
            }
          }
          return out;
        });
  }

  /** The papers listing this exact author name, newest first. */
  public List<Paper> findByAuthor(String name) {
    return db.read(
        c -> {
          List<Paper> out = new java.util.ArrayList<>();
          try (PreparedStatement ps =
              c.prepareStatement(
                  "SELECT p."
                      + COLUMNS.replace(", ", ", p.")
                      + " FROM papers p JOIN paper_authors pa ON pa.paper_id = p.id"
                      + " JOIN authors a ON a.id = pa.author_id WHERE a.name = ?"
                      + " ORDER BY COALESCE(p.announced, p.submitted) DESC, p.id")) {
            ps.setString(1, name);
            try (ResultSet rs = ps.executeQuery()) {
              while (rs.next()) {
                out.add(map(rs));
              }
            }
          }
          return out;
        });
  }

  /** The latest announcement (or submission) date in the store. */
  public Optional<LocalDate> latestAnnounced() {
    return db.read(
        c -> {
          try (PreparedStatement ps =
                  c.prepareStatement("SELECT MAX(COALESCE(announced, submitted)) FROM papers");
              ResultSet rs = ps.executeQuery()) {
            return rs.next() ? Optional.ofNullable(date(rs.getString(1))) : Optional.empty();
          }
        });
  }

  public Paper expectPaper(String id) {
    return findPaper(id).orElseThrow(() -> new StoreException("no paper with id " + id));
  }

  public long count() {
    return db.read(
        c -> {
          try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM papers");
              ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
          }
        });
  }

  /** Streams every paper in id order to {@code consumer} (export, index builds). */
  public void forEach(Consumer<Paper> consumer) {
    db.read(
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement("SELECT " + COLUMNS + " FROM papers ORDER BY id")) {
            ps.setFetchSize(1000);
            try (ResultSet rs = ps.executeQuery()) {
              while (rs.next()) {
                consumer.accept(map(rs));
              }
            }
          }
          return null;
        });
  }

  /**
   * Streams the papers whose {@code last_changed} is after {@code after} (null for all) to {@code
   * consumer}, in id order. Stored instants are ISO text with 0, 3, 6 or 9 fraction digits, so the
   * SQL narrows by the whole second (a text prefix that sorts below every instant in it) and the
   * exact comparison is done here.
   */
  public void forEachChangedAfter(Instant after, Consumer<Paper> consumer) {
    if (after == null) {
      forEach(consumer);
      return;
    }
    db.read(
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement(
                  "SELECT "
                      + COLUMNS
                      + ", last_changed FROM papers WHERE last_changed >= ? ORDER BY id")) {
            ps.setFetchSize(1000);
            ps.setString(1, secondPrefix(after));
            try (ResultSet rs = ps.executeQuery()) {
              while (rs.next()) {
                if (Instant.parse(rs.getString(16)).isAfter(after)) {
                  consumer.accept(map(rs));
                }
              }
            }
          }
          return null;
        });
  }

  /** About how many papers changed after {@code after} (all when null), for progress bars. */
  public long countChangedAfter(Instant after) {
    return db.read(
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement(
                  "SELECT COUNT(*) FROM papers WHERE ? IS NULL OR last_changed >= ?")) {
            String since = after == null ? null : secondPrefix(after);
            ps.setString(1, since);
            ps.setString(2, since);
            try (ResultSet rs = ps.executeQuery()) {
              rs.next();
              return rs.getLong(1);
            }
          }
        });
  }

  /** {@code 2026-07-01T10:15:00} for any instant in that second: sorts below all of them. */
  private static String secondPrefix(Instant t) {
    String s = t.truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString();
    return s.substring(0, s.length() - 1);
  }

  /** The latest {@code last_changed} in the store (an ISO instant), if any paper exists. */
  public Optional<Instant> maxLastChanged() {
    return db.read(
        c -> {
          try (PreparedStatement ps = c.prepareStatement("SELECT MAX(last_changed) FROM papers");
              ResultSet rs = ps.executeQuery()) {
            // Text MAX may pick an earlier instant of the newest second (fewer fraction digits):
            // a watermark a little low only re-indexes a few papers, it never misses one.
            return rs.next() && rs.getString(1) != null
                ? Optional.of(Instant.parse(rs.getString(1)))
                : Optional.empty();
          }
        });
  }

  /** For a local (pasted) paper, the arXiv paper it was matched to by its abstract, if any. */
  public Optional<String> findSameAs(String localId) {
    return db.read(
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement("SELECT same_as FROM papers WHERE id = ?")) {
            ps.setString(1, localId);
            try (ResultSet rs = ps.executeQuery()) {
              return rs.next() ? Optional.ofNullable(rs.getString(1)) : Optional.empty();
            }
          }
        });
  }

  /**
   * Links local papers (pasted text without an id) to the arXiv paper with the same normalised
   * abstract. Runs after every ingest, so the link appears whichever side arrives first.
   */
  public int linkLocalPapers(Connection c) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "UPDATE papers SET same_as = (SELECT MIN(a.id) FROM papers a"
                + " WHERE a.abstract_hash = papers.abstract_hash AND a.id NOT LIKE 'local:%')"
                + " WHERE id LIKE 'local:%' AND same_as IS NULL AND abstract_hash IS NOT NULL"
                + " AND EXISTS (SELECT 1 FROM papers a WHERE a.abstract_hash = papers.abstract_hash"
                + " AND a.id NOT LIKE 'local:%')")) {
      return ps.executeUpdate();
    }
  }
}

package org.paperradar.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import org.paperradar.paper.Paper;

/** Author pages: an author's papers and co-authors, by the exact stored name. */
public final class AuthorDao {
  /** A co-author and how many papers they share with the author. */
  public record CoAuthor(String name, int papers) {}

  private final Database db;

  public AuthorDao(Database db) {
    this.db = db;
  }

  /** The author's papers, newest first (at most {@code limit}). */
  public List<Paper> papers(String name, int limit) {
    return db.read(
        c -> {
          List<Paper> out = new ArrayList<>();
          try (PreparedStatement ps =
              c.prepareStatement(
                  "SELECT p.id, p.title, p.abstract, p.authors, p.author_count, p.categories,"
                      + " p.announced, p.submitted, p.updated, p.version, p.comment, p.doi,"
                      + " p.journal_ref, p.sources, p.upvotes FROM papers p"
                      + " JOIN paper_authors pa ON pa.paper_id = p.id"
                      + " JOIN authors a ON a.id = pa.author_id WHERE a.name = ?"
                      + " ORDER BY COALESCE(p.announced, p.submitted) DESC, p.id LIMIT ?")) {
            ps.setString(1, name);
            ps.setInt(2, limit);
            try (ResultSet rs = ps.executeQuery()) {
              while (rs.next()) {
                out.add(PaperDao.map(rs));
              }
            }
          }
          return out;
        });
  }

  /** The people the author wrote with, most shared papers first. */
  public List<CoAuthor> coAuthors(String name, int limit) {
    return db.read(
        c -> {
          List<CoAuthor> out = new ArrayList<>();
          try (PreparedStatement ps =
              c.prepareStatement(
                  "SELECT a2.name, COUNT(DISTINCT pa2.paper_id) AS n FROM authors a"
                      + " JOIN paper_authors pa ON pa.author_id = a.id"
                      + " JOIN paper_authors pa2 ON pa2.paper_id = pa.paper_id"
                      + " JOIN authors a2 ON a2.id = pa2.author_id"
                      + " WHERE a.name = ? AND a2.id <> a.id"
                      + " GROUP BY a2.name ORDER BY n DESC, a2.name LIMIT ?")) {
            ps.setString(1, name);
            ps.setInt(2, limit);
            try (ResultSet rs = ps.executeQuery()) {
              while (rs.next()) {
                out.add(new CoAuthor(rs.getString(1), rs.getInt(2)));
              }
            }
          }
          return out;
        });
  }
}

package org.paperradar.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A reader's library: folders, and saved papers (each in at most one folder) with a note. Every
 * statement is scoped by the reader's id, so one reader can never see or change another's.
 */
public final class LibraryStore {
  /** A folder and how many saved papers it holds. */
  public record Folder(long id, String name, int papers) {}

  /** A saved paper: its folder (empty: unsorted) and the reader's note. */
  public record Item(String paperId, Optional<Long> folderId, String note, Instant saved) {}

  public static final int MAX_NOTE = 10_000;
  public static final int MAX_FOLDER_NAME = 100;

  private final Database db;

  public LibraryStore(Database db) {
    this.db = db;
  }

  /** Creates a folder; fails with a clear message if the reader already has one of that name. */
  public Folder createFolder(long userId, String name) {
    String clean = name == null ? "" : name.strip();
    if (clean.isEmpty() || clean.length() > MAX_FOLDER_NAME) {
      throw new IllegalArgumentException(
          "a folder name needs 1 to " + MAX_FOLDER_NAME + " characters");
    }
    if (folders(userId).stream().anyMatch(f -> f.name().equals(clean))) {
      throw new IllegalArgumentException("you already have a folder named '" + clean + "'");
    }
    db.inTransaction(
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement(
                  "INSERT INTO library_folders (user_id, name, created_at) VALUES (?, ?, ?)")) {
            ps.setLong(1, userId);
            ps.setString(2, clean);
            ps.setString(3, Instant.now().toString());
            return ps.executeUpdate();
          }
        });
    return folders(userId).stream().filter(f -> f.name().equals(clean)).findFirst().orElseThrow();
  }

  public List<Folder> folders(long userId) {
    return db.read(
        c -> {
          List<Folder> out = new ArrayList<>();
          try (PreparedStatement ps =
              c.prepareStatement(
                  "SELECT f.id, f.name, (SELECT COUNT(*) FROM library_items i"
                      + " WHERE i.folder_id = f.id AND i.user_id = f.user_id)"
                      + " FROM library_folders f WHERE f.user_id = ? ORDER BY f.name")) {
            ps.setLong(1, userId);
            try (ResultSet rs = ps.executeQuery()) {
              while (rs.next()) {
                out.add(new Folder(rs.getLong(1), rs.getString(2), rs.getInt(3)));
              }
            }
          }
          return out;
        });
  }

  /** The reader's folder with this id; empty when there is none or it is someone else's. */
  public Optional<Folder> findFolder(long userId, long folderId) {
    return folders(userId).stream().filter(f -> f.id() == folderId).findFirst();
  }

  /** Deletes the reader's folder (its papers stay saved, unsorted). */
  public boolean deleteFolder(long userId, long folderId) {
    return db.inTransaction(
        c -> {
          try (PreparedStatement un =
                  c.prepareStatement(
                      "UPDATE library_items SET folder_id = NULL WHERE user_id = ? AND folder_id = ?");
              PreparedStatement del =
                  c.prepareStatement("DELETE FROM library_folders WHERE id = ? AND user_id = ?")) {
            un.setLong(1, userId);
            un.setLong(2, folderId);
            un.executeUpdate();
            del.setLong(1, folderId);
            del.setLong(2, userId);
            return del.executeUpdate() > 0;
          }
        });
  }

  /**
   * Saves a paper into a folder of the reader's (empty: unsorted), or moves it there if already
   * saved; the note is kept. The folder must be the reader's (checked here too).
   */
  public void save(long userId, String paperId, Optional<Long> folderId) {
    if (folderId.isPresent() && findFolder(userId, folderId.get()).isEmpty()) {
      throw new IllegalArgumentException("no folder " + folderId.get());
    }
    db.inTransaction(
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement(
                  "INSERT INTO library_items (user_id, paper_id, folder_id, note, created_at)"
                      + " VALUES (?, ?, ?, '', ?) ON CONFLICT (user_id, paper_id)"
                      + " DO UPDATE SET folder_id = excluded.folder_id")) {
            ps.setLong(1, userId);
            ps.setString(2, paperId);
            setFolder(ps, 3, folderId);
            ps.setString(4, Instant.now().toString());
            return ps.executeUpdate();
          }
        });
  }

  private static void setFolder(PreparedStatement ps, int i, Optional<Long> folderId)
      throws SQLException {
    if (folderId.isPresent()) {
      ps.setLong(i, folderId.get());
    } else {
      ps.setNull(i, Types.BIGINT);
    }
  }

  /** Sets the note of a saved paper; false when the reader has not saved it. */
  public boolean setNote(long userId, String paperId, String note) {
    String clean = note == null ? "" : note.strip();
    if (clean.length() > MAX_NOTE) {
      throw new IllegalArgumentException("a note may have at most " + MAX_NOTE + " characters");
    }
    return db.inTransaction(
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement(
                  "UPDATE library_items SET note = ? WHERE user_id = ? AND paper_id = ?")) {
            ps.setString(1, clean);
            ps.setLong(2, userId);
            ps.setString(3, paperId);
            return ps.executeUpdate() > 0;
          }
        });
  }

  public boolean remove(long userId, String paperId) {
    return db.inTransaction(
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement("DELETE FROM library_items WHERE user_id = ? AND paper_id = ?")) {
            ps.setLong(1, userId);
            ps.setString(2, paperId);
            return ps.executeUpdate() > 0;
          }
        });
  }

  /** The reader's saved papers, newest first: all, or those of one folder of theirs. */
  public List<Item> items(long userId, Optional<Long> folderId) {
    return db.read(
        c -> {
          List<Item> out = new ArrayList<>();
          try (PreparedStatement ps =
              c.prepareStatement(
                  "SELECT paper_id, folder_id, note, created_at FROM library_items"
                      + " WHERE user_id = ? AND (? IS NULL OR folder_id = ?)"
                      + " ORDER BY created_at DESC, paper_id")) {
            ps.setLong(1, userId);
            setFolder(ps, 2, folderId);
            setFolder(ps, 3, folderId);
            try (ResultSet rs = ps.executeQuery()) {
              while (rs.next()) {
                long f = rs.getLong(2);
                Optional<Long> folder = rs.wasNull() ? Optional.empty() : Optional.of(f);
                out.add(
                    new Item(
                        rs.getString(1), folder, rs.getString(3), Instant.parse(rs.getString(4))));
              }
            }
          }
          return out;
        });
  }

  public Optional<Item> findItem(long userId, String paperId) {
    return items(userId, Optional.empty()).stream()
        .filter(i -> i.paperId().equals(paperId))
        .findFirst();
  }
}

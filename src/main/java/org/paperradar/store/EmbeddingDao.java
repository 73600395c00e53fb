package org.paperradar.store;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.paperradar.embed.EmbeddingText;
import org.paperradar.paper.Paper;

/**
 * The embedding cache: one vector per (paper, model), stored as float32 little-endian bytes
 * (setBytes/getBytes work for SQLite BLOB and PostgreSQL BYTEA alike). All SQL is static and
 * parameterised, the same for both databases.
 */
public final class EmbeddingDao {
  private static final String UPSERT =
      "INSERT INTO embeddings (paper_id, model, dim, text_hash, vector, created_at)"
          + " VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (paper_id, model) DO UPDATE SET"
          + " dim = excluded.dim, text_hash = excluded.text_hash, vector = excluded.vector,"
          + " created_at = excluded.created_at";

  /** A vector to store, with the hash of the text it was computed from. */
  @SuppressWarnings("ArrayRecordComponent") // vectors are passed along, never copied or compared
  public record NewVector(String paperId, String textHash, float[] vector) {}

  /** A stored vector. */
  @SuppressWarnings("ArrayRecordComponent") // vectors are passed along, never copied or compared
  public record StoredVector(String paperId, float[] vector) {}

  private final Database db;

  public EmbeddingDao(Database db) {
    this.db = db;
  }

  /** Saves (or replaces) a batch in one transaction: a killed run keeps every finished batch. */
  public void save(String model, List<NewVector> batch) {
    String now = Instant.now().toString();
    db.inTransaction(
        c -> {
          try (PreparedStatement ps = c.prepareStatement(UPSERT)) {
            for (NewVector v : batch) {
              ps.setString(1, v.paperId());
              ps.setString(2, model);
              ps.setInt(3, v.vector().length);
              ps.setString(4, v.textHash());
              ps.setBytes(5, toBytes(v.vector()));
              ps.setString(6, now);
              ps.addBatch();
            }
            ps.executeBatch();
          }
          return null;
        });
  }

  /** The stored vectors of these papers for {@code model}; papers without one are left out. */
  public Map<String, float[]> find(String model, Collection<String> paperIds) {
    return db.read(
        c -> {
          Map<String, float[]> out = new LinkedHashMap<>();
          try (PreparedStatement ps =
              c.prepareStatement(
                  "SELECT vector FROM embeddings WHERE paper_id = ? AND model = ?")) {
            ps.setString(2, model);
            for (String id : paperIds) {
              ps.setString(1, id);
              try (ResultSet rs = ps.executeQuery()) {
                if (rs.next()) {
                  out.put(id, fromBytes(rs.getBytes(1)));
                }
              }
            }
          }
          return out;
        });
  }

  /** Streams every vector of {@code model} in paper id order (index builds, recommenders). */
  public void forEach(String model, Consumer<StoredVector> consumer) {
    db.read(
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement(
                  "SELECT paper_id, vector FROM embeddings WHERE model = ? ORDER BY paper_id")) {
            ps.setString(1, model);
            ps.setFetchSize(1000);
            try (ResultSet rs = ps.executeQuery()) {
              while (rs.next()) {
                consumer.accept(new StoredVector(rs.getString(1), fromBytes(rs.getBytes(2))));
              }
            }
          }
          return null;
        });
  }

  public long count(String model) {
    return db.read(
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement("SELECT COUNT(*) FROM embeddings WHERE model = ?")) {
            ps.setString(1, model);
            try (ResultSet rs = ps.executeQuery()) {
              rs.next();
              return rs.getLong(1);
            }
          }
        });
  }

  /** Number of stored vectors per model. */
  public Map<String, Long> countByModel() {
    return db.read(
        c -> {
          Map<String, Long> out = new TreeMap<>();
          try (PreparedStatement ps =
                  c.prepareStatement("SELECT model, COUNT(*) FROM embeddings GROUP BY model");
              ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
              out.put(rs.getString(1), rs.getLong(2));
            }
          }
          return out;
        });
  }

  /**
   * Ids of papers, in id order, that have no vector for {@code model} or whose vector was computed
   * from a different title or abstract. The text hash is compared here rather than in SQL, so the
   * query stays portable; it reads every title and abstract once (a second or two at 100k papers).
   */
  public List<String> missingOrStale(String model) {
    return db.read(
        c -> {
          List<String> out = new ArrayList<>();
          try (PreparedStatement ps =
              c.prepareStatement(
                  "SELECT p.id, p.title, p.abstract, e.text_hash FROM papers p"
                      + " LEFT JOIN embeddings e ON e.paper_id = p.id AND e.model = ?"
                      + " ORDER BY p.id")) {
            ps.setString(1, model);
            ps.setFetchSize(1000);
            try (ResultSet rs = ps.executeQuery()) {
              while (rs.next()) {
                String stored = rs.getString(4);
                Paper p =
                    Paper.builder(rs.getString(1))
                        .title(rs.getString(2))
                        .abstractText(rs.getString(3))
                        .build();
                if (stored == null || !stored.equals(EmbeddingText.hash(p))) {
                  out.add(p.id());
                }
              }
            }
          }
          return out;
        });
  }

  static byte[] toBytes(float[] v) {
    ByteBuffer b = ByteBuffer.allocate(v.length * Float.BYTES).order(ByteOrder.LITTLE_ENDIAN);
    b.asFloatBuffer().put(v);
    return b.array();
  }

  static float[] fromBytes(byte[] bytes) {
    float[] v = new float[bytes.length / Float.BYTES];
    ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).asFloatBuffer().get(v);
    return v;
  }

  /** When each paper's vector of {@code model} was (re)computed, for index syncs. */
  public Map<String, java.time.Instant> createdAt(String model) {
    return db.read(
        c -> {
          Map<String, java.time.Instant> out = new java.util.HashMap<>();
          try (PreparedStatement ps =
              c.prepareStatement("SELECT paper_id, created_at FROM embeddings WHERE model = ?")) {
            ps.setString(1, model);
            try (ResultSet rs = ps.executeQuery()) {
              while (rs.next()) {
                out.put(rs.getString(1), java.time.Instant.parse(rs.getString(2)));
              }
            }
          }
          return out;
        });
  }
}

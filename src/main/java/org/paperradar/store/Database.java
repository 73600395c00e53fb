package org.paperradar.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The system of record: an embedded SQLite file in the data folder by default, or PostgreSQL when
 * given a {@code jdbc:postgresql:} URL. Opening it applies pending schema migrations (Flyway, one
 * script set per vendor under {@code db/migration/}).
 *
 * <p>One connection, used by one thread at a time: SQLite has a single writer anyway, and the
 * command-line jobs are sequential. Callers group writes with {@link #inTransaction}.
 */
public final class Database implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(Database.class);
  public static final String SQLITE_FILE = "paperradar.db";

  private final String url;
  private final Connection conn;
  private final boolean postgres;

  private Database(String url, String user, String password) throws SQLException {
    this.url = url;
    this.postgres = url.startsWith("jdbc:postgresql:");
    migrate(url, user, password);
    this.conn =
        user == null
            ? DriverManager.getConnection(url)
            : DriverManager.getConnection(url, user, password);
    if (!postgres) {
      try (Statement s = conn.createStatement()) {
        s.execute("PRAGMA journal_mode=WAL");
        s.execute("PRAGMA synchronous=NORMAL"); // durable at checkpoints; WAL keeps it consistent
        s.execute("PRAGMA foreign_keys=ON");
        s.execute("PRAGMA busy_timeout=10000");
        s.execute("PRAGMA cache_size=-65536");
      }
    }
  }

  /** Opens (creating if needed) the SQLite store in {@code dataDir}. */
  public static Database openSqlite(Path dataDir) {
    try {
      Files.createDirectories(dataDir);
      return new Database(
          "jdbc:sqlite:" + dataDir.resolve(SQLITE_FILE).toAbsolutePath(), null, null);
    } catch (java.io.IOException | SQLException e) {
      throw new StoreException("cannot open the store in " + dataDir + ": " + e.getMessage(), e);
    }
  }

  /** Opens a store by JDBC URL (SQLite or PostgreSQL); user and password may be null. */
  public static Database open(String jdbcUrl, String user, String password) {
    try {
      return new Database(jdbcUrl, user, password);
    } catch (SQLException e) {
      throw new StoreException(
          "cannot open the store at " + redact(jdbcUrl) + ": " + e.getMessage(), e);
    }
  }

  private static void migrate(String url, String user, String password) {
    String vendor = url.startsWith("jdbc:postgresql:") ? "postgresql" : "sqlite";
    Flyway flyway =
        Flyway.configure()
            .dataSource(url, user, password)
            .locations("classpath:db/migration/" + vendor)
            // Stages add their own migrations; a store created before one landed still takes it.
            .outOfOrder(true)
            .load();
    MigrateResult r = flyway.migrate();
    if (r.migrationsExecuted > 0) {
      LOG.info(
          "store {}: applied {} migration(s), now at version {}",
          redact(url),
          r.migrationsExecuted,
          r.targetSchemaVersion);
    }
  }

  private static String redact(String url) {
    return url.replaceAll("password=[^&]*", "password=***");
  }

  public Connection connection() {
    return conn;
  }

  public boolean isPostgres() {
    return postgres;
  }

  public String url() {
    return redact(url);
  }

  /** A unit of work that commits together or not at all. */
  public interface Work<T> {
    T run(Connection c) throws SQLException;
  }

  public synchronized <T> T inTransaction(Work<T> work) {
    try {
      conn.setAutoCommit(false);
      try {
        T result = work.run(conn);
        conn.commit();
        return result;
      } catch (SQLException | RuntimeException e) {
        conn.rollback();
        throw e;
      } finally {
        conn.setAutoCommit(true);
      }
    } catch (SQLException e) {
      throw new StoreException("store error: " + e.getMessage(), e);
    }
  }

  public synchronized <T> T read(Work<T> work) {
    try {
      return work.run(conn);
    } catch (SQLException e) {
      throw new StoreException("store error: " + e.getMessage(), e);
    }
  }

  @Override
  public synchronized void close() {
    try {
      conn.close();
    } catch (SQLException e) {
      LOG.warn("closing the store: {}", e.getMessage());
    }
  }
}

package org.paperradar.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperradar.store.Database;
import org.paperradar.store.HarvestCheckpoints;
import org.paperradar.store.HarvestCheckpoints.Checkpoint;
import org.paperradar.store.PaperDao;

/**
 * Kills a harvesting JVM with SIGKILL mid-way and checks that a rerun resumes at the stored token:
 * nothing lost, nothing twice, and page 1 never fetched again.
 */
class HarvestKillTest {
  @TempDir Path dir;

  @Test
  void aKilledHarvestResumesWhereItsCheckpointSays() throws Exception {
    try (FixtureServer server =
        new FixtureServer(
            p -> {
              Thread.sleep(400); // slow pages, so the kill lands mid-harvest
              return FixtureServer.oai(p);
            })) {
      Path data = dir.resolve("data");
      String name = OaiHarvestMain.options(server.url("/oai")).checkpointName();
      Path log = dir.resolve("child.log");
      Process child =
          new ProcessBuilder(
                  Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                  "-cp",
                  System.getProperty("java.class.path"),
                  OaiHarvestMain.class.getName(),
                  server.url("/oai").toString(),
                  data.toString())
              .redirectErrorStream(true)
              .redirectOutput(log.toFile())
              .start();
      Checkpoint atKill;
      try {
        atKill = waitForPages(data.resolve(Database.SQLITE_FILE).toFile(), name, 2, child, log);
        child.destroyForcibly();
        assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
      } finally {
        child.destroyForcibly();
      }
      Checkpoint killed;
      try (Database db = Database.openSqlite(data)) {
        killed = new HarvestCheckpoints(db).find(name).orElseThrow();
      }
      assertThat(killed.complete()).as("killed mid-way").isFalse();
      assertThat(killed.pages()).isBetween(atKill.pages(), 7L);
      assertThat(killed.resumptionToken()).isNotNull();
      int served = server.requests().size();

      try (Database db = Database.openSqlite(data)) {
        HarvestReport r =
            new OaiHarvester(db, OaiHarvesterTest.FAST, null)
                .harvest(OaiHarvestMain.options(server.url("/oai")));
        assertThat(r.resumed()).isTrue();
        assertThat(r.complete()).isTrue();
        assertThat(r.pages()).isEqualTo(8 - killed.pages());
        assertThat(new PaperDao(db).count()).isEqualTo(199);
        assertThat(duplicateIds(db)).isZero();
        assertThat(new HarvestCheckpoints(db).find(name).orElseThrow().pages()).isEqualTo(8);
      }
      List<Map<String, String>> after = server.requests().subList(served, server.requests().size());
      assertThat(after.get(0)).containsEntry("resumptionToken", killed.resumptionToken());
      assertThat(after)
          .as("page 1 is never requested again")
          .allMatch(p -> p.containsKey("resumptionToken"));
    }
  }

  /** Polls the child's store through its own read connection until enough pages are stored. */
  private static Checkpoint waitForPages(File db, String name, long pages, Process child, Path log)
      throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (System.nanoTime() < deadline) {
      assertThat(child.isAlive()).as("child still harvesting: %s", Files.readString(log)).isTrue();
      if (db.exists()) {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db)) {
          Optional<Checkpoint> cp = new HarvestCheckpoints(null).find(c, name);
          if (cp.isPresent() && cp.get().pages() >= pages) {
            return cp.get();
          }
        } catch (SQLException e) {
          // schema not there yet: the child is still migrating
        }
      }
      Thread.sleep(50);
    }
    throw new AssertionError(
        "child never stored "
            + pages
            + " pages: "
            + Files.readString(db.toPath().resolveSibling("..").resolve("child.log")));
  }

  private static long duplicateIds(Database db) {
    return db.read(
        c -> {
          try (Statement s = c.createStatement();
              ResultSet rs =
                  s.executeQuery(
                      "SELECT COUNT(*) FROM (SELECT id FROM papers GROUP BY id HAVING COUNT(*) > 1)")) {
            rs.next();
            return rs.getLong(1);
          }
        });
  }
}

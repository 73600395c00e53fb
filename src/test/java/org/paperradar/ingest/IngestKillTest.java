package org.paperradar.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperradar.testing.ChildRadar;

/**
 * Kills a child {@code radar ingest} with SIGKILL half-way through a large file, runs it again, and
 * checks the store ends up exact: every paper once, nothing lost, no duplicate author links.
 */
class IngestKillTest {
  static final int COPIES = 12; // 12 x 3,292 demo papers = 39,504 distinct ids

  @Test
  void aKilledIngestResumesWithoutLossOrDuplicates(@TempDir Path dir) throws Exception {
    Path big = dir.resolve("big.jsonl");
    int total = writeBigFile(big);
    Path data = dir.resolve("data");
    Path log1 = dir.resolve("run1.log");

    Process first =
        ChildRadar.start(
            log1, "--data", data.toString(), "-q", "ingest", "--batch-size", "500", big.toString());
    long killedAt = waitForProgress(data, total, first);
    first.destroyForcibly(); // SIGKILL on Linux: no shutdown hooks, no cleanup
    assertThat(first.waitFor(30, TimeUnit.SECONDS)).isTrue();
    assertThat(first.exitValue())
        .as("killed, not finished: %s", Files.readString(log1))
        .isEqualTo(137);

    long storedAfterKill;
    try (Connection c =
        DriverManager.getConnection("jdbc:sqlite:" + data.resolve("paperradar.db"))) {
      storedAfterKill = one(c, "SELECT COUNT(*) FROM papers");
      assertThat(one(c, "SELECT COUNT(*) FROM ingest_runs WHERE status = 'running'")).isEqualTo(1);
    }
    assertThat(storedAfterKill)
        .as("killed half-way (position %d)", killedAt)
        .isBetween(1L, total - 1L);

    Path log2 = dir.resolve("run2.log");
    Process second =
        ChildRadar.start(
            log2, "--data", data.toString(), "-q", "ingest", "--batch-size", "500", big.toString());
    assertThat(second.waitFor(120, TimeUnit.SECONDS)).isTrue();
    String out = Files.readString(log2);
    assertThat(second.exitValue()).as(out).isZero();
    assertThat(out).contains("resumed after position");
    assertThat(out).contains(String.format(Locale.ROOT, "added %,d", total - storedAfterKill));

    try (Connection c =
        DriverManager.getConnection("jdbc:sqlite:" + data.resolve("paperradar.db"))) {
      assertThat(one(c, "SELECT COUNT(*) FROM papers")).isEqualTo(total);
      assertThat(one(c, "SELECT COUNT(DISTINCT id) FROM papers")).isEqualTo(total);
      assertThat(one(c, "SELECT COUNT(*) FROM paper_authors"))
          .isEqualTo(one(c, "SELECT SUM(author_count) FROM papers"));
      assertThat(one(c, "SELECT COUNT(*) FROM ingest_runs WHERE status = 'running'")).isZero();
    }
  }

  /** Polls the store (a second reader; WAL allows it) until some but not all batches are in. */
  private static long waitForProgress(Path data, int total, Process p) throws Exception {
    Path db = data.resolve("paperradar.db");
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (System.nanoTime() < deadline && p.isAlive()) {
      if (Files.exists(db)) {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db)) {
          long pos =
              one(c, "SELECT COALESCE(MAX(position), 0) FROM ingest_runs WHERE status = 'running'");
          if (pos >= 2_000 && pos < total / 2) {
            return pos;
          }
        } catch (java.sql.SQLException e) {
          // the schema may not exist yet
        }
      }
      Thread.sleep(10);
    }
    throw new AssertionError("the child never got half-way; alive=" + p.isAlive());
  }

  private static long one(Connection c, String sql) throws java.sql.SQLException {
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  /** The bundled demo papers, copied under new distinct ids, as one large daily-JSONL file. */
  static int writeBigFile(Path file) throws Exception {
    ObjectMapper json = new ObjectMapper();
    List<ObjectNode> demo = new ArrayList<>();
    try (InputStream in = IngestKillTest.class.getResourceAsStream("/demo/arxiv-demo.jsonl.gz");
        BufferedReader r =
            new BufferedReader(
                new InputStreamReader(new GZIPInputStream(in), StandardCharsets.UTF_8))) {
      for (String line; (line = r.readLine()) != null; ) {
        demo.add((ObjectNode) json.readTree(line));
      }
    }
    int n = 0;
    try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      for (int copy = 0; copy < COPIES; copy++) {
        for (ObjectNode p : demo) {
          n++;
          ObjectNode c = p.deepCopy();
          c.put("id", String.format(Locale.ROOT, "2601.%05d", n));
          w.write(json.writeValueAsString(c));
          w.write('\n');
        }
      }
    }
    return n;
  }
}

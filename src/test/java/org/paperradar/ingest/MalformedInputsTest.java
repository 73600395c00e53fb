package org.paperradar.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.paperradar.store.Database;
import org.paperradar.store.IngestRuns;
import org.paperradar.store.PaperDao;

/**
 * Replays the corpus of malformed inputs under {@code src/test/resources/malformed/} as listed in
 * its {@code expected.tsv}: each reject is reported with its position and reason, the run carries
 * on, and the store stays consistent. Every input that ever broke an ingest belongs here.
 */
class MalformedInputsTest {

  record Case(String file, String format, int accepted, List<String> rejects, String ioError) {
    @Override
    public String toString() {
      return file;
    }
  }

  static Stream<Case> cases() throws IOException {
    List<Case> out = new ArrayList<>();
    try (InputStream in =
        MalformedInputsTest.class.getResourceAsStream("/malformed/expected.tsv")) {
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] f = line.split("\t");
        String last = f[3];
        boolean io = last.startsWith("!");
        out.add(
            new Case(
                f[0],
                f[1],
                Integer.parseInt(f[2]),
                io || last.equals("-") ? List.of() : Arrays.asList(last.split("\\|")),
                io ? last.substring(1) : null));
      }
    }
    return out.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void rejectsAreReportedAndTheRunContinues(Case c, @TempDir Path dir) throws Exception {
    Path file = dir.resolve(c.file());
    try (InputStream in = getClass().getResourceAsStream("/malformed/" + c.file())) {
      Files.copy(in, file);
    }
    try (Database db = Database.openSqlite(dir.resolve("data"))) {
      Ingester ingester = new Ingester(db, 2);
      PaperDao papers = new PaperDao(db);
      if (c.ioError() != null) {
        assertThatThrownBy(() -> ingester.ingestFile(file, null, null))
            .hasMessageContaining(c.ioError());
        IngestRuns.Run run = new IngestRuns(db).recent(1).get(0);
        assertThat(run.status()).isEqualTo("failed");
        assertThat(run.counts().read()).isGreaterThanOrEqualTo(c.accepted());
        assertThat(papers.count()).isEqualTo(run.counts().added());
        assertConsistent(db);
        return;
      }
      IngestReport r = ingester.ingestFile(file, null, null);
      assertThat(r.format()).isEqualTo(c.format());
      assertThat(r.counts().read()).as("accepted records").isEqualTo(c.accepted());
      assertThat(r.counts().rejected())
          .as("rejected records: %s", r.rejects())
          .isEqualTo(c.rejects().size());
      for (int i = 0; i < c.rejects().size(); i++) {
        String[] want = c.rejects().get(i).split(": ", 2);
        Reject got = r.rejects().get(i);
        assertThat(got.unit() + " " + got.position()).isEqualTo(want[0]);
        assertThat(got.origin()).isEqualTo(c.file());
        assertThat(got.reason()).contains(want[1]);
      }
      // Rejects are stored with the run, with their location.
      assertThat(new IngestRuns(db).rejects(r.runId())).hasSize(c.rejects().size());
      assertConsistent(db);
      long stored = papers.count();
      // Re-running the same file changes nothing.
      IngestReport again = ingester.ingestFile(file, null, null);
      assertThat(again.counts().added()).isZero();
      assertThat(again.counts().updated()).isZero();
      assertThat(papers.count()).isEqualTo(stored);
    }
  }

  static void assertConsistent(Database db) {
    db.read(
        c -> {
          try (PreparedStatement ps = c.prepareStatement("PRAGMA integrity_check");
              ResultSet rs = ps.executeQuery()) {
            rs.next();
            assertThat(rs.getString(1)).isEqualTo("ok");
          }
          try (PreparedStatement ps = c.prepareStatement("PRAGMA foreign_key_check");
              ResultSet rs = ps.executeQuery()) {
            assertThat(rs.next()).as("foreign key violations").isFalse();
          }
          try (PreparedStatement ps =
                  c.prepareStatement(
                      "SELECT COUNT(*) FROM papers p WHERE author_count <"
                          + " (SELECT COUNT(*) FROM paper_authors a WHERE a.paper_id = p.id)");
              ResultSet rs = ps.executeQuery()) {
            rs.next();
            assertThat(rs.getLong(1)).as("papers whose author links disagree").isZero();
          }
          return null;
        });
  }
}

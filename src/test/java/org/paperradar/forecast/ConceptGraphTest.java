package org.paperradar.forecast;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConceptGraphTest {
  @TempDir Path dir;

  private static int day(String iso) {
    return (int) LocalDate.parse(iso).toEpochDay();
  }

  /** Three papers over three days; concepts a=0, b=1, c=2, d=3. */
  private static ConceptGraph small() throws Exception {
    Path file = Files.createTempFile("corpus", ".jsonl");
    Files.write(
        file,
        List.of(
            "{\"id\": \"2501.00002\", \"title\": \"Alpha beams and gamma rays\", \"abstract\":"
                + " \"Beta decay.\", \"authors\": [], \"categories\": [], \"date\": \"2025-01-03\"}",
            "{\"id\": \"2501.00001\", \"title\": \"Alpha beams\", \"abstract\": \"Beta decays"
                + " meet alpha beam theory.\", \"authors\": [], \"categories\": [],"
                + " \"date\": \"2025-01-02\"}",
            "{\"id\": \"2501.00003\", \"title\": \"Delta functions\", \"abstract\": \"Nothing"
                + " else.\", \"authors\": [], \"categories\": [], \"date\": \"2025-01-04\"}"));
    GraphBuilder b =
        new GraphBuilder(
            ConceptMatcher.of(List.of("alpha beam", "beta decay", "gamma ray", "delta function")));
    GraphBuilder.forEachPaper(file, b::add);
    Files.delete(file);
    return b.graph();
  }

  @Test
  void edgesCountWeightsAndFirstDates() throws Exception {
    ConceptGraph g = small();
    assertThat(g.paperCount()).isEqualTo(3);
    assertThat(g.edgeCount()).isEqualTo(3); // a-b, a-c, b-c; d alone has none
    int ab = g.findEdge(0, 1);
    assertThat(g.edgeWeight(ab)).isEqualTo(2);
    assertThat(g.edgeFirstDay(ab)).isEqualTo(day("2025-01-02")); // the older paper, read second
    int ac = g.findEdge(2, 0);
    assertThat(g.edgeWeight(ac)).isEqualTo(1);
    assertThat(g.edgeFirstDay(ac)).isEqualTo(day("2025-01-03"));
    assertThat(g.findEdge(0, 3)).isEqualTo(-1);
    assertThat(g.paperConcepts(g.findPaper("2501.00003").orElseThrow())).containsExactly(3);
  }

  @Test
  void snapshotsHoldOnlyEarlierEdges() throws Exception {
    ConceptGraph g = small();
    GraphSnapshot before = GraphSnapshot.before(g, day("2025-01-03"));
    assertThat(before.edgeCount()).isEqualTo(1);
    assertThat(before.connected(0, 1)).isTrue();
    assertThat(before.connected(0, 2)).isFalse();
    assertThat(GraphSnapshot.before(g, day("2025-01-02")).edgeCount()).isZero();
    assertThat(GraphSnapshot.before(g, day("2025-02-01")).edgeCount()).isEqualTo(3);
  }

  @Test
  void changedPaperReplacesItsEdges() throws Exception {
    ConceptGraph g = small();
    g.addPaper("2501.00002", day("2025-01-05"), new int[] {2, 3});
    assertThat(g.edgeCount()).isEqualTo(2); // a-b (paper 1) and c-d
    assertThat(g.edgeFirstDay(g.findEdge(0, 1))).isEqualTo(day("2025-01-02"));
    assertThat(g.edgeWeight(g.findEdge(0, 1))).isEqualTo(1);
    assertThat(g.findEdge(0, 2)).isEqualTo(-1);
  }

  @Test
  void fileRoundTripThenIncrementalAdd() throws Exception {
    ConceptGraph g = small();
    Path f = dir.resolve("graph.bin");
    Instant mark = Instant.parse("2026-01-01T00:00:00Z");
    GraphFile.write(f, new GraphFile.Saved(g, "fp", Optional.of(mark)));
    GraphFile.Saved back = GraphFile.find(f).orElseThrow();
    assertThat(back.fingerprint()).isEqualTo("fp");
    assertThat(back.watermark()).contains(mark);
    ConceptGraph h = back.graph();
    assertThat(h.concepts()).isEqualTo(g.concepts());
    assertThat(h.edgeCount()).isEqualTo(3);
    assertThat(h.edgeWeight(h.findEdge(0, 1))).isEqualTo(2);
    h.addPaper("2501.00009", day("2025-01-09"), new int[] {0, 3});
    assertThat(h.edgeCount()).isEqualTo(4);
    assertThat(h.edgeFirstDay(h.findEdge(3, 0))).isEqualTo(day("2025-01-09"));
    assertThat(GraphFile.find(dir.resolve("none.bin"))).isEmpty();
  }

  @Test
  void trendCountsPapersPerPeriod() throws Exception {
    ConceptGraph g = small();
    ConceptTrend t = ConceptTrend.of(g, 0, ConceptTrend.Step.MONTH);
    assertThat(t.points()).containsExactly(new ConceptTrend.Point("2025-01", 2, 3));
  }
}

package org.paperradar.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.paperradar.paper.Paper;

class JsonlSourcesTest {

  static CollectingSink read(PaperSource source, String resource) throws IOException {
    CollectingSink sink = new CollectingSink();
    try (InputStream in = JsonlSourcesTest.class.getResourceAsStream(resource)) {
      source.read(in, resource, sink);
    }
    return sink;
  }

  @Test
  void readsTheDailyJsonl() throws IOException {
    CollectingSink s = read(new DailyJsonlSource(), "/fixtures/arxiv-daily-200.jsonl");
    assertThat(s.rejects()).isEmpty();
    assertThat(s.papers()).hasSize(200);
    Paper first = s.papers().get(0);
    assertThat(first.id()).isEqualTo("2503.11677");
    assertThat(first.title())
        .isEqualTo(
            "Simulation of prosthetic vision with PRIMA system and enhancement of face representation");
    assertThat(first.authors()).hasSize(5).startsWith("Jungyeon Park");
    assertThat(first.categories()).containsExactly("cs.HC", "cs.CV");
    assertThat(first.announced()).isEqualTo(LocalDate.of(2025, 3, 18));
    assertThat(first.sources()).containsExactly("arxiv-daily");
  }

  @Test
  void repairsTheGluedAuthorListSeenInRealData() throws IOException {
    CollectingSink s = read(new DailyJsonlSource(), "/fixtures/glued-authors-2506.02197.jsonl");
    assertThat(s.rejects()).isEmpty();
    Paper p = s.papers().get(0);
    assertThat(p.id()).isEqualTo("2506.02197");
    assertThat(p.authors()).contains("Xiangyu Kong", "Xiaoxia Xing", "Zheng-Jun Zha");
    assertThat(p.authors()).allSatisfy(a -> assertThat(a.length()).isLessThan(60));
    assertThat(p.authors()).noneMatch(a -> a.endsWith("and"));
  }

  @Test
  void readsTheKaggleSnapshot() throws IOException {
    CollectingSink s =
        read(new KaggleSnapshotSource(), "/fixtures/kaggle-arxiv-snapshot-200.jsonl");
    assertThat(s.rejects()).isEmpty();
    assertThat(s.papers()).hasSize(200);
    Paper p = s.papers().get(0);
    assertThat(p.id()).isEqualTo("0704.0001");
    assertThat(p.version()).isEqualTo(2);
    assertThat(p.title())
        .isEqualTo(
            "Calculation of prompt diphoton production cross sections at Tevatron and LHC energies");
    assertThat(p.authors()).startsWith("C. Balázs", "E. L. Berger");
    assertThat(p.submitted()).isEqualTo(LocalDate.of(2007, 4, 2));
    assertThat(p.updated()).isEqualTo(LocalDate.of(2008, 11, 26));
    assertThat(p.doi()).isEqualTo("10.1103/PhysRevD.76.013009");
    assertThat(p.journalRef()).isEqualTo("Phys.Rev.D76:013009,2007");
    assertThat(p.categories()).containsExactly("hep-ph");
    assertThat(s.papers().get(1).categories()).containsExactly("math.CO", "cs.CG");
  }

  @Test
  void decodesTexAccentsInNames() {
    assertThat(LatexAccents.decode("C. Bal\\'azs")).isEqualTo("C. Balázs");
    assertThat(LatexAccents.decode("M\\\"{u}ller")).isEqualTo("Müller");
    assertThat(LatexAccents.decode("{\\o}stergaard")).isEqualTo("østergaard");
    assertThat(LatexAccents.decode("Fran\\c{c}ois")).isEqualTo("François");
    assertThat(LatexAccents.decode("plain")).isEqualTo("plain");
  }
}

package org.paperradar.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class HepThJsonlSourceTest {
  private static final String LINE =
      "{\"id\": \"hep-th/9201002\", \"title\": \"Inomogeneous Quantum Groups as Symmetries of"
          + " Phonons\", \"abstract\": \"The quantum deformed (1+1) Poincare' algebra.\","
          + " \"authors\": \"F.Bonechi, E.Celeghini, R.Giachetti, E.Sorace and M.Tarlini\","
          + " \"date\": \"Thu, 2 JAN 92 12:17 N   (6kb)\", \"year\": \"1992\"}";

  @Test
  void detectedAndDatedByTheIdsMonth() throws Exception {
    assertThat(Formats.detect(LINE)).containsInstanceOf(HepThJsonlSource.class);
    CollectingSink sink = new CollectingSink();
    new HepThJsonlSource()
        .read(new ByteArrayInputStream(LINE.getBytes(StandardCharsets.UTF_8)), "x", sink);
    assertThat(sink.rejects()).isEmpty();
    var p = sink.papers().get(0);
    assertThat(p.id()).isEqualTo("hep-th/9201002");
    assertThat(p.date()).isEqualTo(LocalDate.of(1992, 1, 1));
    assertThat(p.authors()).hasSize(5).contains("M.Tarlini");
    assertThat(HepThJsonlSource.month("hep-th/0304115")).isEqualTo(LocalDate.of(2003, 4, 1));
  }
}

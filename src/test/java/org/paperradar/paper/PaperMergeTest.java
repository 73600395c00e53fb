package org.paperradar.paper;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PaperMergeTest {
  private static final LocalDate D1 = LocalDate.of(2025, 3, 18);
  private static final LocalDate D2 = LocalDate.of(2025, 4, 2);

  @Test
  void newerVersionWinsAndOlderFillsGaps() {
    Paper v1 =
        Paper.builder("2503.11677")
            .version(1)
            .title("Old title")
            .abstractText("old abstract")
            .authors(List.of("A. One"))
            .categories(List.of("cs.HC"))
            .announced(D1)
            .comment("10 pages")
            .source("arxiv-daily")
            .build();
    Paper v2 =
        Paper.builder("2503.11677")
            .version(2)
            .title("New title")
            .abstractText("new abstract")
            .submitted(D1)
            .updated(D2)
            .doi("10.1/x")
            .source("kaggle")
            .build();
    Paper m = PaperMerge.merge(v1, v2);
    assertThat(m.version()).isEqualTo(2);
    assertThat(m.title()).isEqualTo("New title");
    assertThat(m.abstractText()).isEqualTo("new abstract");
    assertThat(m.authors()).containsExactly("A. One");
    assertThat(m.categories()).containsExactly("cs.HC");
    assertThat(m.announced()).isEqualTo(D1);
    assertThat(m.updated()).isEqualTo(D2);
    assertThat(m.comment()).isEqualTo("10 pages");
    assertThat(m.doi()).isEqualTo("10.1/x");
    assertThat(m.sources()).isEqualTo(Set.of("arxiv-daily", "kaggle"));
    // An older version arriving later does not overwrite the newer one.
    assertThat(PaperMerge.merge(m, v1).title()).isEqualTo("New title");
  }

  @Test
  void mergingTheSameRecordChangesNothing() {
    Paper p =
        Paper.builder("2503.11685")
            .title("CORDIC Is All You Need")
            .authors(List.of("Omkar Kokane"))
            .categories(List.of("cs.AR", "cs.CV"))
            .announced(D1)
            .source("arxiv-daily")
            .build();
    assertThat(PaperMerge.merge(p, p)).isEqualTo(p);
  }

  @Test
  void categoriesDropMscAndAcmClasses() {
    Paper p =
        Paper.builder("2503.11954")
            .title("t")
            .categories(
                List.of("eess.IV", "cs.AI", "math.IT", "94A29, 94A08", "I.4.2; E.4", "cs.AI"))
            .build();
    assertThat(p.categories()).containsExactly("eess.IV", "cs.AI", "math.IT");
  }
}

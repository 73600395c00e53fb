package org.paperradar.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.paperradar.paper.ContentId;
import org.paperradar.paper.Paper;

class PastedListingSourceTest {
  private final PastedListingSource source = new PastedListingSource();

  @Test
  void listingBlockWithVersionAndUrlSpelling() {
    String text =
        """
        First abstract, wrapped
        over two lines.

        arXiv:2408.05284v3
        Created: 2024-08-09

        Second abstract.

        Code: https://example.org/x

        arXiv:https://arxiv.org/abs/hep-th/9901001
        Created: 1999-01-04
        """;
    CollectingSink sink = TestInputs.read(source, text);
    assertThat(sink.rejects()).isEmpty();
    assertThat(sink.papers()).hasSize(2);
    Paper first = sink.papers().get(0);
    assertThat(first.id()).isEqualTo("2408.05284");
    assertThat(first.version()).isEqualTo(3);
    assertThat(first.abstractText()).isEqualTo("First abstract, wrapped over two lines.");
    assertThat(first.submitted()).isEqualTo(LocalDate.of(2024, 8, 9));
    assertThat(first.sources()).containsExactly(PastedListingSource.FORMAT);
    Paper second = sink.papers().get(1);
    assertThat(second.id()).isEqualTo("hep-th/9901001");
    assertThat(second.comment()).isEqualTo("Code: https://example.org/x");
  }

  @Test
  void severalAbstractLabelsOnOneLineAndAcrossLines() {
    String text =
        """
        Abstract:One. Abstract: Two is here.Abstract:Three starts
        and continues here.
        Abstract:

        Four.
        """;
    CollectingSink sink = TestInputs.read(source, text);
    assertThat(sink.rejects()).isEmpty();
    assertThat(sink.papers())
        .extracting(Paper::abstractText)
        .containsExactly("One.", "Two is here.", "Three starts and continues here.", "Four.");
    assertThat(sink.papers().get(2).id())
        .isEqualTo(ContentId.of(null, "Three starts and continues here."));
    assertThat(sink.papers()).allSatisfy(p -> assertThat(p.title()).isEmpty());
  }

  @Test
  void positionsAreBlockStartLines() {
    String text =
        "Abstract: A.\n\nAbstract: B.\n\nC abstract.\n\narXiv:2407.21009\nCreated: 2024-07-30\n";
    CollectingSink sink = TestInputs.read(source, text);
    List<Long> positions = TestInputs.positions(source, text);
    assertThat(sink.rejects()).isEmpty();
    assertThat(positions).containsExactly(1L, 3L, 5L);
    assertThat(sink.papers().get(2).id()).isEqualTo("2407.21009");
    assertThat(sink.papers().get(0).isLocal()).isTrue();
  }

  @Test
  void abstractLabelFollowedByIdUsesTheId() {
    CollectingSink sink =
        TestInputs.read(source, "Abstract: Some text.\n\narXiv:2406.05426\nCreated: 2024-06-08\n");
    assertThat(sink.papers())
        .singleElement()
        .satisfies(p -> assertThat(p.id()).isEqualTo("2406.05426"));
  }

  @Test
  void badBlocksAreRejectedAndReadingGoesOn() {
    String text =
        """
        Bad id abstract.

        arXiv:2413.00001
        Created: 2024-08-09

        Bad date abstract.

        arXiv:2408.05196
        Created: 9 August 2024

        Good abstract.

        arXiv:2408.05284
        Created: 2024-08-09
        """;
    CollectingSink sink = TestInputs.read(source, text);
    assertThat(sink.papers()).extracting(Paper::id).containsExactly("2408.05284");
    assertThat(sink.rejects()).hasSize(2);
    assertThat(sink.rejects().get(0).position()).isEqualTo(3);
    assertThat(sink.rejects().get(0).reason()).contains("month 13");
    assertThat(sink.rejects().get(1).position()).isEqualTo(9);
    assertThat(sink.rejects().get(1).reason()).contains("9 August 2024");
  }

  @Test
  void textWithoutIdOrLabelIsRejected() {
    CollectingSink sink = TestInputs.read(source, "Just some words.\n");
    assertThat(sink.papers()).isEmpty();
    assertThat(sink.rejects())
        .singleElement()
        .satisfies(r -> assertThat(r.reason()).contains("Abstract:"));
  }

  @Test
  void sniff() {
    assertThat(source.sniff("text\n\narXiv:2408.05284\nCreated: 2024-08-09\n")).isTrue();
    assertThat(source.sniff("  Abstract:Is there a way\n")).isTrue();
    assertThat(source.sniff("see arXiv:2408.05284 for details\n")).isFalse();
    assertThat(source.sniff("{\"id\": \"2408.05284\"}\n")).isFalse();
  }
}

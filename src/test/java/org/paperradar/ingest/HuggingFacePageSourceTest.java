package org.paperradar.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.paperradar.paper.ContentId;
import org.paperradar.paper.Paper;

class HuggingFacePageSourceTest {
  private static final String SEED = "seeds/004_5e132c457b2067fc.txt";

  private static Map<String, Paper> byTitle(List<Paper> papers) {
    return papers.stream().collect(Collectors.toMap(Paper::title, Function.identity()));
  }

  @Test
  void seedPageCardsHaveCountsUpvotesAndDates() {
    CollectingSink sink =
        TestInputs.readResource(new HuggingFacePageSource(LocalDate.of(2026, 1, 10)), SEED);
    assertThat(sink.rejects()).isEmpty();
    List<Paper> papers = sink.papers();
    assertThat(papers).hasSize(31);

    Paper first = papers.get(0);
    assertThat(first.authorCount()).isEqualTo(6);
    assertThat(first.upvotes()).isEqualTo(2);
    assertThat(first.submitted()).isEqualTo(LocalDate.of(2025, 5, 15));
    assertThat(first.abstractText()).startsWith("Multimodal learning enhances the perceptual");
    assertThat(first.id()).isEqualTo(ContentId.of(first.title(), first.abstractText()));
    assertThat(first.sources()).containsExactly(HuggingFacePageSource.FORMAT);

    Map<String, Paper> cards = byTitle(papers);
    Paper inverse = cards.get("Inverse Scaling: When Bigger Isn't Better");
    assertThat(inverse.authorCount()).isEqualTo(27);
    assertThat(inverse.upvotes()).isZero();
    assertThat(inverse.submitted()).isEqualTo(LocalDate.of(2023, 6, 15));
    Paper causal =
        cards.get(
            "An Analysis of Causal Effect Estimation using Outcome Invariant Data Augmentation");
    assertThat(causal.upvotes()).isEqualTo(1);
    assertThat(causal.submitted()).isEqualTo(LocalDate.of(2025, 10, 28));
    assertThat(cards.get("Large Language Models Often Know When They Are Being Evaluated"))
        .satisfies(p -> assertThat(p.submitted()).isEqualTo(LocalDate.of(2025, 5, 28)))
        .satisfies(p -> assertThat(p.upvotes()).isZero());

    Paper last = papers.get(30);
    assertThat(last.authorCount()).isEqualTo(6);
    assertThat(last.submitted()).isEqualTo(LocalDate.of(2022, 11, 9));
    assertThat(papers)
        .filteredOn(p -> p.upvotes() > 0)
        .extracting(Paper::upvotes)
        .containsExactly(2, 1);
    assertThat(papers).allSatisfy(p -> assertThat(p.title()).isNotBlank());
    assertThat(papers).allSatisfy(p -> assertThat(p.abstractText()).isNotBlank());
    assertThat(papers).extracting(Paper::id).doesNotHaveDuplicates();
    assertThat(papers)
        .extracting(Paper::title)
        .noneMatch(t -> t.contains("Daily Papers") || t.equals("Dec 16") || t.equals("new"));
  }

  @Test
  void cardDateLaterThanPageDayBelongsToPreviousYear() {
    String page =
        """
        Daily Papers

        Jan 5

        Late December Paper

        An abstract about things.

          • 1 author
        ·
        Dec 30 4

        Early January Paper

        Another abstract.

          • 2 authors
        ·
        Jan 3
        """;
    CollectingSink sink =
        TestInputs.read(new HuggingFacePageSource(LocalDate.of(2026, 3, 1)), page);
    assertThat(sink.rejects()).isEmpty();
    assertThat(sink.papers())
        .extracting(Paper::submitted)
        .containsExactly(LocalDate.of(2025, 12, 30), LocalDate.of(2026, 1, 3));
    assertThat(sink.papers()).extracting(Paper::upvotes).containsExactly(4, 0);
    assertThat(sink.papers()).extracting(Paper::authorCount).containsExactly(1, 2);
  }

  @Test
  void pageDayAfterReferenceIsLastYear() {
    String page = "Daily Papers\n\nDec 16\n\nT\n\nA.\n\n  • 3 authors\n·\nDec 1\n";
    CollectingSink sink =
        TestInputs.read(new HuggingFacePageSource(LocalDate.of(2026, 11, 24)), page);
    assertThat(sink.papers())
        .singleElement()
        .satisfies(p -> assertThat(p.submitted()).isEqualTo(LocalDate.of(2025, 12, 1)));
  }

  @Test
  void badDateRejectsOnlyThatCard() {
    String page =
        "Daily Papers\n\nT1\n\nA1.\n\n  • 3 authors\n·\nFeb 30\n\nT2\n\nA2.\n\n  • 1 author\n·\nFeb 3\n";
    CollectingSink sink =
        TestInputs.read(new HuggingFacePageSource(LocalDate.of(2026, 11, 24)), page);
    assertThat(sink.papers()).extracting(Paper::title).containsExactly("T2");
    assertThat(sink.rejects())
        .singleElement()
        .satisfies(r -> assertThat(r.position()).isEqualTo(9))
        .satisfies(r -> assertThat(r.reason()).contains("Feb 30"));
  }

  @Test
  void sniffsPastedPagesOnly() {
    HuggingFacePageSource s = new HuggingFacePageSource();
    assertThat(s.sniff("new\n\nDaily Papers\n\nT\n\nA\n\n  • 6 authors\n·\nMay 15 2\n")).isTrue();
    assertThat(s.sniff("Daily Papers are great\n")).isFalse();
    assertThat(s.sniff("T\n\n  • 6 authors\n")).isFalse();
  }
}

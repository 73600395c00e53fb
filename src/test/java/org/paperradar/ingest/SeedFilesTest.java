package org.paperradar.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.paperradar.paper.Paper;

/** The real files users pasted (copies under src/test/resources/seeds). */
class SeedFilesTest {
  private static final LocalDate COPIED = LocalDate.of(2026, 1, 10);

  @Test
  void authorListingGivesTenPapersWithIdsAndCreatedDates() {
    CollectingSink sink =
        TestInputs.readResource(new PastedListingSource(), "seeds/000_8eaa7f60e97c696a.txt");

    assertThat(sink.rejects()).isEmpty();
    assertThat(sink.papers())
        .extracting(Paper::id)
        .containsExactly(
            "2408.05284",
            "2408.05196",
            "2407.21009",
            "2407.14981",
            "2407.03105",
            "2406.07529",
            "2406.06462",
            "2406.05426",
            "2406.08506",
            "2405.20971");
    assertThat(sink.papers())
        .extracting(Paper::submitted)
        .containsExactly(
            LocalDate.of(2024, 8, 9),
            LocalDate.of(2024, 8, 9),
            LocalDate.of(2024, 7, 30),
            LocalDate.of(2024, 7, 20),
            LocalDate.of(2024, 7, 3),
            LocalDate.of(2024, 6, 11),
            LocalDate.of(2024, 6, 10),
            LocalDate.of(2024, 6, 8),
            LocalDate.of(2024, 6, 1),
            LocalDate.of(2024, 5, 31));
    Paper first = sink.papers().get(0);
    assertThat(first.title()).isEmpty();
    assertThat(first.abstractText()).startsWith("Is there a way to design powerful AI systems");
    assertThat(first.comment()).isNull();
    assertThat(sink.papers().get(6).comment()).isEqualTo("18 pages, 2 figures");
    assertThat(sink.papers().get(6).abstractText()).startsWith("We introduce Visual Caption");
  }

  @Test
  void abstractPagesGiveContentIds() {
    CollectingSink two =
        TestInputs.readResource(new PastedListingSource(), "seeds/001_f385e5a2e6f72f6e.txt");
    CollectingSink six =
        TestInputs.readResource(new PastedListingSource(), "seeds/002_a9778af9a0f70de2.txt");

    assertThat(two.rejects()).isEmpty();
    assertThat(six.rejects()).isEmpty();
    assertThat(two.papers()).hasSize(2);
    assertThat(six.papers()).hasSize(6);
    assertThat(two.papers()).allSatisfy(p -> assertThat(p.isLocal()).isTrue());
    assertThat(two.papers().get(1).abstractText())
        .startsWith("Autoregressive large language models (LLMs) compress knowledge")
        .doesNotContain("Abstract:");
    assertThat(six.papers()).extracting(Paper::id).doesNotHaveDuplicates();
  }

  @Test
  void dailyPapersPageGivesThirtyOneCards() {
    CollectingSink sink =
        TestInputs.readResource(
            new HuggingFacePageSource(COPIED), "seeds/004_5e132c457b2067fc.txt");

    assertThat(sink.rejects()).isEmpty();
    List<Paper> papers = sink.papers();
    assertThat(papers).hasSize(31);
    assertThat(papers.get(0).title())
        .isEqualTo(
            "Incorporating brain-inspired mechanisms for multimodal learning in artificial"
                + " intelligence");
    assertThat(papers.get(30).title())
        .isEqualTo("NoiSER: Noise is All You Need for Low-Light Image Enhancement");
  }
}

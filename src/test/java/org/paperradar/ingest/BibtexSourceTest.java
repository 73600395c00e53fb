package org.paperradar.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.paperradar.paper.ContentId;
import org.paperradar.paper.Paper;

class BibtexSourceTest {
  private final BibtexSource source = new BibtexSource();

  @Test
  void readsEntriesAndSurvivesABrokenOne() {
    CollectingSink sink = TestInputs.readResource(source, "bibtex/sample.bib");
    List<Paper> papers = sink.papers();
    assertThat(papers)
        .extracting(Paper::id)
        .containsExactly(
            "2408.05284",
            "2311.01234",
            "1706.03762",
            ContentId.of("A Book Without Any arXiv Identifier", null));

    Paper bengio = papers.get(0);
    assertThat(bengio.title()).isEqualTo("Can a Bayesian Oracle Prevent Harm from an Agent?");
    assertThat(bengio.authors())
        .containsExactly("Yoshua Bengio", "Michael K. Cohen", "Nikolay Malkin");
    assertThat(bengio.submitted()).isEqualTo(LocalDate.of(2024, 8, 1));
    assertThat(bengio.categories()).containsExactly("cs.AI");
    assertThat(bengio.abstractText())
        .isEqualTo(
            "Is there a way to design powerful AI systems based on machine learning methods that"
                + " would satisfy probabilistic safety guarantees?");

    Paper kov = papers.get(1);
    assertThat(kov.title()).isEqualTo("Café Models for Balázs and Müller: 50% of $x$");
    assertThat(kov.authors())
        .containsExactly("Balázs Kovács", "Barnes and Noble", "Hans Müller Jr.");
    assertThat(kov.version()).isEqualTo(2);
    assertThat(kov.journalRef()).isEqualTo("Advances in Neural Information Processing Systems");
    assertThat(kov.submitted()).isEqualTo(LocalDate.of(2023, 11, 1));

    Paper scholar = papers.get(2);
    assertThat(scholar.authors()).containsExactly("Ashish Vaswani", "Noam Shazeer");
    assertThat(scholar.journalRef()).isNull();

    Paper book = papers.get(3);
    assertThat(book.submitted()).isEqualTo(LocalDate.of(2020, 5, 17));
    assertThat(book.doi()).isEqualTo("10.1000/xyz123");

    assertThat(sink.rejects()).hasSize(2);
    assertThat(sink.rejects().get(0).position()).isEqualTo(32);
    assertThat(sink.rejects().get(0).reason()).startsWith("bad BibTeX");
    assertThat(sink.rejects().get(1).position()).isEqualTo(36);
    assertThat(sink.rejects().get(1).reason()).contains("notitle").contains("no title");
  }

  @Test
  void invalidArxivEprintIsRejected() {
    CollectingSink sink =
        TestInputs.read(
            source, "@misc{x, title = {T}, eprint = {2413.00001}, archivePrefix = {arXiv}}\n");
    assertThat(sink.papers()).isEmpty();
    assertThat(sink.rejects())
        .singleElement()
        .satisfies(r -> assertThat(r.reason()).contains("month 13"));
  }

  @Test
  void arxivUrlAndDoiGiveIds() {
    CollectingSink sink =
        TestInputs.read(
            source,
            """
            @misc{a, title = {A}, url = {https://arxiv.org/abs/2406.07529v1}}
            @misc{b, title = {B}, doi = {10.48550/arXiv.2406.06462}}
            """);
    assertThat(sink.papers()).extracting(Paper::id).containsExactly("2406.07529", "2406.06462");
  }

  @Test
  void unknownMacroDoesNotLoseTheEntry() {
    CollectingSink sink =
        TestInputs.read(source, "@inproceedings{x, title = {T}, booktitle = icml, year = 2024}\n");
    assertThat(sink.rejects()).isEmpty();
    assertThat(sink.papers()).singleElement().satisfies(p -> assertThat(p.title()).isEqualTo("T"));
  }

  @Test
  void sniff() {
    assertThat(source.sniff("\n  @article{x,\n")).isTrue();
    assertThat(source.sniff("@misc {x,")).isTrue();
    assertThat(source.sniff("% comment\n\n@misc{x,")).isTrue();
    assertThat(source.sniff("% comment only")).isFalse();
    assertThat(source.sniff("@ everyone")).isFalse();
    assertThat(source.sniff("Abstract: x")).isFalse();
  }
}

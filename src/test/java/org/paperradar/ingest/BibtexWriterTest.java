package org.paperradar.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.paperradar.paper.ContentId;
import org.paperradar.paper.Paper;

class BibtexWriterTest {

  private static List<Paper> fixture() {
    CollectingSink sink = TestInputs.readResource(new DailyJsonlSource(), "arxiv/sample.jsonl");
    assertThat(sink.rejects()).isEmpty();
    return sink.papers();
  }

  @Test
  void roundTripKeepsIdsTitlesAuthorsYearsAndAbstracts() {
    String title = "Braces {unbalanced and 100% R&D: $a_1$ #1 \\alpha}";
    String abs = "A back\\slash, \\'e, {x}} and ~ tilde.";
    Paper tricky =
        Paper.builder(ContentId.of(title, abs))
            .title(title)
            .abstractText(abs)
            .authors(List.of("Barnes, Noble", "Ben and Jerry"))
            .build();
    List<Paper> papers = new java.util.ArrayList<>(fixture());
    papers.add(tricky);

    String bib = BibtexWriter.format(papers);
    CollectingSink back = TestInputs.read(new BibtexSource(), bib);

    assertThat(back.rejects()).isEmpty();
    assertThat(back.papers()).hasSize(papers.size());
    for (int i = 0; i < papers.size(); i++) {
      Paper in = papers.get(i);
      Paper out = back.papers().get(i);
      assertThat(out.id()).isEqualTo(in.id());
      assertThat(out.title()).isEqualTo(in.title());
      assertThat(out.authors()).isEqualTo(in.authors());
      assertThat(out.abstractText()).isEqualTo(in.abstractText());
      if (in.date() != null) {
        assertThat(out.submitted().getYear()).isEqualTo(in.date().getYear());
        assertThat(out.submitted().getMonth()).isEqualTo(in.date().getMonth());
      }
      assertThat(out.primaryCategory()).isEqualTo(in.primaryCategory());
    }
    assertThat(papers)
        .extracting(Paper::title)
        .anyMatch(t -> t.contains("$"))
        .anyMatch(t -> t.contains("&"))
        .anyMatch(t -> t.contains("{"));
    assertThat(papers).flatExtracting(Paper::authors).contains("Balázs P. Halmos");
    assertThat(papers).extracting(Paper::abstractText).anyMatch(a -> a.contains("%"));
  }

  @Test
  void writesArxivStyleEntries() {
    Paper park = fixture().get(0);
    String bib = BibtexWriter.format(List.of(park, park));
    assertThat(bib)
        .startsWith("@misc{park2025simulation,\n")
        .contains("@misc{park2025simulationa,\n")
        .contains("  author = {Jungyeon Park and Anna Kochnev Goldstein and ")
        .contains("  year = {2025},\n  month = mar,\n")
        .contains("  eprint = {2503.11677},\n  archivePrefix = {arXiv},\n")
        .contains("  primaryClass = {cs.HC},\n")
        .contains("  url = {https://arxiv.org/abs/2503.11677},\n");
  }

  @Test
  void escapesSpecialCharacters() {
    assertThat(BibtexText.escape("{a} \\ 5% & $x$ #1 a_b"))
        .isEqualTo("\\{a\\} \\textbackslash{} 5\\% \\& \\$x\\$ \\#1 a\\_b");
    assertThat(BibtexText.decode(BibtexText.escape("{a} \\ 5% & $x$ #1 a_b")))
        .isEqualTo("{a} \\ 5% & $x$ #1 a_b");
  }

  @Test
  void keysFallBackWithoutAuthorOrYear() {
    Paper p = Paper.builder("local:0123456789abcdef").title("The Ünïcode Story").build();
    assertThat(BibtexWriter.baseKey(p)).isEqualTo("anonunicode");
    Paper old = Paper.builder("hep-th/9901001").title("Old").authors(List.of("A. Zee")).build();
    assertThat(BibtexWriter.baseKey(old)).isEqualTo("zee1999old");
  }
}

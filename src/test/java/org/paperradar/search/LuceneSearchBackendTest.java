package org.paperradar.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Search end to end on the 200-paper fixture plus three papers with other dates and authors. */
class LuceneSearchBackendTest {
  @TempDir static Path dir;
  static SearchFixture f;
  static LuceneSearchBackend backend;

  @BeforeAll
  static void setUp() throws Exception {
    f = new SearchFixture(dir);
    f.ingest("/search/extra-papers.jsonl");
    f.sync(null);
    backend = f.backend();
  }

  @AfterAll
  static void tearDown() {
    backend.close();
    f.close();
  }

  static List<String> ids(List<ScoredPaper> results) {
    return results.stream().map(ScoredPaper::id).toList();
  }

  static List<String> lexical(String q, Set<String> cats, LocalDate from, LocalDate to, String au) {
    return ids(backend.search(new SearchRequest(q, SearchMode.LEXICAL, cats, from, to, au, 5)));
  }

  @Test
  void keywordQueriesRankAsPinned() {
    assertThat(lexical("large language models", Set.of(), null, null, null))
        .containsExactly("2503.12799", "2503.12490", "2503.12545", "2503.12772", "2503.11750");
    // A phrase: both words, adjacent (after stemming); "Vision-Language" counts.
    assertThat(lexical("\"vision language\"", Set.of(), null, null, null))
        .containsExactly("2503.12127", "2503.11794", "2503.12490", "2503.11742", "2503.12096");
    assertThat(lexical("diffusion AND (robot OR driving) NOT video", Set.of(), null, null, null))
        .containsExactly("2402.00002", "2503.12170", "2503.11999", "2503.12720", "2503.11731");
    assertThat(lexical("title:segmentation -medical", Set.of(), null, null, null))
        .containsExactly("2503.12595", "2503.11953", "2503.12094", "2503.12507", "2503.12539");
  }

  @Test
  void filtersRestrictWithoutChangingScores() {
    assertThat(lexical("diffusion", Set.of("cs.RO"), null, null, null))
        .containsExactly("2402.00002", "2503.11999", "2503.12170", "2503.12466", "2503.11731");
    assertThat(
            lexical(
                "diffusion OR quantum OR vision",
                Set.of(),
                LocalDate.of(2024, 1, 1),
                LocalDate.of(2024, 2, 28),
                null))
        .containsExactly("2402.00002", "2401.00001");
    assertThat(lexical("grasp OR quantum OR vision", Set.of(), null, null, "mei chen"))
        .containsExactly("2403.00003", "2402.00002");
    // Accents and case folded: "José García-López" is found as "Jose Garcia-Lopez".
    assertThat(lexical("robot", Set.of(), null, null, "Jose Garcia-Lopez"))
        .containsExactly("2402.00002");
    assertThat(lexical("diffusion", Set.of("quant-ph", "cs.HC"), null, null, null)).isEmpty();
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "\"unclosed | unclosed quote at column 1",
        "title:( | unclosed '(' at column 7",
        "AND | unexpected 'AND' at column 1",
        "vision) | unmatched ')' at column 7",
        "a OR | query ends too early, after 'OR'",
        "*vision | '*' or '?' cannot start a word"
      })
  void malformedQueriesSayWhereAndWhat(String query, String what) {
    assertThatThrownBy(() -> backend.search(SearchRequest.of(query, SearchMode.LEXICAL, 5)))
        .isInstanceOf(QuerySyntaxException.class)
        .hasMessage(
            "cannot parse query '"
                + query
                + "': "
                + what
                + " (use --literal to search for the text as typed)");
  }

  @Test
  void literalSearchEscapesOperators() {
    List<ScoredPaper> r =
        backend.search(SearchRequest.of("\"prosthetic vision AND (", SearchMode.LEXICAL, 3), true);
    assertThat(ids(r).subList(0, 2)).containsExactlyInAnyOrder("2503.11677", "2401.00001");
  }

  @Test
  void semanticFindsThePaperByItsTitle() {
    String title =
        "Simulation of prosthetic vision with PRIMA system and enhancement of face representation";
    List<ScoredPaper> r = backend.search(SearchRequest.of(title, SearchMode.SEMANTIC, 5));
    assertThat(r.get(0).id()).isEqualTo("2503.11677");
    assertThat(r.get(0).parts()).extracting(ScorePart::name).containsExactly("knn");
    assertThat(r.get(0).parts().get(0).rank()).isEqualTo(1);
  }

  @Test
  void hybridFusesBothListsByRank() {
    String title = "Diffusion policies for robot grasping in clutter";
    List<ScoredPaper> r = backend.search(SearchRequest.of(title, SearchMode.HYBRID, 5));
    assertThat(r.get(0).id()).isEqualTo("2402.00002");
    List<ScorePart> parts = r.get(0).parts();
    assertThat(parts).extracting(ScorePart::name).containsExactly("bm25", "knn", "rrf");
    assertThat(parts).extracting(ScorePart::rank).containsExactly(1, 1, 1);
    assertThat(r.get(0).score()).isEqualTo(2.0 / (Rrf.K + 1));
    assertThat(r).extracting(ScoredPaper::score).isSortedAccordingTo((a, b) -> b.compareTo(a));
  }

  @Test
  void similarRanksTheNearDuplicateFirstAndNeverItself() {
    List<ScoredPaper> r = backend.similar("2503.11677", 10);
    assertThat(ids(r)).hasSize(10).doesNotContain("2503.11677").startsWith("2401.00001");
    assertThat(r.get(0).parts()).extracting(ScorePart::name).containsExactly("knn", "mlt", "rrf");
    assertThat(ids(backend.similar("2401.00001", 3))).startsWith("2503.11677");
    assertThatThrownBy(() -> backend.similar("9999.99999", 3))
        .hasMessageContaining("no paper with id 9999.99999");
  }

  @Test
  void similarByModeUsesOneListOrBoth() {
    List<ScoredPaper> words = backend.similar("2503.11677", 5, SearchMode.LEXICAL);
    assertThat(ids(words)).hasSize(5).doesNotContain("2503.11677").startsWith("2401.00001");
    assertThat(words)
        .allSatisfy(r -> assertThat(r.parts()).extracting(ScorePart::name).containsExactly("mlt"));
    assertThat(words).extracting(r -> r.parts().get(0).rank()).containsExactly(1, 2, 3, 4, 5);

    List<ScoredPaper> vectors = backend.similar("2503.11677", 5, SearchMode.SEMANTIC);
    assertThat(ids(vectors)).hasSize(5).doesNotContain("2503.11677").startsWith("2401.00001");
    assertThat(vectors)
        .allSatisfy(r -> assertThat(r.parts()).extracting(ScorePart::name).containsExactly("knn"));
    assertThat(vectors)
        .extracting(ScoredPaper::score)
        .isSortedAccordingTo((a, b) -> b.compareTo(a));

    List<ScoredPaper> both = backend.similar("2503.11677", 5, SearchMode.HYBRID);
    assertThat(both).isEqualTo(backend.similar("2503.11677", 5));
    // Each fused part is that paper's rank in the single-mode list (0 where absent from the top).
    ScoredPaper top = both.get(0);
    assertThat(top.parts()).extracting(ScorePart::name).containsExactly("knn", "mlt", "rrf");
    List<String> knn100 = ids(backend.similar("2503.11677", 100, SearchMode.SEMANTIC));
    List<String> mlt100 = ids(backend.similar("2503.11677", 100, SearchMode.LEXICAL));
    assertThat(top.parts().get(0).rank()).isEqualTo(knn100.indexOf(top.id()) + 1);
    assertThat(top.parts().get(1).rank()).isEqualTo(mlt100.indexOf(top.id()) + 1);
  }

  @Test
  void fusedScorePartsMatchTheSingleModeLists() {
    String q = "robot grasping diffusion";
    List<ScoredPaper> bm25 = backend.search(SearchRequest.of(q, SearchMode.LEXICAL, 100));
    List<ScoredPaper> knn = backend.search(SearchRequest.of(q, SearchMode.SEMANTIC, 100));
    List<ScoredPaper> hybrid = backend.search(SearchRequest.of(q, SearchMode.HYBRID, 10));
    assertThat(hybrid).hasSize(10);
    for (ScoredPaper r : hybrid) {
      assertThat(r.parts().get(0).rank()).isEqualTo(ids(bm25).indexOf(r.id()) + 1);
      assertThat(r.parts().get(1).rank()).isEqualTo(ids(knn).indexOf(r.id()) + 1);
      double expected =
          r.parts().subList(0, 2).stream()
              .filter(p -> p.rank() > 0)
              .mapToDouble(p -> 1.0 / (Rrf.K + p.rank()))
              .sum();
      assertThat(r.score()).isCloseTo(expected, org.assertj.core.data.Offset.offset(1e-12));
      assertThat(r.paper()).isEqualTo(f.papers.expectPaper(r.id()));
    }
  }

  @Test
  void withoutAnEncoderSemanticFallsBackToLexical() {
    try (LuceneSearchBackend noEncoder = new LuceneSearchBackend(f.index, Optional.empty())) {
      Coverage c = noEncoder.coverage();
      assertThat(c.effective(SearchMode.HYBRID)).isEqualTo(SearchMode.LEXICAL);
      assertThat(c.warning(SearchMode.SEMANTIC))
          .contains("no query encoder configured: semantic search fell back to lexical");
      assertThat(ids(noEncoder.search(SearchRequest.of("diffusion", SearchMode.SEMANTIC, 5))))
          .isEqualTo(lexical("diffusion", Set.of(), null, null, null));
    }
  }
}

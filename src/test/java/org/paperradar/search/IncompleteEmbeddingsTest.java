package org.paperradar.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperradar.embed.ToyEncoder;
import org.paperradar.index.VectorSource;
import org.paperradar.paper.Paper;

/** Embedding is slow and incremental: search must work, and say so, with some or no vectors. */
class IncompleteEmbeddingsTest {

  /** Toy vectors for papers whose id ends in an even digit only (about half). */
  static VectorSource half(ToyEncoder enc) {
    VectorSource all = VectorSource.encoding(enc);
    return new VectorSource() {
      @Override
      public Optional<float[]> vector(String id) {
        return Optional.empty();
      }

      @Override
      public Optional<float[]> vectorFor(Paper p) {
        int last = p.id().charAt(p.id().length() - 1) - '0';
        return last % 2 == 0 ? all.vectorFor(p) : Optional.empty();
      }
    };
  }

  @Test
  void semanticSearchesWhatHasVectorsAndCoverageSaysHowMuch(@TempDir Path dir) throws Exception {
    try (SearchFixture f = new SearchFixture(dir, half(new ToyEncoder(64)));
        LuceneSearchBackend b = f.backend()) {
      Coverage c = b.coverage();
      assertThat(c.docs()).isEqualTo(200);
      assertThat(c.withVectors()).isBetween(60, 140);
      assertThat(c.effective(SearchMode.SEMANTIC)).isEqualTo(SearchMode.SEMANTIC);
      assertThat(c.warning(SearchMode.HYBRID))
          .contains(
              "embeddings incomplete: "
                  + c.withVectors()
                  + " of 200 papers have vectors; lexical results are complete");
      assertThat(c.warning(SearchMode.LEXICAL)).isEmpty();

      List<ScoredPaper> sem = b.search(SearchRequest.of("vision models", SearchMode.SEMANTIC, 50));
      assertThat(sem).isNotEmpty();
      assertThat(sem).allSatisfy(p -> assertThat(p.id().charAt(p.id().length() - 1) % 2).isZero());
      // A paper without a vector is still found by hybrid, through BM25 alone.
      String title =
          "Simulation of prosthetic vision with PRIMA system and enhancement of face representation";
      ScoredPaper hit =
          b.search(SearchRequest.of(title, SearchMode.HYBRID, 50)).stream()
              .filter(p -> p.id().equals("2503.11677"))
              .findFirst()
              .orElseThrow();
      assertThat(hit.parts().get(0).rank()).isEqualTo(1);
      assertThat(hit.parts().get(1)).isEqualTo(new ScorePart("knn", 0, 0));
    }
  }

  @Test
  void withNoVectorsSemanticFallsBackToLexicalWithAWarning(@TempDir Path dir) throws Exception {
    try (SearchFixture f = new SearchFixture(dir, VectorSource.none());
        LuceneSearchBackend b = f.backend()) {
      Coverage c = b.coverage();
      assertThat(c.withVectors()).isZero();
      assertThat(c.effective(SearchMode.SEMANTIC)).isEqualTo(SearchMode.LEXICAL);
      assertThat(c.warning(SearchMode.SEMANTIC))
          .contains(
              "embeddings incomplete: 0 of 200 papers have vectors; semantic search fell back to lexical");
      List<ScoredPaper> r = b.search(SearchRequest.of("diffusion", SearchMode.HYBRID, 5));
      assertThat(r).hasSize(5);
      assertThat(r.get(0).parts()).extracting(ScorePart::name).containsExactly("bm25");
      // similar() still works from words alone
      assertThat(b.similar("2503.11677", 3)).hasSize(3);
    }
  }
}

package org.paperradar.forecast;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DirectionSuggesterTest {
  @TempDir Path dir;

  @Test
  void suggestsUnlinkedConceptsNextToTheReadersWithPapersBehindBoth() throws Exception {
    Path corpus = SyntheticCorpus.write(dir, 100);
    GraphBuilder b = new GraphBuilder(ConceptMatcher.of(SyntheticCorpus.concepts()));
    GraphBuilder.forEachPaper(corpus, b::add);
    ConceptGraph g = b.graph();
    List<String> reader = List.of("1501.00001", "1501.00002");
    var own = new java.util.HashSet<Integer>();
    for (String id : reader) {
      for (int c : g.paperConcepts(g.findPaper(id).orElseThrow())) {
        own.add(c);
      }
    }
    var directions = new DirectionSuggester(g, 365, 2).suggest(reader, 5);
    assertThat(directions).isNotEmpty().hasSizeLessThanOrEqualTo(5);
    GraphSnapshot now = GraphSnapshot.before(g, g.lastDay() + 1);
    double last = 1;
    for (var d : directions) {
      int mine = g.concepts().indexOf(d.ownConcept());
      int other = g.concepts().indexOf(d.otherConcept());
      assertThat(own).contains(mine).doesNotContain(other);
      assertThat(now.connected(mine, other)).isFalse();
      assertThat(d.ownPapers()).isNotEmpty().allMatch(reader::contains);
      assertThat(d.otherPapers()).isNotEmpty();
      assertThat(d.probability()).isBetween(0.0, last);
      last = d.probability();
    }
    assertThat(new DirectionSuggester(g, 365, 2).suggest(List.of("unknown"), 5)).isEmpty();
  }
}

package org.paperradar.forecast;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConceptMatcherTest {
  private static final List<String> LIST =
      List.of(
          "neural network",
          "deep neural network",
          "network pruning",
          "long short term memory",
          "graph neural network",
          "support vector machine",
          "Neural Networks", // same concept as the first line once normalised
          "query",
          "vector machine learning");

  private final ConceptMatcher m = ConceptMatcher.of(LIST);

  private List<String> found(String text) {
    return Arrays.stream(m.match(text)).mapToObj(i -> m.names().get(i)).sorted().toList();
  }

  @Test
  void linesThatNormaliseAlikeAreOneConcept() {
    assertThat(m.size()).isEqualTo(LIST.size() - 1);
    assertThat(m.findConcept("neural-networks")).contains(0);
  }

  @Test
  void nestedPhrasesAllCount() {
    assertThat(found("A deep neural network for images."))
        .containsExactly("deep neural network", "neural network");
  }

  @Test
  void overlappingPhrasesBothCount() {
    // "neural network" and "network pruning" share "network".
    assertThat(found("Neural network pruning at scale"))
        .containsExactly("network pruning", "neural network");
    assertThat(found("graph neural network pruning"))
        .containsExactly("graph neural network", "network pruning", "neural network");
  }

  @Test
  void pluralsAndHyphensFold() {
    assertThat(found("Long-Short-Term Memories and neural-networks"))
        .containsExactly("long short term memory", "neural network");
    assertThat(found("Queries about support vector machines"))
        .containsExactly("query", "support vector machine");
  }

  @Test
  void failureLinksFindAMatchAfterAFalseStart() {
    // "support vector machine learning" must yield both, though the automaton is deep in one.
    assertThat(found("support vector machine learning"))
        .containsExactly("support vector machine", "vector machine learning");
    assertThat(found("deep neural nets, then a neural network")).containsExactly("neural network");
  }

  @Test
  void punctuationEndsAPhrase() {
    assertThat(found("We train a neural. Network pruning follows"))
        .containsExactly("network pruning");
    assertThat(found("neural (network)")).isEmpty();
    assertThat(found("")).isEmpty();
  }

  @Test
  void foldKeepsSingularEndings() {
    assertThat(ConceptText.fold("analysis")).isEqualTo("analysis");
    assertThat(ConceptText.fold("gauss")).isEqualTo("gauss");
    assertThat(ConceptText.fold("studies")).isEqualTo("study");
    assertThat(ConceptText.fold("approaches")).isEqualTo("approach");
    assertThat(ConceptText.fold("gas")).isEqualTo("gas");
  }
}

package org.paperradar.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.lucene.search.Query;
import org.junit.jupiter.api.Test;

/** The abstract's best passage for a query, with the matched words located. */
class SnippetsTest {
  static final String ABSTRACT =
      "We study many things in this long opening sentence that says nothing in particular about"
          + " the topic, only to fill space before the interesting part arrives at last. Then we"
          + " train diffusion models for robot grasping in clutter and show that the learned"
          + " policies grasp unseen objects. Finally, a closing sentence about future work and"
          + " other matters that are not relevant to the query at all, padding the text further.";

  final Snippets snippets = new Snippets();

  static Query query(String q) {
    return new LexicalQueries().parse(q, false);
  }

  @Test
  void marksTheQueryTermsInOnePassageOfAboutTwoHundredChars() {
    Snippets.Snippet s = snippets.forAbstract(query("diffusion model grasping"), ABSTRACT);
    assertThat(s.text().length()).isBetween(120, 280);
    assertThat(s.matches()).isNotEmpty();
    // Offsets point at the words as written (stems match: "model" marks "models").
    assertThat(s.matches())
        .extracting(m -> s.text().substring(m.start(), m.end()))
        .contains("diffusion", "models", "grasping");
    String marked = s.marked("**", "**");
    assertThat(marked).contains("**diffusion** **models**").contains("**grasping**");
    assertThat(ABSTRACT).contains(s.text());
    assertThat(marked.startsWith("…")).isEqualTo(s.cutBefore());
  }

  @Test
  void withoutAMatchItIsTheStartOfTheAbstract() {
    Snippets.Snippet s = snippets.forAbstract(query("zebra"), ABSTRACT);
    assertThat(s.matches()).isEmpty();
    assertThat(ABSTRACT).startsWith(s.text());
    assertThat(s.cutBefore()).isFalse();
    assertThat(s.cutAfter()).isTrue();
  }

  @Test
  void onlyAbstractTermsAreMarkedAndMarkupIsTheCallersChoice() {
    Snippets.Snippet s = snippets.forAbstract(query("title:robot clutter"), "Robots <b>in clutter");
    assertThat(s.marked("[", "]")).isEqualTo("Robots <b>in [clutter]");
    assertThat(snippets.forAbstract(query("x"), "").text()).isEmpty();
  }
}

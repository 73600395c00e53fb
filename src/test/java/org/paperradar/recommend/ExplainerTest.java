package org.paperradar.recommend;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.paperradar.paper.Paper;

/** Regression: a pasted abstract list has no titles, and abstracts carry LaTeX commands. */
class ExplainerTest {
  static Paper paper(String id, String title, String abs) {
    return Paper.builder(id).title(title).abstractText(abs).build();
  }

  @Test
  void aTitlelessOwnPaperIsNamedByItsAbstractAndLatexCommandsAreNoReason() {
    List<Paper> papers =
        List.of(
            paper(
                "2401.00001",
                "",
                "We bound the probability of harm with a Bayesian posterior over"
                    + " $\\mathbf{x}$ and cautious actions of agents in dangerous worlds."),
            paper(
                "2606.00001",
                "Cautious agents",
                "A Bayesian posterior over $\\mathbf{x}$ keeps agents cautious in dangerous"
                    + " worlds."),
            paper("2606.00002", "Graphs", "Message passing on graphs."),
            paper("2606.00003", "Sorting", "Lower bounds for sorting networks."));
    CorpusSnapshot c =
        CorpusSnapshot.of(papers, new TfidfVectorizer.Settings(1000, 1, 1.0, true, true), "v");
    Explanation why = new Explainer(c, 2, 10).explain(1, new int[] {0});
    assertThat(why.closest().get(0).title())
        .isEqualTo(
            "We bound the probability of harm with a Bayesian posterior over $\\mathbf{x}$ and …");
    assertThat(why.sharedTerms()).contains("bayesian posterior", "dangerous worlds");
    assertThat(why.sharedTerms()).noneMatch(t -> t.contains("mathbf"));
  }
}

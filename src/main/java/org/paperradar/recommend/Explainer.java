package org.paperradar.recommend;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Explains a recommendation from the same features that ranked it: the reader's papers closest to
 * it (cosine of tf-idf rows) and the terms it shares with them, weighted by their tf-idf weight in
 * both; a word is left out when a shown phrase already contains it.
 */
public final class Explainer {
  private final CorpusSnapshot corpus;
  private final int maxPapers;
  private final int maxTerms;

  public Explainer(CorpusSnapshot corpus, int maxPapers, int maxTerms) {
    this.corpus = corpus;
    this.maxPapers = maxPapers;
    this.maxTerms = maxTerms;
  }

  public Explanation explain(int candidate, int[] readerPapers) {
    SparseVector c = corpus.features().row(candidate);
    List<Explanation.Neighbour> near = new ArrayList<>();
    Map<Integer, Double> shared = new HashMap<>();
    for (int r : readerPapers) {
      SparseVector p = corpus.features().row(r);
      double sim = c.dot(p);
      if (sim > 0) {
        near.add(new Explanation.Neighbour(corpus.paper(r).id(), label(corpus.paper(r)), sim));
        collectShared(c, p, shared);
      }
    }
    near.sort(Comparator.comparingDouble(Explanation.Neighbour::similarity).reversed());
    List<Map.Entry<Integer, Double>> terms = new ArrayList<>(shared.entrySet());
    terms.sort(Map.Entry.<Integer, Double>comparingByValue().reversed());
    List<String> shown = new ArrayList<>();
    for (Map.Entry<Integer, Double> e : terms) {
      String t = corpus.features().vectorizer().term(e.getKey());
      if (isMarkup(t)) {
        continue;
      }
      boolean covered = shown.stream().anyMatch(s -> (" " + s + " ").contains(" " + t + " "));
      if (!covered) {
        shown.removeIf(s -> (" " + t + " ").contains(" " + s + " "));
        shown.add(t);
      }
      if (shown.size() == maxTerms) {
        break;
      }
    }
    return new Explanation(near.subList(0, Math.min(maxPapers, near.size())), shown);
  }

  /** LaTeX command names that abstracts carry ({@code \\mathbf{x}}): shared, but not a reason. */
  private static final java.util.Set<String> LATEX =
      java.util.Set.of(
          "mathbf",
          "mathrm",
          "mathcal",
          "mathbb",
          "mathit",
          "boldsymbol",
          "frac",
          "textit",
          "textbf",
          "emph",
          "cite",
          "left",
          "right",
          "cdot",
          "ldots",
          "times",
          "sim",
          "leq",
          "geq");

  private static boolean isMarkup(String term) {
    for (String w : term.split(" ")) {
      if (LATEX.contains(w)) {
        return true;
      }
    }
    return false;
  }

  /** The title, or the abstract's start for a pasted paper that came without one. */
  static String label(org.paperradar.paper.Paper p) {
    if (!p.title().isBlank()) {
      return p.title();
    }
    String a = p.abstractText().strip();
    if (a.length() <= 80) {
      return a;
    }
    int cut = a.lastIndexOf(' ', 80);
    return a.substring(0, cut > 20 ? cut : 80).strip() + " …";
  }

  /** Terms in both rows, keeping each term's best product of weights. */
  private static void collectShared(SparseVector a, SparseVector b, Map<Integer, Double> out) {
    int i = 0;
    int j = 0;
    while (i < a.size() && j < b.size()) {
      int ti = a.indices()[i];
      int tj = b.indices()[j];
      if (ti == tj) {
        out.merge(ti, (double) a.values()[i] * b.values()[j], Math::max);
        i++;
        j++;
      } else if (ti < tj) {
        i++;
      } else {
        j++;
      }
    }
  }
}

package org.paperradar.recommend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class TfidfVectorizerTest {
  private static final TfidfVectorizer.Settings ALL =
      new TfidfVectorizer.Settings(100, 1, 1.0, true, true);

  @Test
  void tokenizesLikeArxivSanityLite() {
    assertThat(TfidfVectorizer.tokens("The Café of GPT-4 and x2 is a 3D model_v2"))
        .containsExactly("cafe", "gpt", "x2", "model_v2"); // "4" and "3D" are no tokens
  }

  @Test
  void computesSmoothIdfSublinearTfAndL2() {
    List<String> docs = List.of("graph neural graph", "graph transformer", "vision transformer");
    TfidfVectorizer v = TfidfVectorizer.fit(docs, ALL);
    SparseVector x = v.transform("graph neural graph");
    // idf(graph) = ln(4/3)+1, idf(neural) = ln(4/2)+1, idf("graph neural") = idf("neural graph") =
    // ln(4/2)+1
    double g = (1 + Math.log(2)) * (Math.log(4 / 3.0) + 1);
    double n = Math.log(2) + 1;
    double norm = Math.sqrt(g * g + 3 * n * n);
    int gi = index(v, "graph");
    int ni = index(v, "neural");
    assertThat(value(x, gi)).isCloseTo(g / norm, within(1e-6));
    assertThat(value(x, ni)).isCloseTo(n / norm, within(1e-6));
    assertThat(x.dot(x)).isCloseTo(1.0, within(1e-6));
  }

  @Test
  void appliesMinDfMaxDfAndMaxFeatures() {
    List<String> docs = List.of("alpha beta", "alpha gamma", "alpha delta", "beta gamma");
    TfidfVectorizer v =
        TfidfVectorizer.fit(docs, new TfidfVectorizer.Settings(2, 2, 0.6, true, false));
    // alpha is in 3 of 4 docs (> 0.6), delta in 1 (< min_df 2): beta and gamma remain.
    assertThat(v.features()).isEqualTo(2);
    assertThat(v.term(0)).isEqualTo("beta");
    assertThat(v.term(1)).isEqualTo("gamma");
  }

  private static int index(TfidfVectorizer v, String term) {
    for (int i = 0; i < v.features(); i++) {
      if (v.term(i).equals(term)) {
        return i;
      }
    }
    throw new AssertionError(term);
  }

  private static double value(SparseVector x, int index) {
    for (int i = 0; i < x.size(); i++) {
      if (x.indices()[i] == index) {
        return x.values()[i];
      }
    }
    return 0;
  }
}

package org.paperradar.recommend;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * tf-idf with the semantics of scikit-learn's {@code TfidfVectorizer} as arxiv-sanity-lite
 * configures it: accents stripped, lower case, tokens {@code [a-zA-Z_][a-zA-Z0-9_]+}, English stop
 * words removed before n-grams, 1–2 grams, {@code min_df} documents, {@code max_df} fraction,
 * vocabulary capped at the {@code maxFeatures} most frequent terms, smooth idf {@code
 * ln((1+n)/(1+df))+1}, sublinear tf {@code 1+ln(tf)}, L2 rows.
 */
public final class TfidfVectorizer {
  private static final Pattern TOKEN = Pattern.compile("\\b[a-zA-Z_][a-zA-Z0-9_]+\\b");
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");

  /** Settings; {@link #ARXIV_SANITY} are arxiv-sanity-lite's. */
  public record Settings(
      int maxFeatures, int minDf, double maxDf, boolean sublinearTf, boolean bigrams) {

    /**
     * These settings for a corpus of {@code n} documents: below 1,000 (a small personal library)
     * document-frequency cuts would leave almost nothing, so every term is kept up to half of the
     * documents.
     */
    public Settings forCorpus(int n) {
      return n >= 1000
          ? this
          : new Settings(maxFeatures, 1, Math.max(maxDf, 0.5), sublinearTf, bigrams);
    }
  }

  public static final Settings ARXIV_SANITY = new Settings(20_000, 5, 0.1, true, true);

  private final Settings settings;
  private final Map<String, Integer> vocabulary;
  private final String[] terms;
  private final double[] idf;

  private TfidfVectorizer(
      Settings s, Map<String, Integer> vocabulary, String[] terms, double[] idf) {
    this.settings = s;
    this.vocabulary = vocabulary;
    this.terms = terms;
    this.idf = idf;
  }

  /** Learns vocabulary and idf from the documents. */
  public static TfidfVectorizer fit(List<String> docs, Settings s) {
    Map<String, int[]> df = new HashMap<>(); // term -> {document frequency, total count}
    for (String d : docs) {
      Map<String, Integer> tf = counts(d, s.bigrams());
      tf.forEach(
          (t, c) -> {
            int[] v = df.computeIfAbsent(t, k -> new int[2]);
            v[0]++;
            v[1] += c;
          });
    }
    int n = docs.size();
    double maxDocs = s.maxDf() * n;
    List<Map.Entry<String, int[]>> kept = new ArrayList<>();
    for (Map.Entry<String, int[]> e : df.entrySet()) {
      int f = e.getValue()[0];
      if (f >= s.minDf() && f <= maxDocs) {
        kept.add(e);
      }
    }
    // scikit-learn keeps the max_features terms with the highest corpus counts (ties by term).
    kept.sort(
        Comparator.<Map.Entry<String, int[]>>comparingInt(e -> -e.getValue()[1])
            .thenComparing(Map.Entry::getKey));
    if (kept.size() > s.maxFeatures()) {
      kept = kept.subList(0, s.maxFeatures());
    }
    String[] terms = kept.stream().map(Map.Entry::getKey).sorted().toArray(String[]::new);
    Map<String, Integer> vocab = new HashMap<>();
    double[] idf = new double[terms.length];
    for (int i = 0; i < terms.length; i++) {
      vocab.put(terms[i], i);
      idf[i] = Math.log((1.0 + n) / (1.0 + df.get(terms[i])[0])) + 1.0;
    }
    return new TfidfVectorizer(s, vocab, terms, idf);
  }

  public SparseVector transform(String doc) {
    Map<String, Integer> tf = counts(doc, settings.bigrams());
    int[] idx = new int[tf.size()];
    double[] val = new double[tf.size()];
    int k = 0;
    for (Map.Entry<String, Integer> e : tf.entrySet()) {
      Integer i = vocabulary.get(e.getKey());
      if (i != null) {
        idx[k] = i;
        double t = settings.sublinearTf() ? 1 + Math.log(e.getValue()) : e.getValue();
        val[k++] = t * idf[i];
      }
    }
    Integer[] order = new Integer[k];
    for (int i = 0; i < k; i++) {
      order[i] = i;
    }
    Arrays.sort(order, Comparator.comparingInt(o -> idx[o]));
    double norm = 0;
    for (int i = 0; i < k; i++) {
      norm += val[i] * val[i];
    }
    norm = norm == 0 ? 1 : Math.sqrt(norm);
    int[] outIdx = new int[k];
    float[] outVal = new float[k];
    for (int i = 0; i < k; i++) {
      outIdx[i] = idx[order[i]];
      outVal[i] = (float) (val[order[i]] / norm);
    }
    return new SparseVector(outIdx, outVal);
  }

  public int features() {
    return terms.length;
  }

  public String term(int index) {
    return terms[index];
  }

  /** Term counts of one document: unigrams and (if asked) bigrams of the non-stop-word tokens. */
  static Map<String, Integer> counts(String doc, boolean bigrams) {
    List<String> tokens = tokens(doc);
    Map<String, Integer> tf = new HashMap<>();
    for (int i = 0; i < tokens.size(); i++) {
      tf.merge(tokens.get(i), 1, Integer::sum);
      if (bigrams && i > 0) {
        tf.merge(tokens.get(i - 1) + " " + tokens.get(i), 1, Integer::sum);
      }
    }
    return tf;
  }

  static List<String> tokens(String doc) {
    String s = MARKS.matcher(Normalizer.normalize(doc, Normalizer.Form.NFKD)).replaceAll("");
    s = s.toLowerCase(Locale.ROOT);
    List<String> out = new ArrayList<>();
    Matcher m = TOKEN.matcher(s);
    while (m.find()) {
      String t = m.group();
      if (!EnglishStopWords.WORDS.contains(t)) {
        out.add(t);
      }
    }
    return out;
  }
}

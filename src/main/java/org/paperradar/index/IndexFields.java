package org.paperradar.index;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/** Field names and their analysis, shared by the index writer and the query side. */
public final class IndexFields {
  public static final String ID = "id";

  /**
   * The id again as binary doc values, so ranking reads ids without decompressing stored fields. (A
   * separate field: adding doc values to {@link #ID} would clash with indexes built before.)
   */
  public static final String ID_KEY = "id_key";

  public static final String TITLE = "title";
  public static final String ABSTRACT = "abstract";

  /** Author names tokenised (folded, lower case) for searching by any part of a name. */
  public static final String AUTHORS = "authors";

  /** Each author's whole name, normalised ({@link #normalizeName}), for the exact author filter. */
  public static final String AUTHOR_EXACT = "author_exact";

  public static final String CATEGORY = "category";

  /**
   * Epoch day of announced, else submitted (else updated): points for ranges, doc values to sort.
   */
  public static final String DATE = "date";

  public static final String VECTOR = "vec";

  private IndexFields() {}

  /** English stemming and stop words for text; folded names for authors; keywords for the rest. */
  public static Analyzer analyzer() {
    Analyzer english = new EnglishAnalyzer();
    Analyzer names =
        new Analyzer() {
          @Override
          protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer source = new StandardTokenizer();
            TokenStream result = new ASCIIFoldingFilter(new LowerCaseFilter(source));
            return new TokenStreamComponents(source, result);
          }
        };
    return new PerFieldAnalyzerWrapper(
        new KeywordAnalyzer(), Map.of(TITLE, english, ABSTRACT, english, AUTHORS, names));
  }

  /** "José García-López" and "jose garcia-lopez" are the same author: fold accents, case, space. */
  public static String normalizeName(String name) {
    String folded =
        Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}+", "").strip();
    return folded.replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
  }

  /** Searchers score with {@link #BM25}. */
  public static org.apache.lucene.search.SearcherFactory searcherFactory() {
    return new org.apache.lucene.search.SearcherFactory() {
      @Override
      public org.apache.lucene.search.IndexSearcher newSearcher(
          org.apache.lucene.index.IndexReader reader,
          org.apache.lucene.index.IndexReader previousReader) {
        org.apache.lucene.search.IndexSearcher s =
            new org.apache.lucene.search.IndexSearcher(reader);
        s.setSimilarity(BM25);
        return s;
      }
    };
  }

  /**
   * Lucene's default k1 = 1.2, b = 0.75: on NFCorpus dev, Anserini's 0.9/0.4 and two other settings
   * moved lexical nDCG@10 by at most 0.001 (0.3046-0.3057), so the default stays.
   */
  static final org.apache.lucene.search.similarities.BM25Similarity BM25 =
      new org.apache.lucene.search.similarities.BM25Similarity();
}

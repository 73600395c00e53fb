package org.paperradar.search;

import java.util.Locale;

/** How a query is matched: by words (BM25), by meaning (vectors), or both fused. */
public enum SearchMode {
  LEXICAL,
  SEMANTIC,
  HYBRID;

  public static SearchMode parse(String s) {
    try {
      return valueOf(s.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "unknown search mode '" + s + "' (lexical, semantic or hybrid)", e);
    }
  }
}

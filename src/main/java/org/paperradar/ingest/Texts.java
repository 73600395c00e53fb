package org.paperradar.ingest;

import java.util.regex.Pattern;

/** Small text clean-ups shared by the sources. */
final class Texts {
  private static final Pattern SPACES = Pattern.compile("\\s+");

  private Texts() {}

  /** Collapses runs of white space (arXiv wraps titles and abstracts at 80 columns). */
  static String clean(String s) {
    if (s == null) {
      return null;
    }
    String t = SPACES.matcher(s).replaceAll(" ").strip();
    return t.isEmpty() ? null : t;
  }
}

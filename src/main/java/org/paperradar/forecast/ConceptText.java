package org.paperradar.forecast;

import java.util.ArrayList;
import java.util.List;

/**
 * The one normalisation that concept lists and paper texts share, so that they meet: lower case,
 * words split at anything that is not a letter or digit (so "long-short-term" and "long short term"
 * agree), and English plurals folded ("networks" → "network", "studies" → "study"). Sentence
 * punctuation becomes a {@link #BREAK} token: a concept never spans two sentences or a bracket.
 */
public final class ConceptText {
  /** Marks a phrase boundary in a token list. */
  public static final String BREAK = "|";

  private ConceptText() {}

  /** Tokens of a text, with {@link #BREAK}s at sentence punctuation. */
  public static List<String> tokens(String text) {
    List<String> out = new ArrayList<>();
    StringBuilder word = new StringBuilder();
    for (int i = 0, n = text.length(); i < n; i++) {
      char c = text.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        word.append(Character.toLowerCase(c));
        continue;
      }
      flush(word, out);
      if (isBreak(c, text, i) && !out.isEmpty() && !out.get(out.size() - 1).equals(BREAK)) {
        out.add(BREAK);
      }
    }
    flush(word, out);
    return out;
  }

  /** Normalised words of a phrase (a concept-list line), without breaks. */
  public static List<String> words(String phrase) {
    List<String> t = new ArrayList<>(tokens(phrase));
    t.removeIf(BREAK::equals);
    return t;
  }

  /** The normalised spelling of a phrase: its words joined by single spaces. */
  public static String key(String phrase) {
    return String.join(" ", words(phrase));
  }

  private static boolean isBreak(char c, String text, int i) {
    return switch (c) {
      case ',', ';', ':', '!', '?', '(', ')', '[', ']', '{', '}', '"', '$', '\n' -> true;
      // "e.g." and "3.5" keep going; a full stop before a space ends a sentence.
      case '.' -> i + 1 >= text.length() || Character.isWhitespace(text.charAt(i + 1));
      default -> false;
    };
  }

  private static void flush(StringBuilder word, List<String> out) {
    if (word.length() > 0) {
      out.add(fold(word.toString()));
      word.setLength(0);
    }
  }

  /**
   * Folds a lower-case English plural to its singular. Only the regular patterns: a rare irregular
   * word that folds oddly ("series" → "sery") folds the same way in lists and texts, so it still
   * matches.
   */
  static String fold(String w) {
    int n = w.length();
    if (n <= 3 || w.charAt(n - 1) != 's' || !Character.isLetter(w.charAt(n - 2))) {
      return w;
    }
    if (w.endsWith("ss") || w.endsWith("us") || w.endsWith("is")) {
      return w;
    }
    if (w.endsWith("ies") && n > 4) {
      return w.substring(0, n - 3) + "y";
    }
    if (w.endsWith("sses") || w.endsWith("xes") || w.endsWith("ches") || w.endsWith("shes")) {
      return w.substring(0, n - 2);
    }
    return w.substring(0, n - 1);
  }
}

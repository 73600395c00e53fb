package org.paperradar.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * BibTeX field text both ways: {@link #escape} for the writer and {@link #decode} for the reader,
 * which also handles what other tools write (protective braces, TeX accents).
 */
final class BibtexText {
  private static final Set<String> FORMATTING =
      Set.of(
          "emph", "textit", "textbf", "textsc", "texttt", "textrm", "textsf", "textsl", "textup",
          "mbox", "url");
  private static final String SPECIALS = "%&$#_";
  private static final String BACKSLASH = "textbackslash";
  // Placeholders (private use area) keep escaped braces and backslashes out of brace stripping
  // and accent decoding until the very end.
  private static final char P_BACKSLASH = '\uE000';
  private static final char P_OPEN = '\uE001';
  private static final char P_CLOSE = '\uE002';

  private BibtexText() {}

  /** Escapes {@code { } \ % & $ # _} so any text survives as a braced BibTeX value. */
  static String escape(String s) {
    StringBuilder sb = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\\') {
        sb.append("\\textbackslash{}");
      } else if (c == '{' || c == '}' || SPECIALS.indexOf(c) >= 0) {
        sb.append('\\').append(c);
      } else {
        sb.append(c);
      }
    }
    return sb.toString();
  }

  /** A field value as plain Unicode text, white space collapsed; null for an empty value. */
  static String decode(String raw) {
    if (raw == null) {
      return null;
    }
    StringBuilder sb = new StringBuilder(raw.length());
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      if (c != '\\' || i + 1 == raw.length()) {
        sb.append(c);
        continue;
      }
      char n = raw.charAt(i + 1);
      if (n == '{' || n == '}') {
        sb.append(n == '{' ? P_OPEN : P_CLOSE);
        i++;
      } else if (SPECIALS.indexOf(n) >= 0) {
        sb.append(n);
        i++;
      } else if (raw.startsWith(BACKSLASH, i + 1)) {
        sb.append(P_BACKSLASH);
        i += BACKSLASH.length();
        if (raw.startsWith("{}", i + 1)) {
          i += 2;
        } else if (i + 1 < raw.length() && raw.charAt(i + 1) == ' ') {
          i++;
        }
      } else {
        int end = i + 1;
        while (end < raw.length() && Character.isLetter(raw.charAt(end))) {
          end++;
        }
        if (FORMATTING.contains(raw.substring(i + 1, end))) {
          i = end - 1; // \emph{x} is x: the braces go with the others below
        } else {
          sb.append(c); // another command, e.g. an accent: left for LatexAccents
        }
      }
    }
    String accents = LatexAccents.decode(sb.toString());
    StringBuilder out = new StringBuilder(accents.length());
    for (int i = 0; i < accents.length(); i++) {
      char c = accents.charAt(i);
      switch (c) {
        case '{', '}' -> {}
        case P_BACKSLASH -> out.append('\\');
        case P_OPEN -> out.append('{');
        case P_CLOSE -> out.append('}');
        default -> out.append(c);
      }
    }
    return Texts.clean(out.toString());
  }

  /**
   * Splits a raw author field at {@code and} outside braces and turns each name into "First Last":
   * {@code Last, First} and {@code Last, Jr., First} are reordered, {@code others} is dropped.
   */
  static List<String> authors(String raw) {
    List<String> names = new ArrayList<>();
    for (String part : splitTopLevel(raw, " and ")) {
      List<String> pieces = splitTopLevel(part, ",");
      String name;
      if (pieces.size() == 1) {
        name = decode(part);
      } else {
        String last = decode(pieces.get(0));
        String first = decode(pieces.get(pieces.size() - 1));
        String jr = pieces.size() > 2 ? decode(pieces.get(1)) : null;
        name = join(first, last, jr);
      }
      if (name != null && !name.equals("others")) {
        names.add(name);
      }
    }
    return names;
  }

  private static String join(String... parts) {
    StringBuilder sb = new StringBuilder();
    for (String p : parts) {
      if (p != null) {
        sb.append(sb.length() > 0 ? " " : "").append(p);
      }
    }
    return sb.length() == 0 ? null : sb.toString();
  }

  /** Splits at a separator found at brace depth 0; escaped characters never count as braces. */
  static List<String> splitTopLevel(String raw, String separator) {
    List<String> out = new ArrayList<>();
    String s = raw.replaceAll("\\s+", " ");
    int depth = 0;
    int start = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\\') {
        i++;
      } else if (c == '{') {
        depth++;
      } else if (c == '}') {
        depth = Math.max(0, depth - 1);
      } else if (depth == 0 && s.regionMatches(true, i, separator, 0, separator.length())) {
        out.add(s.substring(start, i));
        start = i + separator.length();
        i = start - 1;
      }
    }
    out.add(s.substring(start));
    return out;
  }
}

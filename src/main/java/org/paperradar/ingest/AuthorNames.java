package org.paperradar.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Repairs author lists that arrive glued together. Seen in the real daily data (2506.02197): one
 * "author" of 512 characters, {@code "Xiangyu Kongand Xiaoxia Xingand Fan Wangand …"}, where the
 * separator lost its space. Only names too long to be one name are split, so a real name that ends
 * in "and" (Ferdinand) is never touched.
 */
public final class AuthorNames {
  /** Longer than any single real name; shorter than a glued list of a few names. */
  static final int SUSPICIOUS_LENGTH = 120;

  private static final Pattern GLUED_AND =
      Pattern.compile("(?<=\\p{Ll})and(?:\\s+|$)|\\s+and\\s+|\\s*;\\s*|,\\s+and\\s+");

  private AuthorNames() {}

  public static List<String> repair(List<String> names) {
    List<String> out = null;
    for (int i = 0; i < names.size(); i++) {
      String n = names.get(i);
      if (n.length() <= SUSPICIOUS_LENGTH) {
        if (out != null) {
          out.add(n);
        }
        continue;
      }
      if (out == null) {
        out = new ArrayList<>(names.subList(0, i));
      }
      for (String part : GLUED_AND.split(n)) {
        String p = Texts.clean(part);
        if (p != null && !p.equals("and")) {
          out.add(p);
        }
      }
    }
    return out == null ? names : out;
  }
}

package org.paperradar.paper;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * arXiv subject categories ({@code cs.LG}, {@code math.IT}, {@code hep-th}, {@code eess.IV}). Real
 * category lists also carry MSC and ACM classes ({@code 94A29, 68T01}, {@code I.4.2; E.4}); those
 * are not categories and are dropped here, once, for every source.
 */
public final class Category {
  private static final Pattern CODE = Pattern.compile("[a-z]+(?:-[a-z]+)?(?:\\.[A-Za-z]{2,})?");

  private Category() {}

  public static boolean isArxivCategory(String s) {
    return s != null && CODE.matcher(s).matches();
  }

  /** Keeps valid codes in their order (the first is the primary), without repeats. */
  public static List<String> clean(List<String> raw) {
    Set<String> out = new LinkedHashSet<>();
    for (String r : raw) {
      if (r == null) {
        continue;
      }
      for (String part : r.strip().split("\\s+")) {
        if (isArxivCategory(part)) {
          out.add(part);
        }
      }
    }
    return new ArrayList<>(out);
  }

  /** The archive a category belongs to: {@code cs} for {@code cs.LG}, which is also its OAI set. */
  public static String archive(String category) {
    int dot = category.indexOf('.');
    return dot < 0 ? category : category.substring(0, dot);
  }
}

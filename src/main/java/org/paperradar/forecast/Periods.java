package org.paperradar.forecast;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * Time boundaries as the CLI writes them: a year ({@code 1999}: 1 January 1999), a month ({@code
 * 2025-10}: its 1st) or a day. A boundary is exclusive: "the graph at 1999" holds what came before.
 */
public final class Periods {
  private Periods() {}

  /** A parsed boundary and the feature window its precision implies (a year, a month, a week). */
  public record Boundary(LocalDate day, int windowDays) {}

  public static Boundary parse(String text) {
    String s = text.strip();
    try {
      if (s.matches("\\d{4}")) {
        return new Boundary(LocalDate.of(Integer.parseInt(s), 1, 1), 365);
      }
      if (s.matches("\\d{4}-\\d{2}")) {
        return new Boundary(YearMonth.parse(s).atDay(1), 30);
      }
      return new Boundary(LocalDate.parse(s), 7);
    } catch (java.time.DateTimeException e) {
      throw new IllegalArgumentException(
          "not a year, month or day: '" + text + "' (e.g. 1999, 2025-10, 2025-10-15)", e);
    }
  }

  /** {@code A:B} → two boundaries. */
  public static Boundary[] range(String text) {
    String[] parts = text.split(":", -1);
    if (parts.length != 2) {
      throw new IllegalArgumentException("expected FROM:TO, got '" + text + "'");
    }
    return new Boundary[] {parse(parts[0]), parse(parts[1])};
  }
}

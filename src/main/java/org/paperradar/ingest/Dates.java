package org.paperradar.ingest;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/**
 * Date parsing for the formats we read; a bad date is a bad record, with the text in the reason.
 */
final class Dates {
  private static final DateTimeFormatter RFC_1123 =
      DateTimeFormatter.RFC_1123_DATE_TIME.withLocale(Locale.ROOT);

  private Dates() {}

  /** ISO date or date-time ({@code 2025-03-18}, {@code 2025-03-18T17:59:59Z}); null stays null. */
  static LocalDate iso(String s) {
    if (s == null || s.isBlank()) {
      return null;
    }
    String t = s.strip();
    try {
      if (t.length() > 10 && t.charAt(10) == 'T') {
        return ZonedDateTime.parse(
                t.endsWith("Z") || t.matches(".*[+-]\\d\\d:\\d\\d$") ? t : t + "Z")
            .toLocalDate();
      }
      return LocalDate.parse(t.length() > 10 ? t.substring(0, 10) : t);
    } catch (DateTimeParseException e) {
      throw new BadRecordException("bad date '" + abbreviate(t) + "'");
    }
  }

  /** RFC 1123 as in the Kaggle snapshot's versions ({@code Mon, 2 Apr 2007 19:18:42 GMT}). */
  static LocalDate rfc1123(String s) {
    if (s == null || s.isBlank()) {
      return null;
    }
    try {
      return ZonedDateTime.parse(s.strip(), RFC_1123).toLocalDate();
    } catch (DateTimeParseException e) {
      throw new BadRecordException("bad date '" + abbreviate(s) + "'");
    }
  }

  static String abbreviate(String s) {
    return s.length() <= 60 ? s : s.substring(0, 57) + "...";
  }
}

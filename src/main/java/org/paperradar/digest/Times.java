package org.paperradar.digest;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** Instants as fixed-width text (always milliseconds), so stored times compare as strings. */
final class Times {
  private static final DateTimeFormatter FIXED =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSX").withZone(ZoneOffset.UTC);

  private Times() {}

  static String format(Instant t) {
    return FIXED.format(t);
  }
}

package org.paperradar.digest;

import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * A reader's digest settings. Frequency, hour and categories are what the web settings page edits
 * ({@code digest_settings}); {@code unsubscribed} is set by the unsubscribe link and wins over the
 * frequency until the reader subscribes again.
 *
 * @param hour local hour (0-23) from which the day's digest may be sent
 * @param categories arXiv categories to keep (empty: all)
 */
public record DigestSettings(
    Frequency frequency, int hour, Set<String> categories, boolean unsubscribed) {
  public static final DigestSettings DEFAULT =
      new DigestSettings(Frequency.DAILY, 7, Set.of(), false);

  public DigestSettings {
    if (hour < 0 || hour > 23) {
      throw new IllegalArgumentException("hour must be 0-23, got " + hour);
    }
    categories = Set.copyOf(categories);
  }

  /** How often a digest goes out. */
  public enum Frequency {
    OFF,
    DAILY,
    WEEKLY;

    public String dbValue() {
      return name().toLowerCase(Locale.ROOT);
    }

    public static Frequency parse(String s) {
      try {
        return valueOf(s.strip().toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("frequency must be off, daily or weekly: " + s, e);
      }
    }
  }

  /** Whether mail (and feed items) are composed for this reader at all. */
  public boolean active() {
    return !unsubscribed && frequency != Frequency.OFF;
  }

  /** Categories as stored: space separated, sorted. */
  public String categoriesText() {
    return String.join(" ", new TreeSet<>(categories));
  }

  static Set<String> parseCategories(String text) {
    Set<String> out = new TreeSet<>();
    if (text != null) {
      for (String c : text.split("[\\s,]+")) {
        if (!c.isBlank()) {
          out.add(c.strip());
        }
      }
    }
    return out;
  }
}

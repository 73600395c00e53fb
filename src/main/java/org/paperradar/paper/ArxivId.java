package org.paperradar.paper;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An arXiv identifier, parsed once. {@code base} is the version-less id ({@code 2408.05284} or
 * {@code hep-th/9901001}); {@code version} is 0 when the text named no version.
 */
public record ArxivId(String base, int version) {

  // New style since 2007-04: YYMM.NNNN (to 1412) or YYMM.NNNNN (from 1501).
  private static final Pattern NEW_STYLE =
      Pattern.compile("(\\d{2})(\\d{2})\\.(\\d{4,5})(?:v(\\d+))?");
  // Old style: archive(.SUBJ)?/YYMMNNN, e.g. hep-th/9901001, math.GT/0309136.
  private static final Pattern OLD_STYLE =
      Pattern.compile("([a-z]+(?:-[a-z]+)?)(?:\\.[A-Z]{2})?/(\\d{2})(\\d{2})(\\d{3})(?:v(\\d+))?");
  private static final Pattern PREFIX =
      Pattern.compile(
          "^(?:arxiv:\\s*|https?://(?:www\\.|export\\.)?arxiv\\.org/(?:abs|pdf|html)/|oai:arxiv\\.org:)",
          Pattern.CASE_INSENSITIVE);

  /** Finds an {@code arXiv:ID} mention inside free text. */
  private static final Pattern MENTION =
      Pattern.compile(
          "arXiv:\\s*((?:\\d{4}\\.\\d{4,5}|[a-z]+(?:-[a-z]+)?(?:\\.[A-Z]{2})?/\\d{7})(?:v\\d+)?)",
          Pattern.CASE_INSENSITIVE);

  public ArxivId {
    if (version < 0) {
      throw new IllegalArgumentException("version must be >= 0");
    }
  }

  /** Parses any accepted spelling, or throws {@link InvalidArxivIdException} with the reason. */
  public static ArxivId parse(String text) {
    if (text == null || text.isBlank()) {
      throw new InvalidArxivIdException(String.valueOf(text), "empty identifier");
    }
    String s = PREFIX.matcher(text.strip()).replaceFirst("");
    if (s.endsWith(".pdf")) {
      s = s.substring(0, s.length() - 4);
    }
    if (s.endsWith("/")) {
      s = s.substring(0, s.length() - 1);
    }
    Matcher m = NEW_STYLE.matcher(s);
    if (m.matches()) {
      int month = Integer.parseInt(m.group(2));
      checkMonth(text, month);
      int year = Integer.parseInt(m.group(1));
      if (year < 7 || (year == 7 && month < 4)) {
        throw new InvalidArxivIdException(text, "new-style ids start in April 2007 (0704)");
      }
      if (m.group(3).length() == 4 && year >= 15) {
        throw new InvalidArxivIdException(text, "ids from 2015 on have a 5-digit number");
      }
      if (m.group(3).length() == 5 && year < 15) {
        throw new InvalidArxivIdException(text, "ids before 2015 have a 4-digit number");
      }
      return new ArxivId(m.group(1) + m.group(2) + "." + m.group(3), version(text, m.group(4)));
    }
    Matcher o = OLD_STYLE.matcher(s);
    if (o.matches()) {
      checkMonth(text, Integer.parseInt(o.group(3)));
      String archive = s.substring(0, s.indexOf('/'));
      int dot = archive.indexOf('.');
      if (dot > 0) {
        archive = archive.substring(0, dot); // math.GT/0309136 is math/0309136
      }
      return new ArxivId(
          archive + "/" + o.group(2) + o.group(3) + o.group(4), version(text, o.group(5)));
    }
    throw new InvalidArxivIdException(
        text, "not an arXiv id (expected e.g. 2408.05284, 2408.05284v2 or hep-th/9901001)");
  }

  /** Parses, or returns empty for text that is not a valid id. */
  public static Optional<ArxivId> find(String text) {
    try {
      return Optional.of(parse(text));
    } catch (InvalidArxivIdException e) {
      return Optional.empty();
    }
  }

  /** The first {@code arXiv:ID} mention in free text, if any. */
  public static Optional<ArxivId> findMention(String text) {
    Matcher m = MENTION.matcher(text);
    while (m.find()) {
      Optional<ArxivId> id = find(m.group(1));
      if (id.isPresent()) {
        return id;
      }
    }
    return Optional.empty();
  }

  private static void checkMonth(String text, int month) {
    if (month < 1 || month > 12) {
      throw new InvalidArxivIdException(text, "month " + month + " is not 01-12");
    }
  }

  private static int version(String text, String v) {
    if (v == null) {
      return 0;
    }
    int n = Integer.parseInt(v);
    if (n == 0) {
      throw new InvalidArxivIdException(text, "versions start at v1");
    }
    return n;
  }

  public boolean hasVersion() {
    return version > 0;
  }

  public ArxivId withoutVersion() {
    return new ArxivId(base, 0);
  }

  public String absUrl() {
    return "https://arxiv.org/abs/" + base;
  }

  public String pdfUrl() {
    return "https://arxiv.org/pdf/" + base;
  }

  @Override
  public String toString() {
    return version > 0 ? base + "v" + version : base;
  }
}

package org.paperradar.ingest;

import java.util.Optional;
import org.paperradar.paper.Paper;

/**
 * Checks every paper before it is stored, the same way for every source. Limits are far above any
 * real arXiv record (titles stay under 300 characters, abstracts under 1,920) and only stop
 * garbage.
 */
public final class PaperValidator {
  static final int MAX_TITLE = 1_000;
  static final int MAX_ABSTRACT = 20_000;
  static final int MAX_AUTHORS = 5_000;
  static final int MAX_AUTHOR_NAME = 300;
  static final int MAX_FIELD = 10_000;

  private PaperValidator() {}

  /** Empty when the paper is fine, otherwise why it must be rejected. */
  public static Optional<String> problem(Paper p) {
    if (p.title().isBlank() && p.abstractText().isBlank()) {
      return Optional.of("no title and no abstract");
    }
    if (p.title().length() > MAX_TITLE) {
      return Optional.of("title longer than " + MAX_TITLE + " characters");
    }
    if (p.abstractText().length() > MAX_ABSTRACT) {
      return Optional.of("abstract longer than " + MAX_ABSTRACT + " characters");
    }
    if (p.authors().size() > MAX_AUTHORS) {
      return Optional.of("more than " + MAX_AUTHORS + " authors");
    }
    for (String a : p.authors()) {
      if (a.length() > MAX_AUTHOR_NAME) {
        return Optional.of("author name longer than " + MAX_AUTHOR_NAME + " characters");
      }
    }
    for (String f : new String[] {p.comment(), p.doi(), p.journalRef()}) {
      if (f != null && f.length() > MAX_FIELD) {
        return Optional.of("a field is longer than " + MAX_FIELD + " characters");
      }
    }
    if (p.title().indexOf('\0') >= 0 || p.abstractText().indexOf('\0') >= 0) {
      return Optional.of("NUL character in text");
    }
    return Optional.empty();
  }
}

package org.paperradar.search;

import java.util.Locale;
import java.util.Optional;

/**
 * How many indexed papers have vectors. Semantic search sees only those; lexical sees all.
 *
 * @param encoder whether a query encoder is available
 */
public record Coverage(int docs, int withVectors, boolean encoder) {

  public boolean semanticPossible() {
    return encoder && withVectors > 0;
  }

  public boolean complete() {
    return withVectors >= docs;
  }

  /** The mode that will actually run: semantic modes fall back to lexical without vectors. */
  public SearchMode effective(SearchMode requested) {
    return requested == SearchMode.LEXICAL || semanticPossible() ? requested : SearchMode.LEXICAL;
  }

  /** A one-line warning for the user when {@code requested} cannot be served in full. */
  public Optional<String> warning(SearchMode requested) {
    if (requested == SearchMode.LEXICAL) {
      return Optional.empty();
    }
    String mode = requested.name().toLowerCase(Locale.ROOT);
    if (!encoder) {
      return Optional.of("no query encoder configured: " + mode + " search fell back to lexical");
    }
    if (withVectors == 0) {
      return Optional.of(
          String.format(
              Locale.ROOT,
              "embeddings incomplete: 0 of %,d papers have vectors; %s search fell back to lexical",
              docs,
              mode));
    }
    if (!complete()) {
      return Optional.of(
          String.format(
              Locale.ROOT,
              "embeddings incomplete: %,d of %,d papers have vectors; lexical results are complete",
              withVectors,
              docs));
    }
    return Optional.empty();
  }
}

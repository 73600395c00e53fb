package org.paperradar.search;

import java.time.LocalDate;
import java.util.Set;

/**
 * One search: the query text (Lucene syntax for the lexical part), the mode, optional filters (any
 * of {@code categories}; announced/submitted date in {@code [from, to]}; an author name) and how
 * many results.
 */
public record SearchRequest(
    String query,
    SearchMode mode,
    Set<String> categories,
    LocalDate from,
    LocalDate to,
    String author,
    int limit) {

  public SearchRequest {
    if (query == null || query.isBlank()) {
      throw new IllegalArgumentException("empty query");
    }
    mode = mode == null ? SearchMode.HYBRID : mode;
    categories = categories == null ? Set.of() : Set.copyOf(categories);
    if (limit <= 0 || limit > 10_000) {
      throw new IllegalArgumentException("limit must be 1..10000, was " + limit);
    }
    if (from != null && to != null && from.isAfter(to)) {
      throw new IllegalArgumentException("from " + from + " is after to " + to);
    }
  }

  public static SearchRequest of(String query, SearchMode mode, int limit) {
    return new SearchRequest(query, mode, Set.of(), null, null, null, limit);
  }

  public boolean hasFilters() {
    return !categories.isEmpty()
        || from != null
        || to != null
        || (author != null && !author.isBlank());
  }
}

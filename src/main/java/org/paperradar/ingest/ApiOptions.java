package org.paperradar.ingest;

import java.net.URI;
import java.time.LocalDate;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * What to fetch from the arXiv export API.
 *
 * @param query a {@code search_query}, e.g. {@code cat:cs.LG OR cat:cs.CL}
 * @param pageSize {@code max_results} per request (arXiv allows up to 2000; 100-500 is kind)
 * @param sortBy {@code submittedDate}, {@code lastUpdatedDate} or {@code relevance}
 * @param sortOrder {@code ascending} or {@code descending}
 * @param limit stop after this many results (0: all)
 */
public record ApiOptions(
    URI baseUrl, String query, int pageSize, String sortBy, String sortOrder, long limit) {
  public static final URI DEFAULT_BASE_URL = URI.create("https://export.arxiv.org/api/query");

  public ApiOptions {
    baseUrl = baseUrl == null ? DEFAULT_BASE_URL : baseUrl;
    sortBy = sortBy == null ? "submittedDate" : sortBy;
    sortOrder = sortOrder == null ? "ascending" : sortOrder;
    if (pageSize < 1) {
      throw new IllegalArgumentException("page size must be >= 1");
    }
  }

  /**
   * {@code (cat:cs.LG OR cat:cs.CL) AND submittedDate:[FROM TO UNTIL]}, oldest first, so paging is
   * stable while new papers arrive.
   */
  public static ApiOptions forCategories(Set<String> categories, LocalDate from, LocalDate until) {
    String q =
        new TreeSet<>(categories).stream().map(c -> "cat:" + c).collect(Collectors.joining(" OR "));
    if (categories.size() > 1) {
      q = "(" + q + ")";
    }
    if (from != null || until != null) {
      String lo = from == null ? "199101010000" : stamp(from) + "0000";
      String hi = until == null ? "299912312359" : stamp(until) + "2359";
      q = q + " AND submittedDate:[" + lo + " TO " + hi + "]";
    }
    return new ApiOptions(DEFAULT_BASE_URL, q, 200, "submittedDate", "ascending", 0);
  }

  private static String stamp(LocalDate d) {
    return d.toString().replace("-", "");
  }

  public ApiOptions withBaseUrl(URI url) {
    return new ApiOptions(url, query, pageSize, sortBy, sortOrder, limit);
  }

  public ApiOptions withPageSize(int size) {
    return new ApiOptions(baseUrl, query, size, sortBy, sortOrder, limit);
  }

  /** Names the checkpoint: the same query continues where an interrupted run stopped. */
  public String checkpointName() {
    return "api:" + query + ":" + sortBy + ":" + sortOrder + ":" + pageSize;
  }
}

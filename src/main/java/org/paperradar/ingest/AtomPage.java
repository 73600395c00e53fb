package org.paperradar.ingest;

import java.util.List;

/**
 * What one export-API Atom feed held besides its papers (which went to the sink).
 *
 * @param entries {@code <entry>} elements seen (error entries included)
 * @param totalResults {@code opensearch:totalResults}, -1 when absent
 * @param startIndex {@code opensearch:startIndex}, -1 when absent
 * @param itemsPerPage {@code opensearch:itemsPerPage}, -1 when absent
 * @param errors messages of the API's error entries ({@code id} under {@code /api/errors})
 * @param malformed why the XML is not well-formed (reading stopped there), or null
 */
public record AtomPage(
    int entries,
    long totalResults,
    long startIndex,
    long itemsPerPage,
    List<String> errors,
    String malformed)
    implements FetchedPage {

  public AtomPage {
    errors = List.copyOf(errors);
  }
}

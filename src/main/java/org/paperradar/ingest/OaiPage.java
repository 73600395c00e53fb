package org.paperradar.ingest;

import java.util.List;
import java.util.Optional;

/**
 * What one OAI-PMH response held besides its papers (which went to the sink).
 *
 * @param records {@code <record>}s seen, deleted ones included
 * @param deleted records whose header says {@code status="deleted"} (skipped, not rejected)
 * @param resumptionToken the token for the next page; null when the list is complete
 * @param cursor the token's {@code cursor}, -1 when not given
 * @param completeListSize the token's {@code completeListSize}, -1 when not given
 * @param maxDatestamp the latest header datestamp on the page, null when none
 * @param errors OAI errors; {@code noRecordsMatch} is an empty result, not a failure
 * @param malformed why the XML is not well-formed (reading stopped there), or null
 */
public record OaiPage(
    int records,
    int deleted,
    String resumptionToken,
    long cursor,
    long completeListSize,
    String maxDatestamp,
    List<OaiError> errors,
    String malformed)
    implements FetchedPage {

  public OaiPage {
    errors = List.copyOf(errors);
  }

  public boolean hasMore() {
    return resumptionToken != null && !resumptionToken.isBlank();
  }

  public boolean noRecordsMatch() {
    return errors.stream().anyMatch(e -> OaiError.NO_RECORDS_MATCH.equals(e.code()));
  }

  /** The first error other than {@code noRecordsMatch}, if any. */
  public Optional<OaiError> failure() {
    return errors.stream().filter(e -> !OaiError.NO_RECORDS_MATCH.equals(e.code())).findFirst();
  }
}

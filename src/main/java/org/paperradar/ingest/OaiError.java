package org.paperradar.ingest;

/** An OAI-PMH {@code <error code="...">}, e.g. {@code badResumptionToken}. */
public record OaiError(String code, String message) {
  public static final String NO_RECORDS_MATCH = "noRecordsMatch";
  public static final String BAD_RESUMPTION_TOKEN = "badResumptionToken";

  @Override
  public String toString() {
    return code + (message == null ? "" : ": " + message);
  }
}

package org.paperradar.ingest;

/** A record that cannot be turned into a paper; the message is the reason reported. */
public final class BadRecordException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  public BadRecordException(String reason) {
    super(reason);
  }

  public BadRecordException(String reason, Throwable cause) {
    super(reason, cause);
  }
}

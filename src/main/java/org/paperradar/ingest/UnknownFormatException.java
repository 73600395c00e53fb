package org.paperradar.ingest;

/** The input's format could not be detected and none was given. */
public final class UnknownFormatException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  public UnknownFormatException(String message) {
    super(message);
  }
}

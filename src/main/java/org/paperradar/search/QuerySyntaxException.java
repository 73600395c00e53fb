package org.paperradar.search;

/** The query text could not be parsed; the message says where and how to fix it. */
public final class QuerySyntaxException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  public QuerySyntaxException(String message, Throwable cause) {
    super(message, cause);
  }
}

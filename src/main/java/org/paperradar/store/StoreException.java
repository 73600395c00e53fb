package org.paperradar.store;

/** A failure of the store (I/O, constraint, connection); the message is meant for the user. */
public final class StoreException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public StoreException(String message, Throwable cause) {
    super(message, cause);
  }

  public StoreException(String message) {
    super(message);
  }
}

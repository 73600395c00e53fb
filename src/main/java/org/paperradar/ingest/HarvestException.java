package org.paperradar.ingest;

import java.io.IOException;

/** A harvest that cannot go on: retries exhausted, an OAI or API error, a refused request. */
public final class HarvestException extends IOException {
  private static final long serialVersionUID = 1L;

  public HarvestException(String message) {
    super(message);
  }

  public HarvestException(String message, Throwable cause) {
    super(message, cause);
  }
}

package org.paperradar.paper;

/** Thrown when a text is not an arXiv identifier; the message says why. */
public final class InvalidArxivIdException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  private final String input;
  private final String reason;

  public InvalidArxivIdException(String input, String reason) {
    super("invalid arXiv id '" + input + "': " + reason);
    this.input = input;
    this.reason = reason;
  }

  public String input() {
    return input;
  }

  public String reason() {
    return reason;
  }
}

package org.paperradar.web;

/**
 * A request that cannot be served, with the HTTP status and what to tell the client: the API
 * answers {@code {title, status, details}}, pages show the same on an error page.
 */
public final class WebError extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final int status;
  private final String title;

  public WebError(int status, String title, String details) {
    super(details);
    this.status = status;
    this.title = title;
  }

  public int status() {
    return status;
  }

  public String title() {
    return title;
  }

  public String details() {
    return getMessage();
  }

  public static WebError badRequest(String details) {
    return new WebError(400, "Bad request", details);
  }

  public static WebError unauthorized(String details) {
    return new WebError(401, "Unauthorized", details);
  }

  public static WebError forbidden(String details) {
    return new WebError(403, "Forbidden", details);
  }

  public static WebError notFound(String details) {
    return new WebError(404, "Not found", details);
  }

  public static WebError conflict(String details) {
    return new WebError(409, "Conflict", details);
  }

  public static WebError tooManyRequests(String details) {
    return new WebError(429, "Too many requests", details);
  }
}

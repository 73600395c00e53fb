package org.paperradar.web;

import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one place failures become responses: the API answers {@code {title, status, details}}, pages
 * show an error page with the same words (and send readers who must sign in to the log-in page).
 * Bad input (a malformed query, a bad parameter) is a 400 with its message; anything unexpected is
 * a 500 whose details reveal nothing internal (the log has the stack trace).
 */
final class Errors {
  private static final Logger LOG = LoggerFactory.getLogger(Errors.class);

  /** The API's error body. */
  record Problem(String title, int status, String details) {}

  private final Pages pages;

  Errors(Pages pages) {
    this.pages = pages;
  }

  void handle(Exception e, Context ctx) {
    WebError w = classify(e);
    if (w.status() >= 500 && !(e instanceof WebError)) { // a WebError is a known state
      LOG.error("{} {} failed", ctx.method(), ctx.path(), e);
    }
    respond(ctx, w);
  }

  static WebError classify(Exception e) {
    if (e instanceof WebError w) {
      return w;
    }
    if (e instanceof HttpResponseException h) {
      return new WebError(h.getStatus(), title(h.getStatus()), h.getMessage());
    }
    if (e instanceof IllegalArgumentException) {
      return WebError.badRequest(e.getMessage());
    }
    return new WebError(500, "Internal error", "something went wrong on the server");
  }

  private static String title(int status) {
    return switch (status) {
      case 400 -> "Bad request";
      case 401 -> "Unauthorized";
      case 403 -> "Forbidden";
      case 404 -> "Not found";
      case 405 -> "Method not allowed";
      case 409 -> "Conflict";
      case 429 -> "Too many requests";
      default -> status >= 500 ? "Internal error" : "Error";
    };
  }

  void respond(Context ctx, WebError w) {
    ctx.status(w.status());
    if (w.status() == 429) {
      ctx.header("Retry-After", "60");
    }
    if (ctx.path().startsWith("/api/")) {
      ctx.json(new Problem(w.title(), w.status(), w.details()));
      return;
    }
    Viewer v = Security.viewer(ctx);
    if (w.status() == 401 && !ctx.method().name().equals("POST")) {
      ctx.status(302);
      ctx.redirect("/login");
      return;
    }
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("page", pages.context(ctx, v, w.title(), Optional.empty()));
    m.put("status", w.status());
    m.put("title", w.title());
    m.put("details", w.details());
    pages.templates().page(ctx, "error.jte", m);
  }

  /** Unmatched routes. */
  void notFound(Context ctx) {
    String r = ctx.result();
    if (r == null || r.isEmpty() || r.startsWith("Endpoint ") || r.equals("Not Found")) {
      respond(ctx, WebError.notFound("no page at " + Params.clip(ctx.path())));
    }
  }
}

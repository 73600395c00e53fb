package org.paperradar.web;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The OpenAPI 3.1 document of the JSON API, written by hand beside the routes
 * (src/main/resources/web/openapi.json); a test checks that every API route is in it.
 */
final class OpenApi {
  static final String RESOURCE = "/web/openapi.json";
  private static final byte[] DOCUMENT = load();

  private OpenApi() {}

  private static byte[] load() {
    try (InputStream in = OpenApi.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + RESOURCE);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static void serve(Context ctx) {
    ctx.contentType("application/json").result(DOCUMENT);
  }
}

package org.paperradar.web;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;

/** The site's one stylesheet and one small script, from the classpath, cached by browsers. */
final class StaticFiles {
  private static final Map<String, String> TYPES =
      Map.of("app.css", "text/css; charset=utf-8", "app.js", "text/javascript; charset=utf-8");
  private static final Map<String, byte[]> FILES =
      Map.of("app.css", load("app.css"), "app.js", load("app.js"));

  private StaticFiles() {}

  private static byte[] load(String name) {
    try (InputStream in = StaticFiles.class.getResourceAsStream("/web/static/" + name)) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static void serve(Context ctx) {
    String name = ctx.pathParam("name");
    byte[] body = FILES.get(name);
    if (body == null) {
      throw WebError.notFound("no file " + Params.clip(name));
    }
    ctx.header("Cache-Control", "public, max-age=3600");
    ctx.contentType(TYPES.get(name)).result(body);
  }
}

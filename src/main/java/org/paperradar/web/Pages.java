package org.paperradar.web;

import io.javalin.http.Context;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** Shared by the page handlers: the layout's context, rendering, and after-action redirects. */
final class Pages {
  static final String NOTICE = "notice";

  private final Templates templates = new Templates();

  Templates templates() {
    return templates;
  }

  PageContext context(Context ctx, Viewer v, String title, Optional<String> notice) {
    Optional<String> n = notice.or(() -> Optional.ofNullable(ctx.queryParam(NOTICE)));
    return new PageContext(title, v.name(), v.admin(), v.csrf(), ctx.path(), n.map(Params::clip));
  }

  /** Renders a page: {@code kv} is name, value, name, value… beside the layout's "page". */
  void render(Context ctx, String template, String title, Object... kv) {
    Viewer v = Security.viewer(ctx);
    Map<String, Object> m = new HashMap<>();
    m.put("page", context(ctx, v, title, Optional.empty()));
    for (int i = 0; i < kv.length; i += 2) {
      m.put((String) kv[i], kv[i + 1]);
    }
    templates.page(ctx, template, m);
  }

  /** Post/redirect/get with a short notice shown on the next page. */
  static void redirect(Context ctx, String to, String notice) {
    String sep = to.contains("?") ? "&" : "?";
    ctx.redirect(
        to
            + sep
            + NOTICE
            + "="
            + java.net.URLEncoder.encode(notice, java.nio.charset.StandardCharsets.UTF_8),
        io.javalin.http.HttpStatus.SEE_OTHER);
  }
}

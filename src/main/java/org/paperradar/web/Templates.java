package org.paperradar.web;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import io.javalin.http.Context;
import java.util.Map;

/**
 * The page templates (src/main/jte), compiled to Java at build time by the jte Maven plugin. jte's
 * HTML mode escapes every {@code ${…}} for its context (text, attribute), so paper titles and
 * abstracts from any source render as text.
 */
final class Templates {
  private final TemplateEngine engine = TemplateEngine.createPrecompiled(ContentType.Html);

  String render(String template, Map<String, Object> params) {
    StringOutput out = new StringOutput(8192);
    engine.render(template, params, out);
    return out.toString();
  }

  void page(Context ctx, String template, Map<String, Object> params) {
    ctx.contentType("text/html; charset=utf-8").result(render(template, params));
  }
}

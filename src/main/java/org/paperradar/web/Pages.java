package org.paperradar.web;

import io.javalin.http.Context;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** Shared by the page handlers: the layout's context, rendering, and after-action redirects. */
final class Pages {
  static final String NOTICE = "notice";

  /**
   * The notices an action may leave for the next page, by code: the URL carries only the code, so a
   * crafted link cannot put words on the site.
   */
  static final Map<String, String> NOTICES =
      Map.ofEntries(
          Map.entry("voted", "Upvoted."),
          Map.entry("unvoted", "Upvote withdrawn."),
          Map.entry("rated", "Thanks: your feed learns from every rating."),
          Map.entry("saved", "Saved to your library."),
          Map.entry("removed", "Removed from your library."),
          Map.entry("note", "Note saved."),
          Map.entry("folder", "Folder created."),
          Map.entry("folder-deleted", "Folder deleted; its papers stay in your library."),
          Map.entry("digest", "Digest settings saved."),
          Map.entry("seeded", "Your papers were added to your profile: here is your feed."),
          Map.entry("token-revoked", "Token revoked."),
          Map.entry("welcome", "Welcome! Add your own papers below to get recommendations."),
          Map.entry("logged-in", "Logged in."),
          Map.entry("logged-out", "Logged out."),
          Map.entry("job", "Job started: see its state below."),
          Map.entry("role", "Role changed."));

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

  /** Post/redirect/get with a notice (a code of {@link #NOTICES}) shown on the next page. */
  static void redirect(Context ctx, String to, String notice) {
    if (!NOTICES.containsKey(notice)) {
      throw new IllegalArgumentException("unknown notice " + notice);
    }
    int hash = to.indexOf('#');
    String path = hash < 0 ? to : to.substring(0, hash);
    String fragment = hash < 0 ? "" : to.substring(hash);
    ctx.redirect(
        path + (path.contains("?") ? "&" : "?") + NOTICE + "=" + notice + fragment,
        io.javalin.http.HttpStatus.SEE_OTHER);
  }
}

package org.paperradar.web;

import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.SameSite;
import java.util.Optional;
import java.util.Set;
import org.paperradar.store.AccountStore.Role;
import org.paperradar.store.User;

/**
 * Per request: security headers, who is asking (session cookie or {@code Authorization: Bearer} API
 * token), and the CSRF check of every state-changing request. Pages carry the token in a hidden
 * {@code _csrf} field, scripts in an {@code X-CSRF-Token} header; requests authenticated by an API
 * token carry no cookie and need none. Anonymous visitors get their CSRF token in a cookie (for the
 * log-in and sign-up forms): the double-submit pattern.
 */
final class Security {
  static final String SESSION_COOKIE = "radar_session";
  static final String CSRF_COOKIE = "radar_csrf";
  static final String VIEWER = "radar.viewer";
  private static final Set<String> UNSAFE = Set.of("POST", "PUT", "PATCH", "DELETE");
  private static final String CSP =
      "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
          + " form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

  private final Accounts accounts;
  private final boolean behindTls;

  Security(Accounts accounts, boolean behindTls) {
    this.accounts = accounts;
    this.behindTls = behindTls;
  }

  /** The before-handler of every request. */
  void before(Context ctx) {
    ctx.header("X-Content-Type-Options", "nosniff");
    ctx.header("Referrer-Policy", "same-origin");
    ctx.header("X-Frame-Options", "DENY");
    if (!ctx.path().startsWith("/api/")) {
      ctx.header("Content-Security-Policy", CSP);
    }
    Viewer viewer = resolve(ctx);
    ctx.attribute(VIEWER, viewer);
    // Unsubscribe links carry their own signed token, and a mail client's one-click POST (RFC 8058)
    // comes without our cookies: no CSRF token to check there.
    boolean signedLink = ctx.path().startsWith("/unsubscribe/");
    if (UNSAFE.contains(ctx.method().name()) && !viewer.viaToken() && !signedLink) {
      String sent = ctx.path().startsWith("/api/") ? ctx.header("X-CSRF-Token") : formToken(ctx);
      if (!Secrets.same(sent, viewer.csrf())) {
        throw WebError.forbidden(
            "missing or wrong CSRF token: reload the page and submit the form again");
      }
    }
  }

  private static String formToken(Context ctx) {
    String ct = ctx.contentType();
    if (ct == null
        || !(ct.startsWith("application/x-www-form-urlencoded")
            || ct.startsWith("multipart/form-data"))) {
      return ctx.header("X-CSRF-Token");
    }
    return ctx.formParam("_csrf");
  }

  static Viewer viewer(Context ctx) {
    Viewer v = ctx.attribute(VIEWER);
    return v != null ? v : Viewer.anonymous("");
  }

  private Viewer resolve(Context ctx) {
    String auth = ctx.header("Authorization");
    if (auth != null && auth.regionMatches(true, 0, "Bearer ", 0, 7)) {
      long userId =
          accounts
              .tokenUser(auth.substring(7).strip())
              .orElseThrow(() -> WebError.unauthorized("unknown or revoked API token"));
      User u = accounts.user(userId).orElseThrow(() -> WebError.unauthorized("no such reader"));
      return new Viewer(Optional.of(u), accounts.role(userId), Optional.empty(), "", true);
    }
    String token = ctx.cookie(SESSION_COOKIE);
    if (token != null) {
      Optional<Accounts.Session> s = accounts.session(token);
      if (s.isPresent()) {
        Optional<User> u = accounts.user(s.get().userId());
        if (u.isPresent()) {
          return new Viewer(
              u, accounts.role(u.get().id()), Optional.of(token), s.get().csrf(), false);
        }
      }
    }
    String csrf = ctx.cookie(CSRF_COOKIE);
    if (csrf == null || csrf.length() < 20 || csrf.length() > 100) {
      csrf = Secrets.token();
      ctx.cookie(cookie(ctx, CSRF_COOKIE, csrf, -1));
    }
    return Viewer.anonymous(csrf);
  }

  /** Starts the reader's session in a cookie. */
  void setSession(Context ctx, String token) {
    ctx.cookie(cookie(ctx, SESSION_COOKIE, token, (int) Accounts.SESSION_TTL.toSeconds()));
  }

  void clearSession(Context ctx) {
    ctx.cookie(cookie(ctx, SESSION_COOKIE, "", 0));
  }

  /**
   * HttpOnly, SameSite=Lax (top-level links from elsewhere keep the reader signed in, cross-site
   * posts do not carry it), and Secure when the request came over TLS, a proxy says it did, or the
   * server was started with {@code --behind-tls}.
   */
  private Cookie cookie(Context ctx, String name, String value, int maxAge) {
    Cookie c = new Cookie(name, value);
    c.setPath("/");
    c.setMaxAge(maxAge);
    c.setHttpOnly(true);
    c.setSameSite(SameSite.LAX);
    c.setSecure(
        behindTls
            || "https".equalsIgnoreCase(ctx.scheme())
            || "https".equalsIgnoreCase(ctx.header("X-Forwarded-Proto")));
    return c;
  }

  static void requireAdmin(Viewer v) {
    v.expectUser();
    if (v.role() != Role.ADMIN) {
      throw WebError.forbidden("this needs an admin account");
    }
  }
}

package org.paperradar.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.Optional;

/** Sign up, log in, log out. */
final class AuthPages {
  private final Accounts accounts;
  private final Security security;
  private final Pages pages;

  AuthPages(Accounts accounts, Security security, Pages pages) {
    this.accounts = accounts;
    this.security = security;
    this.pages = pages;
  }

  void register(RoutesConfig r) {
    r.get("/signup", ctx -> form(ctx, true, "", Optional.empty()));
    r.get("/login", ctx -> form(ctx, false, "", Optional.empty()));
    r.post("/signup", this::signUp);
    r.post("/login", this::logIn);
    r.post("/logout", this::logOut);
  }

  private void form(Context ctx, boolean signup, String name, Optional<String> error) {
    pages.render(
        ctx,
        "login.jte",
        signup ? "Sign up" : "Log in",
        "signup",
        signup,
        "name",
        name,
        "error",
        error);
  }

  void signUp(Context ctx) {
    String name = Optional.ofNullable(ctx.formParam("name")).orElse("");
    try {
      Accounts.Login login =
          accounts.signUp(
              name, ctx.formParam("password"), Optional.ofNullable(ctx.formParam("email")));
      security.setSession(ctx, login.sessionToken());
      Pages.redirect(ctx, "/settings#seed", "welcome");
    } catch (WebError e) {
      ctx.status(e.status());
      form(ctx, true, name, Optional.of(e.details()));
    }
  }

  void logIn(Context ctx) {
    String name = Optional.ofNullable(ctx.formParam("name")).orElse("");
    try {
      Accounts.Login login = accounts.logIn(name, ctx.formParam("password"), ctx.ip());
      security.setSession(ctx, login.sessionToken());
      Pages.redirect(ctx, "/for-you", "logged-in");
    } catch (WebError e) {
      ctx.status(e.status());
      if (e.status() == 429) {
        ctx.header("Retry-After", "60");
      }
      form(ctx, false, name, Optional.of(e.details()));
    }
  }

  void logOut(Context ctx) {
    Security.viewer(ctx).sessionToken().ifPresent(accounts::logOut);
    security.clearSession(ctx);
    Pages.redirect(ctx, "/", "logged-out");
  }
}

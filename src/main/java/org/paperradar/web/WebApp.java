package org.paperradar.web;

import io.javalin.Javalin;
import io.javalin.http.HttpResponseException;
import org.paperradar.store.AccountStore;

/**
 * The web app: server-rendered pages and the JSON API on one Javalin server. Handlers are plain
 * methods of small classes, registered here; one before-handler resolves the viewer and checks
 * CSRF; one exception mapping turns every failure into a JSON problem or an error page.
 */
public final class WebApp implements AutoCloseable {
  /**
   * Where to listen and how: {@code behindTls} marks cookies Secure even when TLS ends at a proxy
   * that does not send {@code X-Forwarded-Proto}.
   */
  public record Config(String host, int port, boolean behindTls, PasswordHasher.Params hashing) {
    public static Config local(int port) {
      return new Config("127.0.0.1", port, false, PasswordHasher.OWASP);
    }
  }

  private final Javalin app;
  private final Accounts accounts;

  private WebApp(Javalin app, Accounts accounts) {
    this.app = app;
    this.accounts = accounts;
  }

  /** Builds and starts the server (port 0 picks a free one). */
  public static WebApp start(WebServices s, Config cfg) {
    return start(s, cfg, routes -> {});
  }

  /** The same, with more routes from other stages (digest unsubscribe links, Atom feeds). */
  public static WebApp start(
      WebServices s, Config cfg, java.util.function.Consumer<io.javalin.config.RoutesConfig> more) {
    Accounts accounts =
        new Accounts(
            s.users(),
            s.accountStore(),
            new PasswordHasher(cfg.hashing()),
            LoginLimiter.standard());
    accounts.store().deleteExpiredSessions(java.time.Instant.now());
    Security security = new Security(accounts, cfg.behindTls());
    Pages pages = new Pages();
    Errors errors = new Errors(pages);
    Listings listings = new Listings(s, new VoteCounts(s.votes()));
    ReaderActions actions = new ReaderActions(s, listings);
    Javalin app =
        Javalin.create(
            c -> {
              c.startup.showJavalinBanner = false;
              c.startup.showOldJavalinVersionWarning = false;
              c.jsonMapper(Json.mapper());
              c.http.maxRequestSize = 4_000_000;
              c.jetty.host = cfg.host();
              c.jetty.port = cfg.port();
              c.routes.before(security::before);
              c.routes.get("/static/{name}", StaticFiles::serve);
              new PaperPages(s, listings, pages).register(c.routes);
              new ReaderPages(s, listings, pages, actions).register(c.routes);
              new ForecastPages(s, listings, pages).register(c.routes);
              new SettingsPages(s, accounts, listings, pages).register(c.routes);
              new AuthPages(accounts, security, pages).register(c.routes);
              new AdminPages(s, pages).register(c.routes);
              new ApiLibrary(s, actions).register(c.routes);
              new ApiRoutes(s, listings, actions).register(c.routes);
              more.accept(c.routes);
              c.routes.exception(HttpResponseException.class, errors::handle);
              c.routes.exception(Exception.class, errors::handle);
              c.routes.error(404, errors::notFound);
            });
    app.start();
    return new WebApp(app, accounts);
  }

  public int port() {
    return app.port();
  }

  Accounts accounts() {
    return accounts;
  }

  /** Gives a reader the admin role (for {@code radar serve --admin NAME} and tests). */
  public void makeAdmin(long userId) {
    accounts.store().setRole(userId, AccountStore.Role.ADMIN);
  }

  @Override
  public void close() {
    app.stop();
  }
}

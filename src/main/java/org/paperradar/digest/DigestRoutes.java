package org.paperradar.digest;

import io.javalin.Javalin;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.time.Clock;
import java.util.Optional;
import java.util.OptionalLong;
import org.paperradar.paper.Category;
import org.paperradar.store.User;
import org.paperradar.store.UserStore;

/**
 * The digest's HTTP endpoints, as plain handler methods: the unsubscribe link and the Atom feeds.
 *
 * <ul>
 *   <li>{@code GET /unsubscribe/{token}}: a page with one button; link scanners in mail systems
 *       fetch links, so a GET never unsubscribes.
 *   <li>{@code POST /unsubscribe/{token}}: unsubscribes; it is also the RFC 8058 one-click target
 *       of the {@code List-Unsubscribe} header (body {@code List-Unsubscribe=One-Click}).
 *   <li>{@code GET /feeds/user/{token}.atom}, {@code /feeds/category/{cat}.atom}, {@code
 *       /feeds/trending.atom}.
 * </ul>
 */
public final class DigestRoutes {
  private final UserStore users;
  private final DigestStore store;
  private final UnsubscribeTokens tokens;
  private final AtomFeeds feeds;
  private final DigestConfig config;
  private final Clock clock;

  public DigestRoutes(
      UserStore users,
      DigestStore store,
      UnsubscribeTokens tokens,
      AtomFeeds feeds,
      DigestConfig config,
      Clock clock) {
    this.users = users;
    this.store = store;
    this.tokens = tokens;
    this.feeds = feeds;
    this.config = config;
    this.clock = clock;
  }

  /**
   * Adds the routes while the app is configured: {@code Javalin.create(c -> r.register(c.routes))}.
   */
  public void register(RoutesConfig routes) {
    routes.get("/unsubscribe/{token}", this::unsubscribePage);
    routes.post("/unsubscribe/{token}", this::unsubscribe);
    routes.get("/feeds/user/{file}", this::userFeed);
    routes.get("/feeds/category/{file}", this::categoryFeed);
    routes.get("/feeds/trending.atom", this::trendingFeed);
  }

  /** The same on an app that is created but not started yet. */
  public void register(Javalin app) {
    register(app.unsafe.routes);
  }

  void unsubscribePage(Context ctx) {
    Optional<User> user = unsubscriber(ctx);
    if (user.isEmpty()) {
      invalid(ctx);
      return;
    }
    boolean already = store.settings(user.get().id()).unsubscribed();
    ctx.html(
        already
            ? DigestRenderer.page(
                "Already unsubscribed",
                user.get().email().orElse(user.get().name())
                    + " gets no PaperRadar digests. To get them again, turn them on in your"
                    + " digest settings: "
                    + config.settingsUrl(),
                "",
                "")
            : DigestRenderer.page(
                "Unsubscribe from PaperRadar digests?",
                "Stop sending digests to " + user.get().email().orElse(user.get().name()) + ".",
                ctx.path(),
                "Unsubscribe"));
  }

  void unsubscribe(Context ctx) {
    Optional<User> user = unsubscriber(ctx);
    if (user.isEmpty()) {
      invalid(ctx);
      return;
    }
    store.unsubscribe(user.get().id(), clock.instant());
    if ("One-Click".equals(ctx.formParam("List-Unsubscribe"))) {
      ctx.result("unsubscribed"); // a mail client's RFC 8058 POST: nobody reads the body
      return;
    }
    ctx.html(
        DigestRenderer.page(
            "Unsubscribed",
            "You will get no more PaperRadar digests at "
                + user.get().email().orElse(user.get().name())
                + ". Changed your mind? Turn them on again in your digest settings.",
            "",
            ""));
  }

  void userFeed(Context ctx) {
    Optional<String> token = atom(ctx.pathParam("file"));
    OptionalLong id =
        token.isEmpty()
            ? OptionalLong.empty()
            : tokens.verifyFeed(token.get(), uid -> store.findFeedKey(uid).orElse(""));
    Optional<User> user = id.isPresent() ? users.findUser(id.getAsLong()) : Optional.empty();
    if (user.isEmpty()) {
      ctx.status(HttpStatus.NOT_FOUND).result("no such feed");
      return;
    }
    atomResult(ctx, feeds.userFeed(user.get(), config.userFeedUrl(token.get())));
  }

  void categoryFeed(Context ctx) {
    Optional<String> cat = atom(ctx.pathParam("file"));
    if (cat.isEmpty() || !Category.isArxivCategory(cat.get())) {
      ctx.status(HttpStatus.NOT_FOUND).result("no such category feed");
      return;
    }
    atomResult(ctx, feeds.categoryFeed(cat.get()));
  }

  void trendingFeed(Context ctx) {
    atomResult(ctx, feeds.trendingFeed());
  }

  private Optional<User> unsubscriber(Context ctx) {
    OptionalLong id = tokens.verifyUnsubscribe(ctx.pathParam("token"));
    return id.isPresent() ? users.findUser(id.getAsLong()) : Optional.empty();
  }

  private static void invalid(Context ctx) {
    ctx.status(HttpStatus.NOT_FOUND)
        .html(
            DigestRenderer.page(
                "Link not valid",
                "This unsubscribe link is not valid. Copy the whole link from the mail.",
                "",
                ""));
  }

  private static void atomResult(Context ctx, String xml) {
    ctx.contentType(AtomFeeds.CONTENT_TYPE).result(xml);
  }

  private static Optional<String> atom(String file) {
    return file != null && file.endsWith(".atom") && file.length() > 5
        ? Optional.of(file.substring(0, file.length() - 5))
        : Optional.empty();
  }
}

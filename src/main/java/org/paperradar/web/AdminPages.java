package org.paperradar.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import org.paperradar.ingest.HarvestReport;
import org.paperradar.ingest.HttpSettings;
import org.paperradar.ingest.IngestReport;
import org.paperradar.ingest.Ingester;
import org.paperradar.ingest.OaiHarvester;
import org.paperradar.ingest.OaiOptions;
import org.paperradar.store.AccountStore.Role;
import org.paperradar.store.User;

/**
 * The admin's page: start an ingest (a URL, or a file on the server) or an arXiv harvest in the
 * background, watch the jobs, and give readers the admin role. Every route checks the role.
 */
final class AdminPages {
  private final WebServices s;
  private final Pages pages;

  AdminPages(WebServices s, Pages pages) {
    this.s = s;
    this.pages = pages;
  }

  void register(RoutesConfig r) {
    r.get("/admin", this::show);
    r.post("/admin/ingest", this::ingest);
    r.post("/admin/harvest", this::harvest);
    r.post("/admin/role", this::role);
  }

  void show(Context ctx) {
    Security.requireAdmin(Security.viewer(ctx));
    pages.render(
        ctx,
        "admin.jte",
        "Admin",
        "jobs",
        s.jobs().jobs(),
        "users",
        s.users().users().stream().map(User::name).toList());
  }

  void ingest(Context ctx) {
    Security.requireAdmin(Security.viewer(ctx));
    String source = Params.form(ctx, "source");
    String format = ctx.formParam("format");
    String fmt = format == null || format.isBlank() ? null : format.strip();
    boolean url = source.startsWith("http://") || source.startsWith("https://");
    if (!url && !Files.isRegularFile(Path.of(source))) {
      throw WebError.badRequest("not a URL and not a file on the server: " + Params.clip(source));
    }
    s.jobs()
        .submit(
            "ingest " + source,
            () -> report(url ? ingestUrl(source, fmt) : ingestFile(source, fmt)));
    Pages.redirect(ctx, "/admin", "job");
  }

  private IngestReport ingestFile(String path, String format) throws Exception {
    return new Ingester(s.db(), 2000).ingestFile(Path.of(path), format, null);
  }

  private IngestReport ingestUrl(String url, String format) throws Exception {
    HttpClient http =
        HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NORMAL)
            .connectTimeout(Duration.ofSeconds(20))
            .build();
    HttpRequest req =
        HttpRequest.newBuilder(URI.create(url))
            .header("User-Agent", HttpSettings.USER_AGENT)
            .build();
    HttpResponse<InputStream> resp = http.send(req, HttpResponse.BodyHandlers.ofInputStream());
    if (resp.statusCode() != 200) {
      resp.body().close();
      throw new IllegalStateException("HTTP " + resp.statusCode() + " from " + url);
    }
    try (InputStream in = resp.body()) {
      return new Ingester(s.db(), 2000).ingest(in, url, "url:" + url, format, null);
    }
  }

  private String report(IngestReport r) {
    return String.format(
            Locale.ROOT,
            "%s: added %d, updated %d, unchanged %d, rejected %d; ",
            r.format(),
            r.counts().added(),
            r.counts().updated(),
            r.counts().unchanged(),
            r.counts().rejected())
        + s.reindexer().update();
  }

  void harvest(Context ctx) {
    Security.requireAdmin(Security.viewer(ctx));
    Set<String> cats =
        new LinkedHashSet<>(Arrays.asList(Params.form(ctx, "categories").split("[\\s,]+")));
    LocalDate from = Params.parseDate("from", ctx.formParam("from")).orElse(null);
    OaiOptions o = OaiOptions.forCategories(cats, from, null);
    s.jobs()
        .submit(
            "harvest " + String.join(",", cats),
            () -> {
              HarvestReport r =
                  new OaiHarvester(s.db(), HttpSettings.polite(Duration.ofSeconds(3)), p -> {})
                      .harvest(o);
              return "papers read " + r.counts().read() + "; " + s.reindexer().update();
            });
    Pages.redirect(ctx, "/admin", "job");
  }

  void role(Context ctx) {
    Security.requireAdmin(Security.viewer(ctx));
    String name = Params.form(ctx, "name");
    Role role;
    try {
      role = Role.valueOf(Params.form(ctx, "role").toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw WebError.badRequest("role must be reader or admin");
    }
    User u =
        s.users()
            .findUser(name)
            .orElseThrow(() -> WebError.notFound("no reader " + Params.clip(name)));
    if (s.accountStore().findAccount(u.id()).isEmpty()) {
      throw WebError.notFound("reader " + Params.clip(name) + " has no web account");
    }
    s.accountStore().setRole(u.id(), role);
    Pages.redirect(ctx, "/admin", "role");
  }
}

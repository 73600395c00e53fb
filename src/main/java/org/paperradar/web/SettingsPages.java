package org.paperradar.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.paperradar.store.DigestSettingsStore.DigestSettings;
import org.paperradar.store.DigestSettingsStore.Frequency;
import org.paperradar.store.Relation;
import org.paperradar.store.User;

/** Settings: digest frequency, hour and categories; profile seeding; API tokens. */
final class SettingsPages {
  private final WebServices s;
  private final Accounts accounts;
  private final Listings listings;
  private final Pages pages;

  SettingsPages(WebServices s, Accounts accounts, Listings listings, Pages pages) {
    this.s = s;
    this.accounts = accounts;
    this.listings = listings;
    this.pages = pages;
  }

  void register(RoutesConfig r) {
    r.get("/settings", ctx -> show(ctx, List.of(), "", Optional.empty()));
    r.post("/settings/digest", this::digest);
    r.post("/settings/seed/author", this::seedAuthor);
    r.post("/settings/seed/confirm", this::seedConfirm);
    r.post("/settings/seed/listing", this::seedListing);
    r.post("/settings/tokens", this::createToken);
    r.post("/settings/tokens/delete", this::deleteToken);
  }

  private void show(
      Context ctx, List<Card> candidates, String authorQuery, Optional<String> token) {
    User u = Security.viewer(ctx).expectUser();
    int own = s.users().papers(u.id(), EnumSet.of(Relation.OWN)).size();
    pages.render(
        ctx,
        "settings.jte",
        "Settings",
        "digest",
        s.digests().settings(u.id()),
        "ownPapers",
        own,
        "candidates",
        candidates,
        "authorQuery",
        authorQuery,
        "tokens",
        s.accountStore().tokens(u.id()),
        "newToken",
        token);
  }

  /** Reads the digest form (pages and API share it). */
  static DigestSettings digestSettings(String frequency, String hour, String categories) {
    List<String> cats = new ArrayList<>();
    if (categories != null) {
      for (String c : categories.split("[\\s,]+")) {
        if (!c.isBlank()) {
          if (!c.matches("[A-Za-z-]+(\\.[A-Za-z-]+)?")) {
            throw WebError.badRequest(
                "'" + Params.clip(c) + "' is not an arXiv category like cs.LG");
          }
          cats.add(c);
        }
      }
    }
    return new DigestSettings(
        Frequency.parse(frequency == null ? "" : frequency),
        Params.parseInt("hour", hour, 7, 0, 23),
        cats);
  }

  void digest(Context ctx) {
    User u = Security.viewer(ctx).expectUser();
    s.digests()
        .save(
            u.id(),
            digestSettings(
                ctx.formParam("frequency"), ctx.formParam("hour"), ctx.formParam("categories")));
    Pages.redirect(ctx, "/settings", "digest");
  }

  void seedAuthor(Context ctx) {
    Viewer v = Security.viewer(ctx);
    v.expectUser();
    String name = Params.form(ctx, "author");
    List<Card> cards = listings.cards(s.seeding().candidatesByAuthor(name, 100), v);
    show(ctx, cards, name, Optional.empty());
  }

  void seedConfirm(Context ctx) {
    User u = Security.viewer(ctx).expectUser();
    List<String> ids = ctx.formParams("paper");
    for (String id : ids) {
      if (s.papers().findPaper(id).isEmpty()) {
        throw WebError.notFound("no paper with id " + Params.clip(id));
      }
    }
    s.seeding().confirm(u.id(), ids);
    Pages.redirect(ctx, "/for-you", "seeded");
  }

  void seedListing(Context ctx) {
    User u = Security.viewer(ctx).expectUser();
    String text = Params.form(ctx, "listing");
    if (text.length() > 2_000_000) {
      throw WebError.badRequest("a pasted listing may have at most 2,000,000 characters");
    }
    ProfileSeeding.Result r = s.seeding().fromListing(u.id(), text);
    if (r.marked() == 0) {
      throw WebError.badRequest(
          "no papers found in the pasted text"
              + (r.rejected().isEmpty()
                  ? ""
                  : ": "
                      + String.join(
                          "; ", r.rejected().subList(0, Math.min(3, r.rejected().size())))));
    }
    Pages.redirect(ctx, "/for-you", "seeded");
  }

  void createToken(Context ctx) {
    User u = Security.viewer(ctx).expectUser();
    String token = accounts.createToken(u.id(), ctx.formParam("name"));
    show(ctx, List.of(), "", Optional.of(token));
  }

  void deleteToken(Context ctx) {
    User u = Security.viewer(ctx).expectUser();
    long id = Params.optionalId("token", Params.form(ctx, "token")).orElseThrow();
    if (!accounts.revokeToken(u.id(), id)) {
      throw WebError.notFound("you have no token " + id);
    }
    Pages.redirect(ctx, "/settings", "token-revoked");
  }
}

package org.paperradar.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.paperradar.ingest.BibtexWriter;
import org.paperradar.paper.Paper;
import org.paperradar.recommend.FeedRequest;
import org.paperradar.recommend.Recommendation;
import org.paperradar.store.LibraryStore;
import org.paperradar.store.Relation;
import org.paperradar.store.User;

/** A signed-in reader's pages and actions: For you, votes, ratings, the library. */
final class ReaderPages {
  static final int FEED_SIZE = 20;

  private final WebServices s;
  private final Listings listings;
  private final Pages pages;
  private final ReaderActions actions;

  ReaderPages(WebServices s, Listings listings, Pages pages, ReaderActions actions) {
    this.s = s;
    this.listings = listings;
    this.pages = pages;
    this.actions = actions;
  }

  void register(RoutesConfig r) {
    r.get("/for-you", this::forYou);
    r.post("/vote", this::vote);
    r.post("/rate", this::rate);
    r.post("/save", this::save);
    r.post("/unsave", this::unsave);
    r.post("/note", this::note);
    r.get("/library", this::library);
    r.get("/library/export.bib", this::export);
    r.post("/library/folders", this::createFolder);
    r.post("/library/folders/delete", this::deleteFolder);
  }

  private static User user(Context ctx) {
    return Security.viewer(ctx).expectUser();
  }

  /** Where to go back to after an action: the page the form was on (same site only). */
  private static String back(Context ctx, String fallback) {
    String ref = ctx.header("Referer");
    String host = ctx.header("Host");
    if (ref != null && host != null) {
      int at = ref.indexOf("://" + host + "/");
      if (at > 0) {
        String path = ref.substring(at + 3 + host.length());
        return path.replaceAll("[?&]" + Pages.NOTICE + "=[^&]*", "");
      }
    }
    return fallback;
  }

  void forYou(Context ctx) {
    User u = user(ctx);
    Viewer v = Security.viewer(ctx);
    boolean hasProfile =
        !s.users().papers(u.id(), EnumSet.of(Relation.OWN, Relation.LIKE, Relation.SAVE)).isEmpty();
    List<Card> cards = new ArrayList<>();
    List<Card> toRate = List.of();
    if (hasProfile) {
      List<Recommendation> recs = s.recommender().feed(FeedRequest.of(u.id(), FEED_SIZE));
      List<Card> plain = listings.cards(recs.stream().map(r -> r.scored().paper()).toList(), v);
      for (int i = 0; i < recs.size(); i++) {
        cards.add(plain.get(i).withReason(recs.get(i).why().summary()));
      }
    }
    if (cards.size() < 5) {
      toRate = listings.cards(Listings.papersOf(s.recommender().toRate(u.id(), 10)), v);
    }
    pages.render(
        ctx, "foryou.jte", "For you", "cards", cards, "toRate", toRate, "hasProfile", hasProfile);
  }

  void vote(Context ctx) {
    User u = user(ctx);
    String paper = Params.form(ctx, "paper");
    boolean up = !"false".equals(ctx.formParam("up"));
    int count = actions.vote(u, paper, up);
    if ("fetch".equals(ctx.header("X-Requested-With"))) {
      ctx.json(Map.of("paper", paper, "votes", count, "voted", up));
      return;
    }
    Pages.redirect(ctx, back(ctx, Card.paperUrl(paper)), up ? "voted" : "unvoted");
  }

  void rate(Context ctx) {
    User u = user(ctx);
    String paper = Params.form(ctx, "paper");
    String rating = Params.form(ctx, "rating");
    actions.rate(u, paper, rating);
    Pages.redirect(ctx, back(ctx, "/for-you"), "rated");
  }

  void save(Context ctx) {
    User u = user(ctx);
    String paper = Params.form(ctx, "paper");
    Optional<Long> folder = Params.optionalId("folder", ctx.formParam("folder"));
    actions.save(u, paper, folder, Optional.empty());
    Pages.redirect(ctx, back(ctx, "/library"), "saved");
  }

  void unsave(Context ctx) {
    User u = user(ctx);
    actions.unsave(u, Params.form(ctx, "paper"));
    Pages.redirect(ctx, back(ctx, "/library"), "removed");
  }

  void note(Context ctx) {
    User u = user(ctx);
    String paper = Params.form(ctx, "paper");
    String note = ctx.formParam("note");
    actions.note(u, paper, note == null ? "" : note);
    Pages.redirect(ctx, back(ctx, "/library"), "note");
  }

  void library(Context ctx) {
    User u = user(ctx);
    Optional<Long> folderId = Params.optionalId("folder", ctx.queryParam("folder"));
    Optional<LibraryStore.Folder> folder = folderId.map(id -> actions.expectFolder(u, id));
    List<LibraryStore.Item> items = s.library().items(u.id(), folderId);
    List<Paper> papers =
        s.papers().findPapers(items.stream().map(LibraryStore.Item::paperId).toList());
    List<Card> cards = new ArrayList<>();
    List<Card> plain = listings.cards(papers, Security.viewer(ctx));
    for (int i = 0; i < plain.size(); i++) {
      cards.add(plain.get(i).withNote(items.get(i).note()));
    }
    String export = "/library/export.bib" + folderId.map(id -> "?folder=" + id).orElse("");
    pages.render(
        ctx,
        "library.jte",
        "Library",
        "folders",
        s.library().folders(u.id()),
        "current",
        folder,
        "cards",
        cards,
        "exportUrl",
        export);
  }

  void export(Context ctx) {
    User u = user(ctx);
    Optional<Long> folderId = Params.optionalId("folder", ctx.queryParam("folder"));
    folderId.ifPresent(id -> actions.expectFolder(u, id));
    List<String> ids =
        s.library().items(u.id(), folderId).stream().map(LibraryStore.Item::paperId).toList();
    ctx.contentType("application/x-bibtex; charset=utf-8");
    ctx.header("Content-Disposition", "attachment; filename=\"library.bib\"");
    ctx.result(BibtexWriter.format(s.papers().findPapers(ids)));
  }

  void createFolder(Context ctx) {
    User u = user(ctx);
    LibraryStore.Folder f = actions.createFolder(u, Params.form(ctx, "name"));
    Pages.redirect(ctx, "/library?folder=" + f.id(), "folder");
  }

  void deleteFolder(Context ctx) {
    User u = user(ctx);
    long id = Params.optionalId("folder", Params.form(ctx, "folder")).orElseThrow();
    actions.expectFolder(u, id);
    s.library().deleteFolder(u.id(), id);
    Pages.redirect(ctx, "/library", "folder-deleted");
  }
}

package org.paperradar.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.paperradar.ingest.BibtexWriter;
import org.paperradar.paper.Paper;
import org.paperradar.search.ScoredPaper;
import org.paperradar.search.SearchMode;
import org.paperradar.search.SearchRequest;
import org.paperradar.store.LibraryStore;
import org.paperradar.store.Relation;
import org.paperradar.trending.TrendingPeriod;

/** The public pages: daily papers, search, a paper, an author. */
final class PaperPages {
  static final int DAILY_LIMIT = 100;

  private final WebServices s;
  private final Listings listings;
  private final Pages pages;

  PaperPages(WebServices s, Listings listings, Pages pages) {
    this.s = s;
    this.listings = listings;
    this.pages = pages;
  }

  void register(RoutesConfig r) {
    r.get("/", this::daily);
    r.get("/papers", this::daily);
    r.get("/search", this::search);
    r.get("/paper/<id>", this::paper);
    r.get("/author", this::author);
  }

  void daily(Context ctx) {
    TrendingPeriod period = period(ctx.queryParam("period"));
    Listings.Sort sort = Listings.Sort.parse(ctx.queryParam("sort"));
    LocalDate latest = listings.latestDay();
    LocalDate day = Params.date(ctx, "day").orElse(latest);
    List<ScoredPaper> top = listings.daily(period, day, sort, DAILY_LIMIT);
    List<Card> cards = listings.cards(Listings.papersOf(top), Security.viewer(ctx));
    pages.render(
        ctx, "daily.jte", "Daily papers", "view", view(period, sort, day, latest), "cards", cards);
  }

  static TrendingPeriod period(String p) {
    return p == null || p.isBlank() ? TrendingPeriod.DAY : TrendingPeriod.parse(p);
  }

  private static DailyView view(
      TrendingPeriod period, Listings.Sort sort, LocalDate day, LocalDate latest) {
    String p = period.name().toLowerCase(java.util.Locale.ROOT);
    String so = sort.name().toLowerCase(java.util.Locale.ROOT);
    List<DailyView.Tab> periods = new ArrayList<>();
    for (TrendingPeriod t : TrendingPeriod.values()) {
      String n = t.name().toLowerCase(java.util.Locale.ROOT);
      periods.add(new DailyView.Tab(cap(n), url(n, so, day), t == period));
    }
    List<DailyView.Tab> sorts =
        List.of(
            new DailyView.Tab("Trending", url(p, "trending", day), sort == Listings.Sort.TRENDING),
            new DailyView.Tab("Newest", url(p, "newest", day), sort == Listings.Sort.NEWEST));
    int step = period.days();
    LocalDate from = day.minusDays(step - 1L);
    String heading =
        period == TrendingPeriod.DAY ? "Papers of " + day : "Papers of " + from + " to " + day;
    LocalDate next = day.plusDays(step);
    return new DailyView(
        heading,
        periods,
        sorts,
        url(p, so, day.minusDays(step)),
        "previous " + p,
        next.isAfter(latest) ? Optional.empty() : Optional.of(url(p, so, next)),
        "next " + p);
  }

  private static String cap(String s) {
    return Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }

  private static String url(String period, String sort, LocalDate day) {
    return "/papers?period=" + period + "&sort=" + sort + "&day=" + day;
  }

  /** Reads the search parameters (pages and API alike); a bad one is a 400 saying which. */
  static SearchRequest request(Context ctx, String q, int maxN) {
    SearchMode mode;
    try {
      mode = SearchMode.parse(Params.string(ctx, "mode", "hybrid"));
    } catch (IllegalArgumentException e) {
      throw WebError.badRequest(e.getMessage());
    }
    Set<String> cats = new LinkedHashSet<>();
    for (String c : ctx.queryParams("category")) {
      for (String part : c.split("[\\s,]+")) {
        if (!part.isBlank()) {
          cats.add(part.strip());
        }
      }
    }
    Optional<LocalDate> from = Params.date(ctx, "from");
    Optional<LocalDate> to = Params.date(ctx, "to");
    if (from.isPresent() && to.isPresent() && from.get().isAfter(to.get())) {
      throw WebError.badRequest("from " + from.get() + " is after to " + to.get());
    }
    int n = Params.intParam(ctx, "n", 20, 1, maxN);
    String author = ctx.queryParam("author");
    return new SearchRequest(
        q,
        mode,
        cats,
        from.orElse(null),
        to.orElse(null),
        author == null || author.isBlank() ? null : author,
        n);
  }

  void search(Context ctx) {
    String q = Params.string(ctx, "q", "").strip();
    SearchForm form =
        new SearchForm(
            q,
            Params.string(ctx, "mode", "hybrid"),
            String.join(" ", ctx.queryParams("category")),
            Params.string(ctx, "from", ""),
            Params.string(ctx, "to", ""),
            Params.string(ctx, "author", ""),
            20);
    if (q.isEmpty()) {
      pages.render(
          ctx,
          "search.jte",
          "Search",
          "form",
          form,
          "cards",
          List.of(),
          "warning",
          Optional.empty());
      return;
    }
    SearchRequest r = request(ctx, q, 100);
    Listings.SearchResult res = listings.search(r, "true".equals(ctx.queryParam("literal")));
    List<Paper> papers = Listings.papersOf(res.hits());
    List<Card> cards =
        listings.cards(
            papers, Security.viewer(ctx), p -> Optional.of(res.snippets().get(papers.indexOf(p))));
    form =
        new SearchForm(
            q,
            r.mode().name().toLowerCase(java.util.Locale.ROOT),
            form.categories(),
            form.from(),
            form.to(),
            form.author(),
            r.limit());
    pages.render(
        ctx, "search.jte", q + " · Search", "form", form, "cards", cards, "warning", res.warning());
  }

  void paper(Context ctx) {
    String id = ctx.pathParam("id");
    Paper p =
        s.papers()
            .findPaper(id)
            .orElseThrow(() -> WebError.notFound("no paper with id " + Params.clip(id)));
    Viewer v = Security.viewer(ctx);
    int votes = listings.votes().counts(List.of(id)).get(id) + p.upvotes();
    boolean voted = false;
    String rating = "";
    Optional<LibraryStore.Item> item = Optional.empty();
    List<LibraryStore.Folder> folders = List.of();
    if (v.user().isPresent()) {
      long uid = v.user().get().id();
      voted = !listings.votes().votedBy(uid, List.of(id)).isEmpty();
      Set<Relation> rel = s.users().papers(uid).getOrDefault(id, Set.of());
      rating =
          rel.contains(Relation.LIKE) ? "like" : rel.contains(Relation.DISLIKE) ? "dislike" : "";
      item = s.library().findItem(uid, id);
      folders = s.library().folders(uid);
      if (!rel.contains(Relation.SEEN)) {
        s.users().add(uid, Relation.SEEN, List.of(id));
      }
    }
    List<Card.Link> cats = new ArrayList<>();
    for (String c : p.categories()) {
      cats.add(
          new Card.Link(
              c,
              "/search?mode=lexical&q=*:*&category="
                  + URLEncoder.encode(c, StandardCharsets.UTF_8)));
    }
    boolean arxiv = !p.isLocal();
    PaperView view =
        new PaperView(
            p.id(),
            p.title(),
            p.abstractText(),
            Card.authorLinks(p.authors(), Integer.MAX_VALUE),
            dateLine(p),
            cats,
            arxiv ? Optional.of("https://arxiv.org/abs/" + p.id()) : Optional.empty(),
            arxiv ? Optional.of("https://arxiv.org/pdf/" + p.id()) : Optional.empty(),
            Optional.ofNullable(p.comment()).filter(c -> !c.isBlank()),
            BibtexWriter.format(List.of(p)),
            votes,
            voted,
            rating,
            item.isPresent(),
            item.flatMap(LibraryStore.Item::folderId),
            folders);
    List<Card> similar = listings.cards(Listings.papersOf(listings.similar(id, 6)), v);
    pages.render(ctx, "paper.jte", p.title(), "p", view, "similar", similar);
  }

  private static String dateLine(Paper p) {
    if (p.announced() != null) {
      return "Announced "
          + p.announced()
          + (p.submitted() != null ? " · submitted " + p.submitted() : "");
    }
    return p.date() == null ? "" : "Dated " + p.date();
  }

  void author(Context ctx) {
    String name = Params.string(ctx, "name", "").strip();
    if (name.isEmpty()) {
      throw WebError.badRequest("name is missing: /author?name=Full Name");
    }
    List<Paper> papers = s.authors().papers(name, 200);
    if (papers.isEmpty()) {
      throw WebError.notFound("no papers by '" + Params.clip(name) + "'");
    }
    List<Card.Link> co = new ArrayList<>();
    for (var c : s.authors().coAuthors(name, 30)) {
      co.add(new Card.Link(c.name() + " (" + c.papers() + ")", Card.authorUrl(c.name())));
    }
    pages.render(
        ctx,
        "author.jte",
        name,
        "name",
        name,
        "papers",
        listings.cards(papers, Security.viewer(ctx)),
        "coAuthors",
        co);
  }
}

package org.paperradar.web;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.paperradar.ingest.BibtexWriter;
import org.paperradar.paper.Paper;
import org.paperradar.recommend.FeedRequest;
import org.paperradar.recommend.Recommendation;
import org.paperradar.search.ScoredPaper;
import org.paperradar.search.SearchRequest;
import org.paperradar.store.Relation;
import org.paperradar.store.User;
import org.paperradar.trending.TrendingPeriod;

/**
 * The JSON API under {@code /api/v1}, mirroring the pages: search, papers (with similar papers and
 * BibTeX), daily and trending papers, the feed, ratings and votes. The library lives in {@link
 * ApiLibrary}. Authenticated by an API token ({@code Authorization: Bearer rdr_…}) or, for the
 * site's own scripts, the session cookie plus an {@code X-CSRF-Token} header.
 */
final class ApiRoutes {
  static final String V1 = "/api/v1";

  private final WebServices s;
  private final Listings listings;
  private final ReaderActions actions;

  ApiRoutes(WebServices s, Listings listings, ReaderActions actions) {
    this.s = s;
    this.listings = listings;
    this.actions = actions;
  }

  void register(RoutesConfig r) {
    r.get("/api/openapi.json", OpenApi::serve);
    r.get(V1 + "/me", this::me);
    r.get(V1 + "/search", this::search);
    r.get(V1 + "/papers/<id>", this::paper);
    r.get(V1 + "/daily", ctx -> daily(ctx, Listings.Sort.parse(ctx.queryParam("sort"))));
    r.get(V1 + "/trending", ctx -> daily(ctx, Listings.Sort.TRENDING));
    r.get(V1 + "/feed", this::feed);
    r.get(V1 + "/to-rate", this::toRate);
    r.get(V1 + "/ratings", this::ratings);
    r.post(V1 + "/ratings", this::rate);
    r.post(V1 + "/votes", this::vote);
    r.delete(V1 + "/votes/<id>", this::unvote);
  }

  private List<Json.PaperJson> papers(List<Paper> ps) {
    Map<String, Integer> votes = listings.votes().counts(ps.stream().map(Paper::id).toList());
    return ps.stream().map(p -> Json.PaperJson.of(p, votes.get(p.id()) + p.upvotes())).toList();
  }

  private List<Json.Hit> hits(List<ScoredPaper> ranked) {
    List<Json.PaperJson> ps = papers(Listings.papersOf(ranked));
    List<Json.Hit> out = new ArrayList<>();
    for (int i = 0; i < ranked.size(); i++) {
      out.add(Json.hit(ps.get(i), ranked.get(i).score(), ranked.get(i).parts(), null));
    }
    return out;
  }

  void me(Context ctx) {
    Viewer v = Security.viewer(ctx);
    User u = v.expectUser();
    ctx.json(Map.of("id", u.id(), "name", u.name(), "role", v.role().dbValue()));
  }

  void search(Context ctx) {
    String q = Params.string(ctx, "q", "").strip();
    if (q.isEmpty()) {
      throw WebError.badRequest("q (the query) is missing");
    }
    SearchRequest r = PaperPages.request(ctx, q, 100);
    Listings.SearchResult res = listings.search(r, "true".equals(ctx.queryParam("literal")));
    List<Json.PaperJson> ps = papers(Listings.papersOf(res.hits()));
    List<Json.Hit> out = new ArrayList<>();
    for (int i = 0; i < ps.size(); i++) {
      ScoredPaper h = res.hits().get(i);
      out.add(Json.hit(ps.get(i), h.score(), h.parts(), res.snippets().get(i)));
    }
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("query", q);
    body.put("mode", r.mode().name().toLowerCase(Locale.ROOT));
    body.put("warning", res.warning().orElse(null));
    body.put("count", out.size());
    body.put("results", out);
    ctx.json(body);
  }

  /** {@code /papers/ID}, {@code /papers/ID/similar}, {@code /papers/ID/bibtex}. */
  void paper(Context ctx) {
    String path = ctx.pathParam("id");
    String part = "";
    for (String suffix : List.of("/similar", "/bibtex")) {
      if (path.endsWith(suffix)) {
        part = suffix;
        path = path.substring(0, path.length() - suffix.length());
      }
    }
    String id = path;
    Paper p =
        s.papers()
            .findPaper(id)
            .orElseThrow(() -> WebError.notFound("no paper with id " + Params.clip(id)));
    switch (part) {
      case "/similar" -> {
        int n = Params.intParam(ctx, "n", 10, 1, 100);
        ctx.json(Map.of("paper", id, "results", hits(listings.similar(id, n))));
      }
      case "/bibtex" ->
          ctx.contentType("application/x-bibtex; charset=utf-8")
              .result(BibtexWriter.format(List.of(p)));
      default -> ctx.json(papers(List.of(p)).get(0));
    }
  }

  void daily(Context ctx, Listings.Sort sort) {
    TrendingPeriod period;
    try {
      period = PaperPages.period(ctx.queryParam("period"));
    } catch (IllegalArgumentException e) {
      throw WebError.badRequest(e.getMessage());
    }
    LocalDate day = Params.date(ctx, "day").orElse(listings.latestDay());
    int n = Params.intParam(ctx, "n", 50, 1, 1000);
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("period", period.name().toLowerCase(Locale.ROOT));
    body.put("day", day.toString());
    body.put("from", day.minusDays(period.days() - 1L).toString());
    body.put("sort", sort.name().toLowerCase(Locale.ROOT));
    body.put("halfLifeHours", period.halfLife().toHours());
    body.put("results", hits(listings.daily(period, day, sort, n)));
    ctx.json(body);
  }

  void feed(Context ctx) {
    User u = Security.viewer(ctx).expectUser();
    int n = Params.intParam(ctx, "n", 20, 1, 200);
    List<Recommendation> recs = s.recommender().feed(FeedRequest.of(u.id(), n));
    List<Json.PaperJson> ps = papers(recs.stream().map(r -> r.scored().paper()).toList());
    List<Json.FeedItem> out = new ArrayList<>();
    for (int i = 0; i < recs.size(); i++) {
      Recommendation r = recs.get(i);
      out.add(
          new Json.FeedItem(
              ps.get(i), r.scored().score(), r.scored().parts(), r.why(), r.why().summary()));
    }
    ctx.json(Map.of("results", out));
  }

  void toRate(Context ctx) {
    User u = Security.viewer(ctx).expectUser();
    int n = Params.intParam(ctx, "n", 10, 1, 100);
    ctx.json(Map.of("results", hits(s.recommender().toRate(u.id(), n))));
  }

  void ratings(Context ctx) {
    User u = Security.viewer(ctx).expectUser();
    List<RatingJson> out = new ArrayList<>();
    s.users()
        .papers(u.id())
        .forEach(
            (id, rels) -> {
              for (Relation r : rels) {
                if (r != Relation.SEEN) {
                  out.add(new RatingJson(id, r.dbValue()));
                }
              }
            });
    ctx.json(Map.of("ratings", out));
  }

  /** One of the reader's relations to a paper. */
  record RatingJson(String paper, String relation) {}

  void rate(Context ctx) {
    User u = Security.viewer(ctx).expectUser();
    JsonNode b = Json.body(ctx);
    String paper = Json.text(b, "paper");
    String rating = Json.text(b, "rating");
    actions.rate(u, paper, rating);
    ctx.json(Map.of("paper", paper, "rating", rating));
  }

  void vote(Context ctx) {
    User u = Security.viewer(ctx).expectUser();
    String paper = Json.text(Json.body(ctx), "paper");
    int n = actions.vote(u, paper, true);
    ctx.status(201).json(Map.of("paper", paper, "votes", n, "voted", true));
  }

  void unvote(Context ctx) {
    User u = Security.viewer(ctx).expectUser();
    String paper = ctx.pathParam("id");
    int n = actions.vote(u, paper, false);
    ctx.json(Map.of("paper", paper, "votes", n, "voted", false));
  }
}

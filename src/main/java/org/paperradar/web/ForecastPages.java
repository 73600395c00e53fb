package org.paperradar.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.paperradar.forecast.ConceptTrend;
import org.paperradar.forecast.DirectionSuggester;
import org.paperradar.forecast.TrendChartSvg;
import org.paperradar.paper.Paper;
import org.paperradar.store.Relation;
import org.paperradar.store.User;
import org.paperradar.web.ForecastView.ConceptView;
import org.paperradar.web.ForecastView.DirectionView;
import org.paperradar.web.ForecastView.NeighbourView;
import org.paperradar.web.ForecastView.PaperRef;

/**
 * Research-direction forecasting on the site: the signed-in reader's suggested directions (from
 * their own, liked and saved papers) and a concept's page (its trend as an inline SVG chart and a
 * table, its strongest neighbours, its newest papers), with their JSON mirrors under {@code
 * /api/v1}. Both need the concept graph of {@code radar forecast build}; without one the pages say
 * how to build it and the API answers 503.
 */
final class ForecastPages {
  static final int DIRECTIONS = 10;
  static final int NEIGHBOURS = 20;
  static final int RECENT = 10;

  /** Monthly trends longer than this are drawn per year. */
  static final int MAX_MONTHS = 60;

  private final WebServices s;
  private final Listings listings;
  private final Pages pages;

  ForecastPages(WebServices s, Listings listings, Pages pages) {
    this.s = s;
    this.listings = listings;
    this.pages = pages;
  }

  void register(RoutesConfig r) {
    r.get("/directions", this::directionsPage);
    r.get("/concept/<name>", this::conceptPage);
    r.get(ApiRoutes.V1 + "/directions", this::directionsApi);
    r.get(ApiRoutes.V1 + "/concepts/<name>", this::conceptApi);
  }

  /** A concept page's URL (the name percent-encoded, slashes kept as path characters). */
  static String conceptUrl(String name) {
    return "/concept/"
        + URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20").replace("%2F", "/");
  }

  private List<String> readerPapers(User u) {
    return s.users().papers(u.id(), EnumSet.of(Relation.OWN, Relation.LIKE, Relation.SAVE));
  }

  private List<DirectionView> directions(Forecasts.Loaded g, List<String> mine, int n) {
    List<DirectionSuggester.Direction> ds = s.forecasts().directions(g, mine, n);
    Set<String> ids = new LinkedHashSet<>();
    ds.forEach(
        d -> {
          ids.addAll(d.ownPapers());
          ids.addAll(d.otherPapers());
        });
    Map<String, String> titles = titles(ids);
    List<DirectionView> out = new ArrayList<>();
    for (var d : ds) {
      out.add(
          new DirectionView(
              d.ownConcept(),
              conceptUrl(d.ownConcept()),
              d.otherConcept(),
              conceptUrl(d.otherConcept()),
              d.probability(),
              refs(d.ownPapers(), titles),
              refs(d.otherPapers(), titles)));
    }
    return out;
  }

  private Map<String, String> titles(Set<String> ids) {
    Map<String, String> titles = new HashMap<>();
    for (Paper p : s.papers().findPapers(ids)) {
      titles.put(p.id(), p.title());
    }
    return titles;
  }

  private static List<PaperRef> refs(List<String> ids, Map<String, String> titles) {
    return ids.stream()
        .map(id -> new PaperRef(id, titles.getOrDefault(id, ""), Card.paperUrl(id)))
        .toList();
  }

  void directionsPage(Context ctx) {
    User u = Security.viewer(ctx).expectUser();
    Optional<Forecasts.Loaded> g = s.forecasts().current();
    List<String> mine = readerPapers(u);
    List<DirectionView> ds =
        g.isPresent() && !mine.isEmpty() ? directions(g.get(), mine, DIRECTIONS) : List.of();
    pages.render(
        ctx,
        "directions.jte",
        "Directions",
        "hasGraph",
        g.isPresent(),
        "buildCommand",
        Forecasts.BUILD_COMMAND,
        "hasPapers",
        !mine.isEmpty(),
        "directions",
        ds);
  }

  void directionsApi(Context ctx) {
    User u = Security.viewer(ctx).expectUser();
    int n = Params.intParam(ctx, "n", DIRECTIONS, 1, 50);
    Forecasts.Loaded g = s.forecasts().expect();
    List<String> mine = readerPapers(u);
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("papers", mine.size());
    body.put("horizonDays", g.horizonDays);
    body.put("results", mine.isEmpty() ? List.of() : directions(g, mine, n));
    ctx.json(body);
  }

  private static ConceptTrend.Step step(Context ctx) {
    String p = ctx.queryParam("step");
    if (p == null || p.isBlank()) {
      return null;
    }
    return switch (p.strip().toLowerCase(Locale.ROOT)) {
      case "month" -> ConceptTrend.Step.MONTH;
      case "year" -> ConceptTrend.Step.YEAR;
      default -> throw WebError.badRequest("step must be month or year");
    };
  }

  private record Found(Forecasts.Loaded g, int id, ConceptTrend trend) {}

  private Found find(Context ctx, Forecasts.Loaded g) {
    String name = ctx.pathParam("name");
    int id =
        Forecasts.findConcept(g, name)
            .orElseThrow(
                () ->
                    WebError.notFound(
                        "no concept '" + Params.clip(name) + "' in the concept graph"));
    ConceptTrend.Step step = step(ctx);
    ConceptTrend t = Forecasts.trend(g, id, step == null ? ConceptTrend.Step.MONTH : step);
    if (step == null && t.points().size() > MAX_MONTHS) {
      t = Forecasts.trend(g, id, ConceptTrend.Step.YEAR);
    }
    return new Found(g, id, t);
  }

  void conceptPage(Context ctx) {
    Optional<Forecasts.Loaded> g = s.forecasts().current();
    if (g.isEmpty()) {
      pages.render(
          ctx,
          "concept.jte",
          "Concept",
          "hasGraph",
          false,
          "buildCommand",
          Forecasts.BUILD_COMMAND,
          "c",
          Optional.empty(),
          "papers",
          List.of());
      return;
    }
    Found f = find(ctx, g.get());
    ConceptTrend t = f.trend();
    boolean yearly = t.step() == ConceptTrend.Step.YEAR;
    ConceptView view =
        new ConceptView(
            t.concept(),
            yearly ? "year" : "month",
            t.totalPapers(),
            TrendChartSvg.render(t, 720, 240),
            t.points(),
            Forecasts.neighbours(f.g(), f.id(), NEIGHBOURS).stream()
                .map(nb -> new NeighbourView(nb.concept(), nb.papers(), conceptUrl(nb.concept())))
                .toList(),
            conceptUrl(t.concept()) + "?step=" + (yearly ? "month" : "year"),
            yearly ? "per month" : "per year");
    List<String> recent = Forecasts.recentPapers(f.g(), f.id(), RECENT);
    List<Card> cards = listings.cards(s.papers().findPapers(recent), Security.viewer(ctx));
    pages.render(
        ctx,
        "concept.jte",
        t.concept() + " · Concept",
        "hasGraph",
        true,
        "buildCommand",
        Forecasts.BUILD_COMMAND,
        "c",
        Optional.of(view),
        "papers",
        cards);
  }

  void conceptApi(Context ctx) {
    Found f = find(ctx, s.forecasts().expect());
    ConceptTrend t = f.trend();
    List<String> recent = Forecasts.recentPapers(f.g(), f.id(), RECENT);
    Map<String, String> titles = titles(new LinkedHashSet<>(recent));
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("concept", t.concept());
    body.put("url", conceptUrl(t.concept()));
    body.put("step", t.step().name().toLowerCase(Locale.ROOT));
    body.put("totalPapers", t.totalPapers());
    body.put("points", t.points());
    body.put(
        "neighbours",
        Forecasts.neighbours(f.g(), f.id(), NEIGHBOURS).stream()
            .map(nb -> new NeighbourView(nb.concept(), nb.papers(), conceptUrl(nb.concept())))
            .toList());
    body.put("recentPapers", refs(recent, titles));
    ctx.json(body);
  }
}

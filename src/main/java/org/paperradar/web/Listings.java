package org.paperradar.web;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.apache.lucene.search.Query;
import org.paperradar.paper.Paper;
import org.paperradar.search.LexicalQueries;
import org.paperradar.search.QuerySyntaxException;
import org.paperradar.search.ScoredPaper;
import org.paperradar.search.SearchRequest;
import org.paperradar.search.Snippets;
import org.paperradar.trending.TrendingPeriod;

/**
 * What pages and the API both list: search results with snippets, daily papers (trending or newest,
 * cached briefly since a month is thousands of rows), similar papers; and cards with vote counts
 * for any list of papers.
 */
final class Listings {
  static final Duration DAILY_TTL = Duration.ofSeconds(30);

  /** How the daily papers are ordered. */
  enum Sort {
    TRENDING,
    NEWEST;

    static Sort parse(String s) {
      return switch (s == null ? "trending" : s.strip()) {
        case "trending" -> TRENDING;
        case "newest" -> NEWEST;
        default ->
            throw WebError.badRequest(
                "sort must be trending or newest, got '" + Params.clip(s) + "'");
      };
    }
  }

  /** One search's results, each with its snippet, and the warning about the mode, if any. */
  record SearchResult(
      List<ScoredPaper> hits, List<Snippets.Snippet> snippets, Optional<String> warning) {}

  private record DailyKey(TrendingPeriod period, LocalDate day, Sort sort) {}

  private record Cached(List<ScoredPaper> papers, long at) {}

  private record LatestDay(LocalDate day, long at) {}

  private record SearchKey(SearchRequest request, boolean literal) {}

  private record CachedSearch(SearchResult result, long at) {}

  static final int SEARCH_CACHE_SIZE = 5000;
  private final Map<SearchKey, CachedSearch> searches = new ConcurrentHashMap<>();

  private final WebServices s;
  private final VoteCounts votes;
  private final LexicalQueries queries = new LexicalQueries();
  private final Snippets snippets = new Snippets();
  private final Map<DailyKey, Cached> daily = new ConcurrentHashMap<>();
  private volatile LatestDay latestDay;

  Listings(WebServices s, VoteCounts votes) {
    this.s = s;
    this.votes = votes;
  }

  VoteCounts votes() {
    return votes;
  }

  /**
   * Searches; {@code literal} takes the words as typed, ignoring the query syntax. Results (with
   * snippets) are cached for {@link #DAILY_TTL} by request: they do not depend on the reader, and
   * the index itself is refreshed only once a minute.
   */
  SearchResult search(SearchRequest r, boolean literal) {
    SearchKey key = new SearchKey(r, literal);
    CachedSearch c = searches.get(key);
    if (c != null && System.nanoTime() - c.at() < DAILY_TTL.toNanos()) {
      return c.result();
    }
    SearchResult fresh = searchUncached(r, literal);
    if (searches.size() >= SEARCH_CACHE_SIZE) {
      searches.clear(); // crude but bounded; a full cache is rebuilt within seconds
    }
    searches.put(key, new CachedSearch(fresh, System.nanoTime()));
    return fresh;
  }

  private SearchResult searchUncached(SearchRequest r, boolean literal) {
    List<ScoredPaper> hits;
    Query text;
    try {
      hits = s.search().search(r, literal);
      text = queries.parse(r.query(), literal);
    } catch (QuerySyntaxException e) {
      throw WebError.badRequest(e.getMessage().replace("--literal", "literal=true"));
    }
    List<Snippets.Snippet> sn = new ArrayList<>(hits.size());
    for (ScoredPaper h : hits) {
      sn.add(snippets.forAbstract(text, h.paper().abstractText()));
    }
    return new SearchResult(hits, sn, s.search().coverage().warning(r.mode()));
  }

  /** The latest announcement day in the store (today when empty), cached with the listings. */
  LocalDate latestDay() {
    LatestDay c = latestDay;
    if (c == null || System.nanoTime() - c.at() > DAILY_TTL.toNanos()) {
      LocalDate d = s.papers().latestAnnounced().orElse(LocalDate.now(java.time.ZoneOffset.UTC));
      c = new LatestDay(d, System.nanoTime());
      latestDay = c;
    }
    return c.day();
  }

  List<ScoredPaper> daily(TrendingPeriod period, LocalDate day, Sort sort, int limit) {
    DailyKey key = new DailyKey(period, day, sort);
    Cached c = daily.get(key);
    if (c == null || !fresh(c)) {
      List<ScoredPaper> all = s.trending().trending(period, day, Integer.MAX_VALUE);
      if (sort == Sort.NEWEST) {
        all = new ArrayList<>(all);
        all.sort(
            Comparator.comparing((ScoredPaper p) -> dateOf(p.paper()), Comparator.reverseOrder())
                .thenComparing(ScoredPaper::id, Comparator.reverseOrder()));
      }
      c = new Cached(List.copyOf(all), System.nanoTime());
      daily.put(key, c);
    }
    return c.papers().subList(0, Math.min(limit, c.papers().size()));
  }

  private static LocalDate dateOf(Paper p) {
    return p.date() == null ? LocalDate.MIN : p.date();
  }

  private static boolean fresh(Cached c) {
    return System.nanoTime() - c.at() < DAILY_TTL.toNanos();
  }

  /** After a vote, trending orders are stale. */
  void votesChanged() {
    daily.clear();
  }

  /** Papers like this one; none when it is not indexed (yet). */
  List<ScoredPaper> similar(String id, int limit) {
    try {
      return s.search().similar(id, limit);
    } catch (IllegalArgumentException e) {
      return List.of();
    }
  }

  List<Card> cards(
      List<Paper> papers, Viewer viewer, Function<Paper, Optional<Snippets.Snippet>> snippet) {
    List<String> ids = papers.stream().map(Paper::id).toList();
    Map<String, Integer> counts = votes.counts(ids);
    Set<String> mine = viewer.user().map(u -> votes.votedBy(u.id(), ids)).orElse(Set.of());
    List<Card> out = new ArrayList<>(papers.size());
    for (Paper p : papers) {
      out.add(
          Card.of(p, counts.get(p.id()) + p.upvotes(), mine.contains(p.id()), snippet.apply(p)));
    }
    return out;
  }

  List<Card> cards(List<Paper> papers, Viewer viewer) {
    return cards(papers, viewer, p -> Optional.empty());
  }

  static List<Paper> papersOf(List<ScoredPaper> scored) {
    return scored.stream().map(ScoredPaper::paper).toList();
  }
}

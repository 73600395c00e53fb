package org.paperradar.digest;

import com.rometools.rome.feed.synd.SyndCategory;
import com.rometools.rome.feed.synd.SyndCategoryImpl;
import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndContentImpl;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndEntryImpl;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndFeedImpl;
import com.rometools.rome.feed.synd.SyndLink;
import com.rometools.rome.feed.synd.SyndLinkImpl;
import com.rometools.rome.feed.synd.SyndPerson;
import com.rometools.rome.feed.synd.SyndPersonImpl;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedOutput;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.paperradar.paper.Paper;
import org.paperradar.search.ScoredPaper;
import org.paperradar.store.PaperDao;
import org.paperradar.store.User;
import org.paperradar.trending.Trending;
import org.paperradar.trending.TrendingPeriod;

/**
 * Atom 1.0 feeds, written with Rome: a reader's digest papers (behind a secret URL), the newest
 * papers of a category, and the trending papers. Entries link to the web app's paper pages; a
 * paper's entry id is its page URL, so feed readers recognise it across feeds.
 */
public final class AtomFeeds {
  public static final String CONTENT_TYPE = "application/atom+xml; charset=utf-8";
  static final int ENTRIES = 50;

  /** Days of announcements a category feed looks back from the latest one. */
  static final int CATEGORY_DAYS = 14;

  private final PaperDao papers;
  private final DigestStore store;
  private final Trending trending;
  private final DigestConfig config;
  private final Clock clock;

  public AtomFeeds(
      PaperDao papers, DigestStore store, Trending trending, DigestConfig config, Clock clock) {
    this.papers = papers;
    this.store = store;
    this.trending = trending;
    this.config = config;
    this.clock = clock;
  }

  /** The papers of the reader's digests, newest digest first. */
  public String userFeed(User user, String selfUrl) {
    List<DigestStore.Item> items = store.recentItems(user.id(), ENTRIES);
    Map<String, Paper> byId = new HashMap<>();
    for (Paper p : papers.findPapers(items.stream().map(DigestStore.Item::paperId).toList())) {
      byId.put(p.id(), p);
    }
    List<Entry> entries = new ArrayList<>();
    for (DigestStore.Item i : items) {
      Paper p = byId.get(i.paperId());
      if (p != null) {
        entries.add(new Entry(p, i.reason()));
      }
    }
    return write("PaperRadar: papers for " + user.name(), selfUrl, config.settingsUrl(), entries);
  }

  /** The newest papers listing the category, newest first. */
  public String categoryFeed(String category) {
    List<Paper> found = new ArrayList<>();
    papers
        .latestAnnounced()
        .ifPresent(
            last ->
                papers.forEachAnnounced(
                    last.minusDays(CATEGORY_DAYS - 1L),
                    last,
                    p -> {
                      if (p.categories().contains(category)) {
                        found.add(p);
                      }
                    }));
    found.sort(
        Comparator.comparing(AtomFeeds::day)
            .reversed()
            .thenComparing(Paper::id, Comparator.reverseOrder()));
    List<Entry> entries = found.stream().limit(ENTRIES).map(p -> new Entry(p, "")).toList();
    return write(
        "PaperRadar: new in " + category,
        config.categoryFeedUrl(category),
        config.baseUrl().toString(),
        entries);
  }

  /** The week's trending papers, best first. */
  public String trendingFeed() {
    LocalDate today = LocalDate.now(clock);
    LocalDate ref = papers.latestAnnounced().filter(d -> d.isBefore(today)).orElse(today);
    List<Entry> entries = new ArrayList<>();
    for (ScoredPaper s : trending.trending(TrendingPeriod.WEEK, ref, clock.instant(), ENTRIES)) {
      entries.add(new Entry(s.paper(), ""));
    }
    return write(
        "PaperRadar: trending", config.trendingFeedUrl(), config.baseUrl().toString(), entries);
  }

  private record Entry(Paper paper, String why) {}

  private String write(String title, String selfUrl, String alternate, List<Entry> entries) {
    SyndFeed feed = new SyndFeedImpl();
    feed.setFeedType("atom_1.0");
    feed.setTitle(title);
    feed.setUri(selfUrl);
    feed.setLinks(
        List.of(
            link("self", selfUrl, "application/atom+xml"),
            link("alternate", alternate, "text/html")));
    feed.setAuthors(List.of(person("PaperRadar")));
    // Atom's feed <updated>: the newest entry, or now for an empty feed.
    Date updated =
        entries.stream()
            .map(e -> date(e.paper()))
            .max(Comparator.naturalOrder())
            .orElse(Date.from(clock.instant()));
    feed.setPublishedDate(updated);
    List<SyndEntry> out = new ArrayList<>();
    for (Entry e : entries) {
      out.add(entry(e));
    }
    feed.setEntries(out);
    try {
      return new SyndFeedOutput().outputString(feed, true);
    } catch (FeedException ex) {
      throw new IllegalStateException("cannot write the Atom feed " + selfUrl, ex);
    }
  }

  private SyndEntry entry(Entry e) {
    Paper p = e.paper();
    SyndEntry entry = new SyndEntryImpl();
    String url = config.paperUrl(p.id());
    entry.setUri(url);
    entry.setTitle(p.title().replaceAll("\\s+", " ").strip());
    entry.setLink(url);
    entry.setPublishedDate(date(p));
    entry.setUpdatedDate(
        p.updated() != null && p.updated().isAfter(day(p)) ? date(p.updated()) : date(p));
    List<SyndPerson> authors = new ArrayList<>();
    for (String a : p.authors()) {
      authors.add(person(a));
    }
    if (authors.isEmpty()) {
      authors.add(person("unknown"));
    }
    entry.setAuthors(authors);
    List<SyndCategory> cats = new ArrayList<>();
    for (String c : p.categories()) {
      SyndCategory cat = new SyndCategoryImpl();
      cat.setName(c);
      cats.add(cat);
    }
    entry.setCategories(cats);
    SyndContent summary = new SyndContentImpl();
    summary.setType("text");
    summary.setValue(
        (e.why().isEmpty() ? "" : "Why: " + e.why() + "\n\n")
            + p.abstractText().replaceAll("\\s+", " ").strip());
    entry.setDescription(summary);
    return entry;
  }

  private static SyndLink link(String rel, String href, String type) {
    SyndLink l = new SyndLinkImpl();
    l.setRel(rel);
    l.setHref(href);
    l.setType(type);
    return l;
  }

  private static SyndPerson person(String name) {
    SyndPerson p = new SyndPersonImpl();
    p.setName(name);
    return p;
  }

  private static LocalDate day(Paper p) {
    return p.date() != null ? p.date() : LocalDate.EPOCH;
  }

  private static Date date(Paper p) {
    return date(day(p));
  }

  private static Date date(LocalDate d) {
    return Date.from(d.atStartOfDay(ZoneOffset.UTC).toInstant());
  }
}

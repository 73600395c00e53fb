package org.paperradar.digest;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.paperradar.paper.Paper;
import org.paperradar.recommend.FeedRequest;
import org.paperradar.recommend.Recommendation;
import org.paperradar.recommend.Recommender;
import org.paperradar.search.ScoredPaper;
import org.paperradar.store.PaperDao;
import org.paperradar.store.User;
import org.paperradar.trending.Trending;
import org.paperradar.trending.TrendingPeriod;

/**
 * What goes into a reader's digest: the top new papers since their last digest from the same
 * recommender as the web feed, and the day's (or week's) trending papers, in the reader's
 * categories, leaving out every paper they were sent before.
 */
public final class DigestComposer {
  private final Recommender recommender;
  private final Trending trending;
  private final PaperDao papers;
  private final DigestStore store;
  private final Outbox outbox;
  private final DigestConfig config;

  public DigestComposer(
      Recommender recommender,
      Trending trending,
      PaperDao papers,
      DigestStore store,
      Outbox outbox,
      DigestConfig config) {
    this.recommender = recommender;
    this.trending = trending;
    this.papers = papers;
    this.store = store;
    this.outbox = outbox;
    this.config = config;
  }

  /** The period a digest sent at {@code day} belongs to. */
  public static String period(DigestSettings.Frequency f, LocalDate day) {
    if (f == DigestSettings.Frequency.WEEKLY) {
      return String.format(
          Locale.ROOT,
          "%d-W%02d",
          day.get(IsoFields.WEEK_BASED_YEAR),
          day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }
    return day.toString();
  }

  public Digest compose(User user, DigestSettings settings, Instant now) {
    ZoneId zone = config.zone();
    LocalDate day = LocalDate.ofInstant(now, zone);
    boolean weekly = settings.frequency() == DigestSettings.Frequency.WEEKLY;
    LocalDate since =
        outbox
            .latest(user.id())
            .map(e -> LocalDate.ofInstant(e.created(), zone))
            .orElse(weekly ? day.with(DayOfWeek.MONDAY).minusDays(7) : day.minusDays(1));
    Set<String> sent = new HashSet<>(store.suggested(user.id()));
    Set<String> cats = settings.categories();

    List<Recommendation> recs = new ArrayList<>();
    int ask = Math.min(1000, config.recommended() * 4 + 20);
    for (Recommendation r :
        recommender.feed(new FeedRequest(user.id(), Optional.of(since), ask, true))) {
      if (recs.size() < config.recommended() && fits(r.scored().paper(), cats, sent)) {
        recs.add(r);
        sent.add(r.id());
      }
    }

    List<ScoredPaper> hot = new ArrayList<>();
    // A weekend or holiday has no announcements: trending then means the last announced day,
    // unless that day was already covered by the previous digest.
    LocalDate ref = papers.latestAnnounced().filter(d -> d.isBefore(day)).orElse(day);
    if (config.trending() > 0 && !ref.isBefore(since)) {
      TrendingPeriod period = weekly ? TrendingPeriod.WEEK : TrendingPeriod.DAY;
      for (ScoredPaper p : trending.trending(period, ref, now, config.trending() * 4 + 20)) {
        if (hot.size() < config.trending() && fits(p.paper(), cats, sent)) {
          hot.add(p);
          sent.add(p.id());
        }
      }
    }
    return new Digest(user, period(settings.frequency(), day), day, since, recs, hot);
  }

  private static boolean fits(Paper p, Set<String> categories, Set<String> sent) {
    if (sent.contains(p.id())) {
      return false;
    }
    return categories.isEmpty() || p.categories().stream().anyMatch(categories::contains);
  }
}

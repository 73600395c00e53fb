package org.paperradar.trending;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.paperradar.paper.Paper;
import org.paperradar.search.ScorePart;
import org.paperradar.search.ScoredPaper;
import org.paperradar.store.PaperDao;

/**
 * Trending papers of a period: the papers announced in its days, ranked by time-decayed votes.
 * Local votes count by their own time; upvotes imported from Hugging Face Daily Papers carry no
 * time, so they count as cast at the paper's announcement (00:00 UTC). Ties go to the newer paper,
 * then to the id, so the order is stable.
 */
public final class Trending {
  private final PaperDao papers;
  private final VoteStore votes;

  public Trending(PaperDao papers, VoteStore votes) {
    this.papers = papers;
    this.votes = votes;
  }

  /**
   * The period as it stood at the end of {@code day} (or now, if that day is not over): browsing an
   * old day shows what was trending then, not votes decayed to nothing since.
   */
  public List<ScoredPaper> trending(TrendingPeriod period, LocalDate day, int limit) {
    Instant endOfDay = day.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
    Instant now = Instant.now();
    return trending(period, day, now.isBefore(endOfDay) ? now : endOfDay, limit);
  }

  /**
   * The top {@code limit} papers of the period that ends on {@code day}, weighed as seen at {@code
   * now}. Papers without any vote are listed after those with votes, newest first.
   */
  public List<ScoredPaper> trending(TrendingPeriod period, LocalDate day, Instant now, int limit) {
    LocalDate from = day.minusDays(period.days() - 1L);
    Map<String, Paper> inPeriod = new HashMap<>();
    papers.forEachAnnounced(from, day, p -> inPeriod.put(p.id(), p));
    Map<String, double[]> local = new HashMap<>(); // id -> {weight, count}
    Instant since = from.atStartOfDay(ZoneOffset.UTC).toInstant();
    for (VoteStore.Vote v : votes.votesSince(since)) {
      if (inPeriod.containsKey(v.paperId())) {
        double[] w = local.computeIfAbsent(v.paperId(), k -> new double[2]);
        w[0] += decay(v.at(), now, period.halfLife());
        w[1]++;
      }
    }
    List<ScoredPaper> out = new ArrayList<>(inPeriod.size());
    for (Paper p : inPeriod.values()) {
      double[] w = local.getOrDefault(p.id(), new double[2]);
      double imported = p.upvotes() * decay(announcedAt(p), now, period.halfLife());
      out.add(
          new ScoredPaper(
              p,
              w[0] + imported,
              List.of(
                  new ScorePart("votes", w[1], 0),
                  new ScorePart("upvotes", p.upvotes(), 0),
                  new ScorePart("decayed", w[0] + imported, 0))));
    }
    out.sort(
        Comparator.comparingDouble(ScoredPaper::score)
            .reversed()
            .thenComparing(s -> day(s.paper()), Comparator.reverseOrder())
            .thenComparing(ScoredPaper::id));
    return out.subList(0, Math.min(limit, out.size()));
  }

  static double decay(Instant at, Instant now, Duration halfLife) {
    double age = Math.max(0, Duration.between(at, now).toMillis());
    return Math.pow(2, -age / halfLife.toMillis());
  }

  private static LocalDate day(Paper p) {
    LocalDate d = p.announced() != null ? p.announced() : p.submitted();
    return d != null ? d : LocalDate.MIN;
  }

  private static Instant announcedAt(Paper p) {
    return day(p).equals(LocalDate.MIN)
        ? Instant.EPOCH
        : day(p).atStartOfDay(ZoneOffset.UTC).toInstant();
  }
}

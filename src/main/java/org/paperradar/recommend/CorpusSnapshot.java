package org.paperradar.recommend;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.paperradar.paper.Paper;
import org.paperradar.store.PaperDao;

/**
 * The stored papers as the recommender sees them at one moment: the papers, their tf-idf rows and
 * the store version they came from ({@code count:lastChanged}), so a changed store is noticed.
 */
public final class CorpusSnapshot {
  private final List<Paper> papers;
  private final PaperFeatures features;
  private final String version;

  private CorpusSnapshot(List<Paper> papers, PaperFeatures features, String version) {
    this.papers = papers;
    this.features = features;
    this.version = version;
  }

  /** The store's version: changes whenever a paper is added or changed. */
  public static String versionOf(PaperDao dao) {
    return dao.count() + ":" + dao.maxLastChanged().map(Object::toString).orElse("-");
  }

  public static CorpusSnapshot build(PaperDao dao, TfidfVectorizer.Settings settings) {
    String version = versionOf(dao);
    List<Paper> papers = new ArrayList<>();
    dao.forEach(papers::add);
    return of(papers, settings, version);
  }

  public static CorpusSnapshot of(List<Paper> papers, TfidfVectorizer.Settings s, String version) {
    return new CorpusSnapshot(
        List.copyOf(papers), PaperFeatures.fit(papers, s.forCorpus(papers.size())), version);
  }

  public String version() {
    return version;
  }

  public PaperFeatures features() {
    return features;
  }

  public Paper paper(int row) {
    return papers.get(row);
  }

  public int size() {
    return papers.size();
  }

  public Optional<Integer> findRow(String id) {
    return features.findRow(id);
  }

  static LocalDate day(Paper p) {
    return p.announced() != null ? p.announced() : p.submitted();
  }

  /** The latest announcement day among the papers. */
  public Optional<LocalDate> latestDay() {
    return papers.stream()
        .map(CorpusSnapshot::day)
        .filter(d -> d != null)
        .max(LocalDate::compareTo);
  }

  /** Rows of the papers announced from {@code from} to {@code to}, inclusive, in row order. */
  public int[] rowsBetween(LocalDate from, LocalDate to) {
    List<Integer> out = new ArrayList<>();
    for (int i = 0; i < papers.size(); i++) {
      LocalDate d = day(papers.get(i));
      if (d != null && !d.isBefore(from) && !d.isAfter(to)) {
        out.add(i);
      }
    }
    return out.stream().mapToInt(Integer::intValue).toArray();
  }
}

package org.paperradar.ingest;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.paperradar.paper.Paper;
import org.paperradar.store.Database;
import org.paperradar.store.HarvestCheckpoints;
import org.paperradar.store.HarvestCheckpoints.Checkpoint;
import org.paperradar.store.IngestCounts;
import org.paperradar.store.IngestRuns;
import org.paperradar.store.PaperDao;

/**
 * One run of a harvest: stores each page's papers together with the harvest checkpoint and the
 * run's counters in one transaction, so a run killed at any moment resumes at the next page.
 */
final class HarvestRun {
  private static final int MAX_STORED_REJECTS = 10_000;
  private static final int REPORTED_REJECTS = 100;

  private final Database db;
  private final PaperDao papers;
  private final HarvestCheckpoints checkpoints;
  private final IngestRuns runs;
  private final String name;
  private final Set<String> categories;
  private final HarvestListener listener;
  private final boolean resumed;
  private final long runId;
  private final long t0 = System.nanoTime();
  private final List<Reject> reported = new ArrayList<>();
  private IngestCounts counts = IngestCounts.ZERO;
  private long totalPages;
  private long totalRecords;
  private long pages;
  private long records;
  private long deleted;
  private long filtered;
  private long storedRejects;
  private boolean complete;

  /**
   * Starts a run. {@code previous} is the checkpoint being resumed (its page and record counts
   * carry on), or null for a fresh harvest. Runs of the same harvest left "running" by a killed
   * process are closed as "resumed": this run takes over their work.
   */
  HarvestRun(
      Database db,
      String origin,
      String format,
      String name,
      Set<String> categories,
      Checkpoint previous,
      HarvestListener listener) {
    this.db = db;
    this.papers = new PaperDao(db);
    this.checkpoints = new HarvestCheckpoints(db);
    this.runs = new IngestRuns(db);
    this.name = name;
    this.categories = Set.copyOf(categories);
    this.listener = listener == null ? HarvestListener.NONE : listener;
    this.resumed = previous != null;
    if (previous != null) {
      totalPages = previous.pages();
      totalRecords = previous.records();
    }
    for (var r = runs.findInterrupted(name); r.isPresent(); r = runs.findInterrupted(name)) {
      runs.finish(r.get().id(), "resumed");
    }
    this.runId = runs.start(origin, format, name);
  }

  /** What the page held besides papers and rejects, and where the harvest stands after it. */
  record PageResult(
      long records, long deleted, String nextToken, String lastDatestamp, long done, long total) {}

  /** Stores one page and the checkpoint that follows it, in one transaction. */
  void storePage(List<Paper> read, List<Reject> rejects, PageResult page) {
    List<Paper> keep = read.stream().filter(this::wanted).toList();
    boolean last = page.nextToken() == null;
    long nextPages = totalPages + 1;
    long nextRecords = totalRecords + page.records();
    List<Reject> toStore =
        rejects.subList(0, (int) Math.min(rejects.size(), MAX_STORED_REJECTS - storedRejects));
    IngestCounts before = counts;
    counts =
        db.inTransaction(
            c -> {
              PaperDao.UpsertCounts u = papers.upsert(c, keep);
              IngestCounts next =
                  before.plus(
                      new IngestCounts(
                          read.size(), u.added(), u.updated(), u.unchanged(), rejects.size()));
              checkpoints.save(
                  c,
                  new Checkpoint(
                      name, page.nextToken(), page.lastDatestamp(), nextPages, nextRecords, last));
              runs.checkpoint(c, runId, nextPages, next, toStore);
              return next;
            });
    storedRejects += toStore.size();
    rejects.stream().limit(REPORTED_REJECTS - reported.size()).forEach(reported::add);
    totalPages = nextPages;
    totalRecords = nextRecords;
    pages++;
    records += page.records();
    deleted += page.deleted();
    filtered += read.size() - keep.size();
    complete = last;
    long stored = counts.added() + counts.updated() + counts.unchanged();
    listener.page(new HarvestListener.Progress(totalPages, page.done(), page.total(), stored));
  }

  /** Marks a harvest complete without a page to store (an empty result). */
  void completeEmpty(String lastDatestamp) {
    db.inTransaction(
        c -> {
          checkpoints.save(
              c, new Checkpoint(name, null, lastDatestamp, totalPages, totalRecords, true));
          return null;
        });
    complete = true;
  }

  private boolean wanted(Paper p) {
    return categories.isEmpty() || p.categories().stream().anyMatch(categories::contains);
  }

  void finish(boolean ok) {
    runs.finish(runId, ok ? "done" : "failed");
  }

  HarvestReport report() {
    return new HarvestReport(
        runId,
        name,
        pages,
        records,
        deleted,
        filtered,
        counts,
        reported,
        complete,
        resumed,
        Duration.ofNanos(System.nanoTime() - t0));
  }
}

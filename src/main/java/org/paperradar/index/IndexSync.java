package org.paperradar.index;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import org.paperradar.store.PaperDao;

/**
 * Brings the index up to date with the store: everything ({@link #rebuild}) or only the papers
 * whose {@code last_changed} is at or after the index's watermark ({@link #update}). Updates
 * replace documents by id, so indexing a paper twice is harmless. The watermark is the newest
 * {@code last_changed} seen when the sync started; the store's writes are sequential (one writer),
 * so nothing older can commit after it.
 */
public final class IndexSync {
  /** Hears how many papers were indexed so far, out of about {@code total}. */
  @FunctionalInterface
  public interface Listener {
    void progress(long indexed, long total);
  }

  /** What a sync did. */
  public record Result(long indexed, long withVectors, int docs, double seconds) {}

  private static final int REFRESH_EVERY = 50_000;

  private final PaperDao papers;
  private final PaperIndex index;
  private final VectorSource vectors;

  public IndexSync(PaperDao papers, PaperIndex index, VectorSource vectors) {
    this.papers = papers;
    this.index = index;
    this.vectors = vectors;
  }

  /** Drops the index's documents and indexes every paper. */
  public Result rebuild(Listener listener) {
    index.deleteAll();
    return sync(null, listener);
  }

  /** Indexes the papers changed since the last sync (all of them the first time). */
  public Result update(Listener listener) {
    return sync(index.watermark().map(IndexSync::parse).orElse(null), listener);
  }

  /** An unreadable watermark means "index everything" rather than missing changes. */
  private static Instant parse(String watermark) {
    try {
      return Instant.parse(watermark);
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  private Result sync(Instant after, Listener listener) {
    long t0 = System.nanoTime();
    // Read before streaming: papers changing while we stream are newer and come next time.
    Optional<Instant> newest = papers.maxLastChanged();
    long total = papers.countChangedAfter(after);
    long[] counts = new long[2];
    java.util.Set<String> seen = new java.util.HashSet<>();
    papers.forEachChangedAfter(
        after,
        p -> {
          seen.add(p.id());
          float[] v = vectors.vectorFor(p).orElse(null);
          index.upsert(p, v);
          counts[0]++;
          if (v != null) {
            counts[1]++;
          }
          if (counts[0] % REFRESH_EVERY == 0) {
            index.refresh();
          }
          if (listener != null && (counts[0] % 500 == 0 || counts[0] == total)) {
            listener.progress(counts[0], total);
          }
        });
    // Papers that kept their text but got a (new) vector since the last sync.
    for (String id : vectors.changedAfter(after)) {
      if (seen.add(id)) {
        papers
            .findPaper(id)
            .ifPresent(
                p -> {
                  float[] v = vectors.vectorFor(p).orElse(null);
                  index.upsert(p, v);
                  counts[0]++;
                  if (v != null) {
                    counts[1]++;
                  }
                });
      }
    }
    Optional<Instant> mark = newest;
    Optional<Instant> vectorMark = vectors.newest();
    if (vectorMark.isPresent() && (mark.isEmpty() || vectorMark.get().isAfter(mark.get()))) {
      mark = vectorMark;
    }
    index.commit(mark.or(() -> Optional.ofNullable(after)).map(Instant::toString).orElse(null));
    return new Result(counts[0], counts[1], index.docCount(), (System.nanoTime() - t0) / 1e9);
  }
}

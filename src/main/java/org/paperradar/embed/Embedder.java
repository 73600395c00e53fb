package org.paperradar.embed;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.paperradar.store.Database;
import org.paperradar.store.EmbeddingDao;
import org.paperradar.store.PaperDao;

/**
 * Brings the embedding cache up to date for one encoder: embeds papers that have no vector yet or
 * whose title/abstract changed since, a batch at a time, each batch saved in its own transaction,
 * so a killed run loses at most one batch and the next run carries on.
 */
public final class Embedder {
  /** Told after each saved batch. */
  public interface Listener {
    void progress(long done, long total);
  }

  /**
   * What one run did.
   *
   * @param pending papers that needed a vector when the run started
   * @param embedded vectors computed and saved in this run
   */
  public record Report(String model, long pending, long embedded, Duration elapsed) {
    public double docsPerSecond() {
      double s = elapsed.toNanos() / 1e9;
      return s <= 0 ? 0 : embedded / s;
    }
  }

  private final PaperDao papers;
  private final EmbeddingDao embeddings;
  private final TextEncoder encoder;
  private final int batchSize;

  public Embedder(Database db, TextEncoder encoder, int batchSize) {
    this.papers = new PaperDao(db);
    this.embeddings = new EmbeddingDao(db);
    this.encoder = encoder;
    this.batchSize = Math.max(1, batchSize);
  }

  /** Embeds up to {@code limit} pending papers (all when {@code limit <= 0}). */
  public Report run(long limit, Listener listener) {
    long start = System.nanoTime();
    List<String> pending = embeddings.missingOrStale(encoder.modelId());
    long total = limit > 0 ? Math.min(limit, pending.size()) : pending.size();
    listener.progress(0, total);
    long done = 0;
    for (int from = 0; from < total; from += batchSize) {
      List<String> ids = pending.subList(from, (int) Math.min(total, from + batchSize));
      done += embedBatch(ids);
      listener.progress(done, total);
    }
    return new Report(
        encoder.modelId(), pending.size(), done, Duration.ofNanos(System.nanoTime() - start));
  }

  public Report run(long limit) {
    return run(limit, (d, t) -> {});
  }

  private int embedBatch(List<String> ids) {
    List<String> paperIds = new ArrayList<>(ids.size());
    List<String> texts = new ArrayList<>(ids.size());
    for (String id : ids) {
      // A paper deleted since the run started is simply skipped.
      papers
          .findPaper(id)
          .map(EmbeddingText::of)
          .filter(t -> !t.isBlank())
          .ifPresent(
              t -> {
                paperIds.add(id);
                texts.add(t);
              });
    }
    if (texts.isEmpty()) {
      return 0;
    }
    List<float[]> vectors = encoder.encode(texts);
    List<EmbeddingDao.NewVector> batch = new ArrayList<>(texts.size());
    for (int i = 0; i < texts.size(); i++) {
      batch.add(
          new EmbeddingDao.NewVector(
              paperIds.get(i), EmbeddingText.hash(texts.get(i)), vectors.get(i)));
    }
    embeddings.save(encoder.modelId(), batch);
    return batch.size();
  }
}

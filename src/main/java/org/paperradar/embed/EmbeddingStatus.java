package org.paperradar.embed;

import java.util.Locale;
import org.paperradar.store.Database;
import org.paperradar.store.EmbeddingDao;
import org.paperradar.store.PaperDao;

/**
 * How much of the corpus has vectors for a model. Semantic search uses it to say "embeddings
 * incomplete" and fall back to lexical search while {@code radar embed} catches up.
 */
public record EmbeddingStatus(String model, long embedded, long papers) {

  public static EmbeddingStatus of(Database db, String model) {
    return new EmbeddingStatus(model, new EmbeddingDao(db).count(model), new PaperDao(db).count());
  }

  public boolean complete() {
    return embedded >= papers;
  }

  /** Share of papers with a vector, 1 for an empty store. */
  public double coverage() {
    return papers == 0 ? 1 : (double) embedded / papers;
  }

  public String message() {
    return complete()
        ? String.format(Locale.ROOT, "embeddings complete: %,d papers (%s)", papers, model)
        : String.format(
            Locale.ROOT,
            "embeddings incomplete: %,d of %,d papers (%s); run `radar embed --model %s`",
            embedded,
            papers,
            model,
            model);
  }
}

package org.paperradar.cli;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.paperradar.embed.EmbeddingModels;
import org.paperradar.embed.OnnxTextEncoder;
import org.paperradar.embed.TextEncoder;
import org.paperradar.index.VectorSource;
import org.paperradar.search.EncoderProvider;
import org.paperradar.store.Database;
import org.paperradar.store.EmbeddingDao;

/**
 * The production source of embeddings: the configured ONNX model ({@code $RADAR_MODEL}, default
 * {@link EmbeddingModels#DEFAULT}) for queries, and the store's embedding cache of that model for
 * the index. Until {@code radar embed} has stored vectors, there is no query encoder and search
 * says it is lexical.
 */
final class ModelEncoders implements EncoderProvider {
  private final String model;

  ModelEncoders(String model) {
    this.model = EmbeddingModels.resolve(model);
  }

  /** {@code RADAR_ENCODER=toy} for trying semantic search without a model; else the ONNX one. */
  static EncoderProvider fromEnvironment() {
    return "toy".equalsIgnoreCase(System.getenv("RADAR_ENCODER"))
        ? EncoderProvider.TOY
        : new ModelEncoders(null);
  }

  @Override
  public Optional<TextEncoder> queryEncoder(Database db) {
    if (new EmbeddingDao(db).count(model) == 0) {
      return Optional.empty();
    }
    return Optional.of(OnnxTextEncoder.open(model));
  }

  @Override
  public VectorSource vectors(Database db) {
    EmbeddingDao dao = new EmbeddingDao(db);
    Map<String, float[]> vectors = new HashMap<>();
    dao.forEach(model, v -> vectors.put(v.paperId(), v.vector()));
    Map<String, Instant> created = dao.createdAt(model);
    return new VectorSource() {
      @Override
      public Optional<float[]> vector(String paperId) {
        return Optional.ofNullable(vectors.get(paperId));
      }

      @Override
      public Collection<String> changedAfter(Instant after) {
        List<String> out = new ArrayList<>();
        created.forEach(
            (id, t) -> {
              if (after == null || t.isAfter(after)) {
                out.add(id);
              }
            });
        return out;
      }

      @Override
      public Optional<Instant> newest() {
        return created.values().stream().max(Instant::compareTo);
      }
    };
  }
}

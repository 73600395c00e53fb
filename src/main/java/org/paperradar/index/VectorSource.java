package org.paperradar.index;

import java.util.Map;
import java.util.Optional;
import org.paperradar.embed.TextEncoder;
import org.paperradar.paper.Paper;

/**
 * Where the index builder gets a paper's embedding: the store's embedding cache in production, a
 * map or an encoder in tests and benchmarks. Vectors must be unit length (dot product = cosine).
 */
@FunctionalInterface
public interface VectorSource {
  Optional<float[]> vector(String paperId);

  /** The vector for a paper; sources that compute vectors from the text override this. */
  default Optional<float[]> vectorFor(Paper paper) {
    return vector(paper.id());
  }

  /**
   * Papers whose vector appeared or changed after {@code after} (null: all), so an index sync picks
   * up new embeddings even when the paper itself did not change.
   */
  default java.util.Collection<String> changedAfter(java.time.Instant after) {
    return java.util.List.of();
  }

  /** The newest vector change, for the index watermark. */
  default Optional<java.time.Instant> newest() {
    return Optional.empty();
  }

  /** No vectors at all: the index is lexical only. */
  static VectorSource none() {
    return id -> Optional.empty();
  }

  static VectorSource of(Map<String, float[]> vectors) {
    return id -> Optional.ofNullable(vectors.get(id));
  }

  /** Encodes title and abstract on the fly (toy encoder, benchmarks); ids alone are unknown. */
  static VectorSource encoding(TextEncoder encoder) {
    return new VectorSource() {
      @Override
      public Optional<float[]> vector(String paperId) {
        return Optional.empty();
      }

      @Override
      public Optional<float[]> vectorFor(Paper paper) {
        return Optional.of(encoder.encode(textOf(paper)));
      }
    };
  }

  /** The text a paper is embedded from: title, then abstract. */
  static String textOf(Paper paper) {
    return paper.title() + ". " + paper.abstractText();
  }
}

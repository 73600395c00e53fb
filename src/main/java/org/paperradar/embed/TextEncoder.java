package org.paperradar.embed;

import java.util.List;

/**
 * Turns texts into unit-length vectors whose dot product measures similarity of meaning. The real
 * one runs an ONNX sentence-embedding model in-process; {@link ToyEncoder} is for fast tests.
 */
public interface TextEncoder extends AutoCloseable {

  /**
   * Stable name of the model, part of the embedding cache key (e.g. {@code all-minilm-l6-v2-q}).
   */
  String modelId();

  int dimension();

  /** One L2-normalised vector per text, in order. */
  List<float[]> encode(List<String> texts);

  default float[] encode(String text) {
    return encode(List.of(text)).get(0);
  }

  /**
   * The vector of a search query, comparable with {@link #encode(List)} vectors of documents.
   * Models trained with a query instruction (bge) override this to prepend it.
   */
  default float[] encodeQuery(String query) {
    return encode(query);
  }

  @Override
  default void close() {}
}

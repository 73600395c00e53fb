package org.paperradar.embed;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The sentence encoders PaperRadar can run in-process. Their ONNX files and tokenizers ship inside
 * the langchain4j jars on the classpath (Maven Central), so nothing is downloaded at run time.
 */
public final class EmbeddingModels {
  /** Default until the NFCorpus/CSFCube evals say otherwise: about 5× faster than bge-small. */
  public static final String DEFAULT = "all-minilm-l6-v2-q";

  public static final String ENV = "RADAR_MODEL";

  /** How token vectors become one sentence vector. */
  public enum Pooling {
    MEAN,
    CLS
  }

  /**
   * One model and how to run it.
   *
   * @param onnxResource classpath resource of the quantised model
   * @param tokenizerResource classpath resource of the Hugging Face tokenizer.json
   * @param maxTokens default truncation, special tokens included
   * @param queryPrefix instruction prepended to queries (not documents), "" if none
   */
  public record Spec(
      String id,
      String onnxResource,
      String tokenizerResource,
      int dimension,
      Pooling pooling,
      int maxTokens,
      String queryPrefix) {}

  private static final Map<String, Spec> SPECS = new LinkedHashMap<>();

  static {
    // MiniLM: 128 tokens is what the bundled tokenizer truncates to (and what langchain4j sees).
    add(
        new Spec(
            "all-minilm-l6-v2-q",
            "/all-minilm-l6-v2-q.onnx",
            "/all-minilm-l6-v2-q-tokenizer.json",
            384,
            Pooling.MEAN,
            128,
            ""));
    // bge-small: CLS pooling and an instruction for queries, as its model card says.
    add(
        new Spec(
            "bge-small-en-v1.5-q",
            "/bge-small-en-v1.5-q.onnx",
            "/bge-small-en-v1.5-q-tokenizer.json",
            384,
            Pooling.CLS,
            512,
            "Represent this sentence for searching relevant passages: "));
  }

  private EmbeddingModels() {}

  private static void add(Spec s) {
    SPECS.put(s.id(), s);
  }

  public static List<String> ids() {
    return List.copyOf(SPECS.keySet());
  }

  public static Spec spec(String id) {
    Spec s = SPECS.get(id);
    if (s == null) {
      throw new IllegalArgumentException("unknown model '" + id + "'; known: " + ids());
    }
    return s;
  }

  /** The model asked for, else {@code $RADAR_MODEL}, else {@link #DEFAULT}. */
  public static String resolve(String requested) {
    if (requested != null && !requested.isBlank()) {
      return requested;
    }
    String env = System.getenv(ENV);
    return env != null && !env.isBlank() ? env.trim() : DEFAULT;
  }
}

package org.paperradar.embed;

import ai.djl.huggingface.tokenizers.Encoding;
import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.FloatBuffer;
import java.nio.LongBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs one of {@link EmbeddingModels} in-process with ONNX Runtime and the model's Hugging Face
 * tokenizer, both taken from the langchain4j jars. It calls ONNX Runtime itself rather than the
 * langchain4j {@code EmbeddingModel} because that runs one text per forward pass and fixes threads
 * and truncation; here texts are sorted by length and run in padded batches, with the thread count
 * and token limit configurable. Vectors match langchain4j's for texts within the token limit.
 */
public final class OnnxTextEncoder implements TextEncoder {
  private boolean closed;

  static {
    // DJL must never fetch anything: the tokenizer's native library is inside its jar.
    if (System.getProperty("ai.djl.offline") == null) {
      System.setProperty("ai.djl.offline", "true");
    }
  }

  /**
   * How to run the model.
   *
   * @param batchSize texts per forward pass
   * @param threads ONNX Runtime intra-op threads (0: one per core)
   * @param maxTokens truncation length incl. special tokens (0: the model's default)
   */
  public record Options(int batchSize, int threads, int maxTokens) {
    public static final int DEFAULT_BATCH = 16;

    public static Options defaults() {
      return new Options(DEFAULT_BATCH, 0, 0);
    }
  }

  private final EmbeddingModels.Spec spec;
  private final Options options;
  private final OrtEnvironment env;
  private final OrtSession session;
  private final HuggingFaceTokenizer tokenizer;
  private final boolean typeIds;

  private OnnxTextEncoder(EmbeddingModels.Spec spec, Options options) throws OrtException {
    this.spec = spec;
    this.options = options;
    this.env = OrtEnvironment.getEnvironment();
    try (OrtSession.SessionOptions so = new OrtSession.SessionOptions()) {
      so.setOptimizationLevel(OrtSession.SessionOptions.OptLevel.ALL_OPT);
      int threads =
          options.threads() > 0 ? options.threads() : Runtime.getRuntime().availableProcessors();
      so.setIntraOpNumThreads(threads);
      this.session = env.createSession(resource(spec.onnxResource()), so);
    }
    this.typeIds = session.getInputNames().contains("token_type_ids");
    this.tokenizer = tokenizer(spec, maxTokens(spec, options));
  }

  public static OnnxTextEncoder open(String modelId, Options options) {
    try {
      return new OnnxTextEncoder(EmbeddingModels.spec(modelId), options);
    } catch (OrtException e) {
      throw new IllegalStateException("cannot load model " + modelId + ": " + e.getMessage(), e);
    }
  }

  public static OnnxTextEncoder open(String modelId) {
    return open(modelId, Options.defaults());
  }

  static int maxTokens(EmbeddingModels.Spec spec, Options options) {
    return options.maxTokens() > 0 ? Math.min(options.maxTokens(), 512) : spec.maxTokens();
  }

  /** The model's tokenizer, truncating to {@code maxTokens} and padding to the longest in batch. */
  static HuggingFaceTokenizer tokenizer(EmbeddingModels.Spec spec, int maxTokens) {
    Map<String, String> opts = new HashMap<>();
    opts.put("truncation", "true");
    opts.put("padding", "true");
    opts.put("maxLength", Integer.toString(maxTokens));
    opts.put("modelMaxLength", Integer.toString(maxTokens));
    try (InputStream in = stream(spec.tokenizerResource())) {
      return HuggingFaceTokenizer.newInstance(in, opts);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static byte[] resource(String name) {
    try (InputStream in = stream(name)) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static InputStream stream(String name) {
    InputStream in = OnnxTextEncoder.class.getResourceAsStream(name);
    if (in == null) {
      throw new IllegalStateException("model resource " + name + " is not on the classpath");
    }
    return in;
  }

  @Override
  public String modelId() {
    return spec.id();
  }

  @Override
  public int dimension() {
    return spec.dimension();
  }

  public Options options() {
    return options;
  }

  @Override
  public List<float[]> encode(List<String> texts) {
    // Longest first, so each padded batch holds texts of similar length (less wasted compute).
    Integer[] order = new Integer[texts.size()];
    Arrays.setAll(order, i -> i);
    Arrays.sort(order, Comparator.comparingInt((Integer i) -> texts.get(i).length()).reversed());
    float[][] out = new float[texts.size()][];
    int batch = Math.max(1, options.batchSize());
    for (int from = 0; from < order.length; from += batch) {
      int to = Math.min(order.length, from + batch);
      List<String> chunk = new ArrayList<>(to - from);
      for (int k = from; k < to; k++) {
        chunk.add(texts.get(order[k]));
      }
      List<float[]> vs = forward(chunk);
      for (int k = from; k < to; k++) {
        out[order[k]] = vs.get(k - from);
      }
    }
    return Arrays.asList(out);
  }

  @Override
  public float[] encodeQuery(String query) {
    return encode(spec.queryPrefix() + query);
  }

  /** One padded forward pass, then pooling and normalisation. */
  private List<float[]> forward(List<String> texts) {
    Encoding[] enc = tokenizer.batchEncode(texts);
    int n = enc.length;
    int len = enc[0].getIds().length;
    long[] ids = new long[n * len];
    long[] mask = new long[n * len];
    long[] types = new long[n * len];
    for (int i = 0; i < n; i++) {
      System.arraycopy(enc[i].getIds(), 0, ids, i * len, len);
      System.arraycopy(enc[i].getAttentionMask(), 0, mask, i * len, len);
      System.arraycopy(enc[i].getTypeIds(), 0, types, i * len, len);
    }
    long[] shape = {n, len};
    try (OnnxTensor tIds = OnnxTensor.createTensor(env, LongBuffer.wrap(ids), shape);
        OnnxTensor tMask = OnnxTensor.createTensor(env, LongBuffer.wrap(mask), shape);
        OnnxTensor tTypes = OnnxTensor.createTensor(env, LongBuffer.wrap(types), shape)) {
      Map<String, OnnxTensor> in = new HashMap<>();
      in.put("input_ids", tIds);
      in.put("attention_mask", tMask);
      if (typeIds) {
        in.put("token_type_ids", tTypes);
      }
      try (OrtSession.Result r = session.run(in)) {
        FloatBuffer hidden = ((OnnxTensor) r.get(0)).getFloatBuffer();
        return Pooler.pool(hidden, mask, n, len, spec.dimension(), spec.pooling());
      }
    } catch (OrtException e) {
      throw new IllegalStateException("ONNX Runtime failed: " + e.getMessage(), e);
    }
  }

  @Override
  public void close() {
    if (closed) {
      return; // closing twice is harmless, as AutoCloseable recommends
    }
    closed = true;
    tokenizer.close();
    try {
      session.close();
    } catch (OrtException e) {
      throw new IllegalStateException(e);
    }
  }
}

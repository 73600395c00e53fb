package org.paperradar.eval;

import ai.djl.huggingface.tokenizers.Encoding;
import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.bgesmallenv15q.BgeSmallEnV15QuantizedEmbeddingModel;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.paperradar.embed.Embedder;
import org.paperradar.embed.EmbeddingModels;
import org.paperradar.embed.EmbeddingText;
import org.paperradar.embed.OnnxTextEncoder;
import org.paperradar.embed.Pooler;
import org.paperradar.paper.Paper;
import org.paperradar.store.Database;
import org.paperradar.store.PaperDao;

/**
 * Embedding throughput on the same texts three ways: the {@code radar embed} path ({@link Embedder}
 * with {@link OnnxTextEncoder}, store reads and writes included), a bare ONNX Runtime loop (same
 * model bytes and tokenizer, batched forward passes, pooling, normalising, nothing else), and
 * optionally the langchain4j {@code embedAll}. Model loading and one warm-up batch are not timed.
 */
public final class EmbedBenchmark {
  /** Seconds for each path; {@code langchain4jSeconds} is NaN when not measured. */
  public record Result(
      String model,
      int docs,
      int batchSize,
      double embedSeconds,
      double rawSeconds,
      double langchain4jSeconds) {
    public double embedPerSecond() {
      return docs / embedSeconds;
    }

    public double rawPerSecond() {
      return docs / rawSeconds;
    }

    public double langchain4jPerSecond() {
      return docs / langchain4jSeconds;
    }

    /** {@code radar embed} speed as a share of the raw loop's (the target is ≥ 0.9). */
    public double ratio() {
      return rawSeconds / embedSeconds;
    }
  }

  private EmbedBenchmark() {}

  /**
   * Runs each path {@code rounds} times, alternating, and keeps each one's best time: on a shared
   * machine the best of a few runs is the figure least disturbed by other work.
   */
  public static Result run(
      List<Paper> papers,
      String model,
      OnnxTextEncoder.Options options,
      int rounds,
      boolean langchain4j)
      throws IOException, OrtException {
    List<String> texts = papers.stream().map(EmbeddingText::of).toList();
    double raw = Double.MAX_VALUE;
    double embed = Double.MAX_VALUE;
    double l4j = langchain4j ? Double.MAX_VALUE : Double.NaN;
    for (int i = 0; i < Math.max(1, rounds); i++) {
      raw = Math.min(raw, rawLoop(texts, model, options));
      embed = Math.min(embed, embedPath(papers, model, options));
      if (langchain4j) {
        l4j = Math.min(l4j, langchain4j(texts, model));
      }
    }
    return new Result(model, texts.size(), options.batchSize(), embed, raw, l4j);
  }

  /** The {@code radar embed} path into a fresh SQLite store holding just these papers. */
  static double embedPath(List<Paper> papers, String model, OnnxTextEncoder.Options options)
      throws IOException {
    Path dir = Files.createTempDirectory("radar-bench-embed");
    try (Database db = Database.openSqlite(dir);
        OnnxTextEncoder enc = OnnxTextEncoder.open(model, options)) {
      PaperDao dao = new PaperDao(db);
      db.inTransaction(c -> dao.upsert(c, papers));
      enc.encode(papers.stream().limit(options.batchSize()).map(EmbeddingText::of).toList());
      int commit = Math.max(64, 4 * options.batchSize()); // as radar embed does
      Embedder.Report r = new Embedder(db, enc, commit).run(0);
      return r.elapsed().toNanos() / 1e9;
    } finally {
      TempDirs.deleteTree(dir);
    }
  }

  /** Tokenize, run, pool, normalise: the least work that gives the same vectors. */
  static double rawLoop(List<String> texts, String model, OnnxTextEncoder.Options options)
      throws IOException, OrtException {
    EmbeddingModels.Spec spec = EmbeddingModels.spec(model);
    OrtEnvironment env = OrtEnvironment.getEnvironment();
    int maxTokens = options.maxTokens() > 0 ? options.maxTokens() : spec.maxTokens();
    Map<String, String> tokOpts =
        Map.of("truncation", "true", "padding", "true", "maxLength", Integer.toString(maxTokens));
    try (OrtSession.SessionOptions so = new OrtSession.SessionOptions();
        HuggingFaceTokenizer tok =
            HuggingFaceTokenizer.newInstance(
                EmbedBenchmark.class.getResourceAsStream(spec.tokenizerResource()), tokOpts)) {
      so.setOptimizationLevel(OrtSession.SessionOptions.OptLevel.ALL_OPT);
      so.setIntraOpNumThreads(
          options.threads() > 0 ? options.threads() : Runtime.getRuntime().availableProcessors());
      byte[] bytes;
      try (var in = EmbedBenchmark.class.getResourceAsStream(spec.onnxResource())) {
        bytes = in.readAllBytes();
      }
      try (OrtSession session = env.createSession(bytes, so)) {
        int b = Math.max(1, options.batchSize());
        forward(env, session, tok, spec, texts.subList(0, Math.min(b, texts.size()))); // warm-up
        long t0 = System.nanoTime();
        for (int i = 0; i < texts.size(); i += b) {
          forward(env, session, tok, spec, texts.subList(i, Math.min(texts.size(), i + b)));
        }
        return (System.nanoTime() - t0) / 1e9;
      }
    }
  }

  private static List<float[]> forward(
      OrtEnvironment env,
      OrtSession session,
      HuggingFaceTokenizer tok,
      EmbeddingModels.Spec spec,
      List<String> batch)
      throws OrtException {
    Encoding[] enc = tok.batchEncode(batch);
    int n = enc.length;
    int len = enc[0].getIds().length;
    long[][] ids = new long[n][];
    long[][] mask = new long[n][];
    long[][] types = new long[n][];
    long[] flatMask = new long[n * len];
    for (int i = 0; i < n; i++) {
      ids[i] = enc[i].getIds();
      mask[i] = enc[i].getAttentionMask();
      types[i] = enc[i].getTypeIds();
      System.arraycopy(mask[i], 0, flatMask, i * len, len);
    }
    try (OnnxTensor a = OnnxTensor.createTensor(env, ids);
        OnnxTensor m = OnnxTensor.createTensor(env, mask);
        OnnxTensor t = OnnxTensor.createTensor(env, types)) {
      Map<String, OnnxTensor> in = new HashMap<>();
      in.put("input_ids", a);
      in.put("attention_mask", m);
      if (session.getInputNames().contains("token_type_ids")) {
        in.put("token_type_ids", t);
      }
      try (OrtSession.Result r = session.run(in)) {
        return Pooler.pool(
            ((OnnxTensor) r.get(0)).getFloatBuffer(),
            flatMask,
            n,
            len,
            spec.dimension(),
            spec.pooling());
      }
    }
  }

  /** langchain4j's own in-process model: one text per forward pass, texts spread over cores. */
  static double langchain4j(List<String> texts, String model) {
    EmbeddingModel m =
        model.equals("bge-small-en-v1.5-q")
            ? new BgeSmallEnV15QuantizedEmbeddingModel()
            : new AllMiniLmL6V2QuantizedEmbeddingModel();
    List<TextSegment> segs = texts.stream().map(TextSegment::from).toList();
    m.embedAll(segs.subList(0, Math.min(4, segs.size()))); // warm-up
    long t0 = System.nanoTime();
    m.embedAll(segs);
    return (System.nanoTime() - t0) / 1e9;
  }
}

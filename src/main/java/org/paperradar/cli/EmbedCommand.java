package org.paperradar.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.paperradar.embed.Embedder;
import org.paperradar.embed.EmbeddingModels;
import org.paperradar.embed.EmbeddingStatus;
import org.paperradar.embed.OnnxTextEncoder;
import org.paperradar.store.Database;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code radar embed}: computes the vectors that semantic search and recommendations need. */
@Command(
    name = "embed",
    mixinStandardHelpOptions = true,
    description = {
      "Embed papers that have no vector yet for the model, or whose title/abstract changed.",
      "Runs in-process (ONNX Runtime), saves after every batch: stop it any time and rerun."
    })
final class EmbedCommand implements Callable<Integer> {
  @ParentCommand RadarCli radar;
  @Spec CommandSpec spec;

  @Option(
      names = {"-m", "--model"},
      paramLabel = "M",
      description = "Model: ${COMPLETION-CANDIDATES}; default $RADAR_MODEL or all-minilm-l6-v2-q.",
      completionCandidates = ModelNames.class)
  String model;

  @Option(
      names = "--batch-size",
      defaultValue = "" + OnnxTextEncoder.Options.DEFAULT_BATCH,
      description = "Texts per forward pass (default ${DEFAULT-VALUE}).")
  int batchSize;

  @Option(
      names = "--threads",
      defaultValue = "0",
      description = "ONNX Runtime threads (default: one per core).")
  int threads;

  @Option(
      names = "--max-tokens",
      defaultValue = "0",
      description = "Truncate texts to this many tokens (default: the model's own limit).")
  int maxTokens;

  @Option(
      names = "--limit",
      defaultValue = "0",
      description = "Embed at most this many papers (default: all pending).")
  long limit;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    String id = EmbeddingModels.resolve(model);
    EmbeddingModels.spec(id); // fail fast on an unknown name, before loading anything
    var options = new OnnxTextEncoder.Options(batchSize, threads, maxTokens);
    java.io.PrintStream err = System.err; // the bar writes to it; closing the bar leaves it open
    try (Database db = radar.openStore();
        OnnxTextEncoder encoder = OnnxTextEncoder.open(id, options);
        Progress p = Progress.of("embed " + id, -1, " papers", 1, radar.quiet, err)) {
      Embedder.Report r =
          new Embedder(db, encoder, commitBatch(batchSize))
              .run(
                  limit,
                  (done, total) -> {
                    p.maxHint(total);
                    p.stepTo(done, null);
                  });
      out.printf(
          Locale.ROOT,
          "embedded %,d of %,d pending papers with %s in %.1f s (%.1f docs/s)%n",
          r.embedded(),
          r.pending(),
          id,
          r.elapsed().toMillis() / 1000.0,
          r.docsPerSecond());
      out.println(EmbeddingStatus.of(db, id).message());
      if (id.equals(EmbeddingModels.resolve(null))) {
        // The index carries the configured model's vectors: add the new ones.
        Indexing.sync(radar, db, out, false);
      } else {
        out.println(
            "index not updated: it holds "
                + EmbeddingModels.resolve(null)
                + " vectors (set RADAR_MODEL="
                + id
                + " and run radar index --rebuild to switch)");
      }
    }
    return RadarCli.OK;
  }

  /** Papers per transaction: a few forward passes, so a killed run loses seconds, not minutes. */
  static int commitBatch(int batchSize) {
    return Math.max(64, 4 * Math.max(1, batchSize));
  }

  /** Model names for help and shell completion. */
  static final class ModelNames implements Iterable<String> {
    @Override
    public java.util.Iterator<String> iterator() {
      return EmbeddingModels.ids().iterator();
    }
  }
}

package org.paperradar.cli;

import java.io.InputStream;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.paperradar.embed.EmbeddingModels;
import org.paperradar.embed.OnnxTextEncoder;
import org.paperradar.eval.EmbedBenchmark;
import org.paperradar.ingest.CollectingSink;
import org.paperradar.ingest.DailyJsonlSource;
import org.paperradar.paper.Paper;
import org.paperradar.store.Database;
import org.paperradar.store.PaperDao;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code radar bench embed}: the {@code radar embed} path against a bare ONNX Runtime loop. */
@Command(
    name = "embed",
    mixinStandardHelpOptions = true,
    description = {
      "Embedding throughput on the same N texts (title + abstract of stored papers, or the",
      "bundled demo data when the store is empty): radar embed (store writes included) vs a",
      "bare ONNX Runtime loop. Target: radar embed within 10% of the raw loop."
    })
final class EmbedBenchCommand implements Callable<Integer> {
  @ParentCommand BenchCommand bench;
  @Spec CommandSpec spec;

  @Option(
      names = {"-m", "--model"},
      paramLabel = "M",
      description = "Model (default $RADAR_MODEL or all-minilm-l6-v2-q).")
  String model;

  @Option(names = "--n", defaultValue = "500", description = "Texts (default ${DEFAULT-VALUE}).")
  int n;

  @Option(
      names = "--batch-size",
      defaultValue = "" + OnnxTextEncoder.Options.DEFAULT_BATCH,
      description = "Texts per forward pass (default ${DEFAULT-VALUE}).")
  int batchSize;

  @Option(names = "--threads", defaultValue = "0", description = "Threads (default: cores).")
  int threads;

  @Option(names = "--max-tokens", defaultValue = "0", description = "Token limit override.")
  int maxTokens;

  @Option(
      names = "--rounds",
      defaultValue = "3",
      description = "Runs of each path, alternating; the best counts (default ${DEFAULT-VALUE}).")
  int rounds;

  @Option(
      names = "--langchain4j",
      description = "Also time langchain4j's embedAll (one text per forward pass).")
  boolean langchain4j;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    String id = EmbeddingModels.resolve(model);
    EmbeddingModels.spec(id);
    List<Paper> papers = storedPapers();
    String source = "store";
    if (papers.isEmpty()) {
      papers = demoPapers(n);
      source = "bundled demo data";
    }
    out.printf(
        Locale.ROOT,
        "bench embed: %s, %,d texts from the %s, batch %d, best of %d, %d cores, Java %s%n",
        id,
        papers.size(),
        source,
        batchSize,
        rounds,
        Runtime.getRuntime().availableProcessors(),
        Runtime.version());
    out.flush();
    var r =
        EmbedBenchmark.run(
            papers,
            id,
            new OnnxTextEncoder.Options(batchSize, threads, maxTokens),
            rounds,
            langchain4j);
    out.printf(
        Locale.ROOT,
        "  raw ONNX Runtime loop: %6.1f docs/s (%.1f s)%n",
        r.rawPerSecond(),
        r.rawSeconds());
    out.printf(
        Locale.ROOT,
        "  radar embed path:      %6.1f docs/s (%.1f s), %.0f%% of raw%n",
        r.embedPerSecond(),
        r.embedSeconds(),
        100 * r.ratio());
    if (langchain4j) {
      out.printf(
          Locale.ROOT,
          "  langchain4j embedAll:  %6.1f docs/s (%.1f s)%n",
          r.langchain4jPerSecond(),
          r.langchain4jSeconds());
    }
    return RadarCli.OK;
  }

  private List<Paper> storedPapers() {
    List<Paper> out = new ArrayList<>();
    try (Database db = bench.radar.openStore()) {
      PaperDao dao = new PaperDao(db);
      if (dao.count() > 0) {
        dao.forEach(
            p -> {
              if (out.size() < n) {
                out.add(p);
              }
            });
      }
    }
    return out;
  }

  static List<Paper> demoPapers(int n) throws java.io.IOException {
    CollectingSink sink = new CollectingSink();
    try (InputStream raw = EmbedBenchCommand.class.getResourceAsStream(DemoCommand.RESOURCE);
        InputStream in = new java.util.zip.GZIPInputStream(raw)) {
      new DailyJsonlSource().read(in, "demo", sink);
    }
    return sink.papers().subList(0, Math.min(n, sink.papers().size()));
  }
}

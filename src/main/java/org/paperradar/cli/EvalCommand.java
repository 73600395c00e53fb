package org.paperradar.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.paperradar.embed.EmbeddingModels;
import org.paperradar.embed.OnnxTextEncoder;
import org.paperradar.eval.EvalData;
import org.paperradar.eval.EvalRunner;
import org.paperradar.eval.RankingEvaluation;
import org.paperradar.eval.RegressionTable;
import org.paperradar.eval.VectorCache;
import org.paperradar.search.SearchMode;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code radar eval search|similar}: quality figures with regression tables. */
@Command(
    name = "eval",
    mixinStandardHelpOptions = true,
    description =
        "Measure quality on evaluation sets; --verify fails on drift from the regression table.",
    subcommands = {EvalCommand.Search.class, EvalCommand.Similar.class, EvalRecommendCommand.class})
final class EvalCommand {
  static final String TABLE_RESOURCE = "/eval/regressions.tsv";

  @ParentCommand RadarCli radar;

  /** Options shared by the evaluation subcommands. */
  static final class Common {
    @Parameters(index = "0", paramLabel = "DIR", description = "The dataset's directory.")
    Path dir;

    @Option(
        names = "--model",
        description = "Embedding model (default: $RADAR_MODEL or " + EmbeddingModels.DEFAULT + ").")
    String model;

    @Option(
        names = "--modes",
        split = ",",
        defaultValue = "lexical,semantic,hybrid",
        description = "Modes to run side by side (default ${DEFAULT-VALUE}).")
    List<String> modes;

    @Option(names = "--json", description = "Print one JSON object.")
    boolean json;

    @Option(
        names = "--verify",
        description = "Exit 1 when a figure drifts from the regression table.")
    boolean verify;

    @Option(
        names = "--table",
        paramLabel = "FILE",
        description = "Regression table (default: the bundled one).")
    Path table;
  }

  @Command(
      name = "search",
      mixinStandardHelpOptions = true,
      description = "nDCG@10 and recall@100 on an NFCorpus-format set.")
  static final class Search implements Callable<Integer> {
    @ParentCommand EvalCommand eval;
    @Spec CommandSpec spec;
    @Mixin Common common;

    @Option(names = "--dataset", required = true, description = "Format of DIR: nfcorpus.")
    String dataset;

    @Override
    public Integer call() throws Exception {
      expectDataset(spec, dataset, "nfcorpus");
      return run(eval, spec, common, "search", EvalData.nfcorpus(common.dir));
    }
  }

  @Command(
      name = "similar",
      mixinStandardHelpOptions = true,
      description = "MAP (grade >= 2) and NDCG@20 per facet on a CSFCube-format set.")
  static final class Similar implements Callable<Integer> {
    @ParentCommand EvalCommand eval;
    @Spec CommandSpec spec;
    @Mixin Common common;

    @Option(names = "--dataset", required = true, description = "Format of DIR: csfcube.")
    String dataset;

    @Override
    public Integer call() throws Exception {
      expectDataset(spec, dataset, "csfcube");
      return run(eval, spec, common, "similar", EvalData.csfcube(common.dir));
    }
  }

  /** Each task reads one dataset format; any other name is a usage error. */
  static void expectDataset(CommandSpec spec, String dataset, String expected) {
    if (!dataset.equals(expected)) {
      throw new picocli.CommandLine.ParameterException(
          spec.commandLine(), "unknown dataset '" + dataset + "' (" + expected + ")");
    }
  }

  static int run(EvalCommand eval, CommandSpec spec, Common c, String task, EvalData.Dataset d)
      throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    List<SearchMode> modes = c.modes.stream().map(SearchMode::parse).toList();
    String model = EmbeddingModels.resolve(c.model);
    RadarConfig cfg = eval.radar.config();
    RankingEvaluation.Result result;
    try (OnnxTextEncoder encoder = OnnxTextEncoder.open(model);
        Progress p =
            Progress.of(
                "embed " + d.name(), d.docs().size(), " docs", 1, cfg.quiet(), System.err)) {
      VectorCache cache = VectorCache.open(cfg.dataDir().resolve("eval-cache"), d.name(), model);
      EvalRunner runner = new EvalRunner(encoder, cache, n -> p.stepTo(n, null));
      result = task.equals("search") ? runner.search(d, modes) : runner.similar(d, modes);
    }
    List<RegressionTable.Figure> figures = new ArrayList<>();
    for (RegressionTable.Figure f : result.figures()) {
      figures.add(
          new RegressionTable.Figure(
              f.task(), f.dataset(), method(f.method(), model), f.metric(), f.value()));
    }
    print(out, c.json, task, d, model, figures, result.msPerQuery());
    if (!c.verify) {
      return RadarCli.OK;
    }
    RegressionTable table = c.table != null ? RegressionTable.read(c.table) : bundledTable();
    List<RegressionTable.Drift> drifts = table.verify(task, d.name(), figures);
    PrintWriter err = spec.commandLine().getErr();
    if (drifts.isEmpty()) {
      err.println("verify: all expected figures of " + task + " " + d.name() + " within tolerance");
      return RadarCli.OK;
    }
    drifts.forEach(dr -> err.println("DRIFT " + dr));
    err.println("measured rows, for the table:");
    err.print(RegressionTable.format(figures, 0.005));
    return RadarCli.ERROR;
  }

  /** Vectors depend on the model, so semantic and hybrid figures carry its name. */
  static String method(String mode, String model) {
    return mode.equals("lexical") ? mode : mode + "@" + model;
  }

  static RegressionTable bundledTable() throws IOException {
    try (InputStream in = EvalCommand.class.getResourceAsStream(TABLE_RESOURCE)) {
      return RegressionTable.parse(
          new String(in.readAllBytes(), StandardCharsets.UTF_8), TABLE_RESOURCE);
    }
  }

  private static void print(
      PrintWriter out,
      boolean json,
      String task,
      EvalData.Dataset d,
      String model,
      List<RegressionTable.Figure> figures,
      Map<SearchMode, Double> ms)
      throws IOException {
    Map<String, Map<String, Double>> byMethod = new LinkedHashMap<>();
    for (RegressionTable.Figure f : figures) {
      byMethod.computeIfAbsent(f.method(), k -> new LinkedHashMap<>()).put(f.metric(), f.value());
    }
    Map<String, Double> msByMethod = new LinkedHashMap<>();
    ms.forEach((mode, v) -> msByMethod.put(method(RankingEvaluation.name(mode), model), v));
    if (json) {
      ObjectMapper m = new ObjectMapper();
      ObjectNode o = m.createObjectNode();
      o.put("task", task).put("dataset", d.name()).put("model", model);
      o.put("queries", d.queries().size()).put("docs", d.docs().size());
      ArrayNode rs = o.putArray("results");
      byMethod.forEach(
          (method, metrics) -> {
            ObjectNode r = rs.addObject().put("method", method);
            metrics.forEach(r::put);
            r.put("ms_per_query", msByMethod.getOrDefault(method, 0.0));
          });
      out.println(m.writeValueAsString(o));
    } else {
      out.printf(
          Locale.ROOT,
          "%s %s: %,d queries, %,d docs, model %s%n",
          task,
          d.name(),
          d.queries().size(),
          d.docs().size(),
          model);
      List<String> metrics = new ArrayList<>(byMethod.values().iterator().next().keySet());
      out.printf(Locale.ROOT, "%-36s", "method");
      metrics.forEach(k -> out.printf(Locale.ROOT, " %12s", k));
      out.printf(Locale.ROOT, " %10s%n", "ms/query");
      byMethod.forEach(
          (method, vals) -> {
            out.printf(Locale.ROOT, "%-36s", method);
            metrics.forEach(k -> out.printf(Locale.ROOT, " %12.4f", vals.getOrDefault(k, 0.0)));
            out.printf(Locale.ROOT, " %10.2f%n", msByMethod.getOrDefault(method, 0.0));
          });
    }
    out.flush();
  }
}

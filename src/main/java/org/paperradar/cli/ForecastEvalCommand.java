package org.paperradar.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.paperradar.eval.RegressionTable;
import org.paperradar.forecast.ConceptMatcher;
import org.paperradar.forecast.GraphBuilder;
import org.paperradar.forecast.Keyphrases;
import org.paperradar.forecast.LinkModel;
import org.paperradar.forecast.LinkPredictionEval;
import org.paperradar.forecast.Periods;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code radar forecast eval}: Science4Cast-style link prediction on a paper file. */
@Command(
    name = "eval",
    mixinStandardHelpOptions = true,
    description = {
      "ROC AUC of link prediction on a paper file: learn on T0:T1, test on T1:T2, with",
      "preferential-attachment and common-neighbours baselines on the same test pairs.",
      "Boundaries are years (1999), months (2025-10) or days; each is exclusive."
    })
final class ForecastEvalCommand implements Callable<Integer> {
  static final String TASK = "forecast";

  @ParentCommand ForecastCommand forecast;
  @Spec CommandSpec spec;

  @Option(names = "--corpus", required = true, paramLabel = "FILE", description = "Paper file.")
  Path corpus;

  @Option(names = "--train", required = true, paramLabel = "T0:T1", description = "Training span.")
  String train;

  @Option(names = "--test", required = true, paramLabel = "T1:T2", description = "Test span.")
  String test;

  @Option(
      names = "--concepts",
      paramLabel = "FILE",
      description = "Concept list (one a line); default: keyphrases learnt before T1.")
  Path concepts;

  @Option(
      names = "--min-df",
      defaultValue = "5",
      description = "Keyphrases: in at least this many papers (default ${DEFAULT-VALUE}).")
  int minDf;

  @Option(
      names = "--max-df-share",
      defaultValue = "0.05",
      description = "Keyphrases: in at most this share of papers (default ${DEFAULT-VALUE}).")
  double maxDfShare;

  @Option(
      names = "--min-words",
      defaultValue = "1",
      description = "Keyphrases: at least this many words (default ${DEFAULT-VALUE}).")
  int minWords;

  @Option(names = "--min-degree", defaultValue = "5", description = "Default ${DEFAULT-VALUE}.")
  int minDegree;

  @Option(
      names = "--test-pairs",
      defaultValue = "100000",
      description = "Default ${DEFAULT-VALUE}.")
  int testPairs;

  @Option(
      names = "--train-positives",
      defaultValue = "20000",
      description = "At most this many new links to learn from (default ${DEFAULT-VALUE}).")
  int trainPositives;

  @Option(
      names = "--train-draws",
      defaultValue = "100000",
      description = "Uniform unlinked pairs to learn from (default ${DEFAULT-VALUE}).")
  int trainDraws;

  @Option(
      names = "--snapshots",
      defaultValue = "3",
      description =
          "Training snapshots: T0, T0 - 1 window, … each labelled as far ahead (default"
              + " ${DEFAULT-VALUE}).")
  int snapshots;

  @Option(
      names = "--xgb",
      paramLabel = "DEPTH,ETA,ROUNDS",
      description = "XGBoost tree depth, learning rate and rounds (default 4,0.1,200).")
  String xgb;

  @Option(
      names = "--validate",
      description =
          "Only print the AUC on a held-out fifth of the training pairs (for tuning on the"
              + " training period; nothing of the test period is read).")
  boolean validate;

  @Option(names = "--seed", defaultValue = "42")
  long seed;

  @Option(names = "--json", description = "Print one JSON object.")
  boolean json;

  @Option(names = "--verify", description = "Exit 1 when a figure drifts from the table.")
  boolean verify;

  @Option(names = "--table", paramLabel = "FILE", description = "Regression table to verify.")
  Path table;

  @Override
  public Integer call() throws Exception {
    Periods.Boundary[] tr = Periods.range(train);
    Periods.Boundary[] te = Periods.range(test);
    if (!tr[1].day().equals(te[0].day())) {
      throw new IllegalArgumentException("--train must end where --test starts (T0:T1, T1:T2)");
    }
    var split =
        new LinkPredictionEval.Split(tr[0].day(), tr[1].day(), te[1].day(), tr[0].windowDays());
    long t = System.nanoTime();
    ConceptMatcher matcher;
    String source;
    if (concepts != null) {
      matcher = ForecastCommand.readConcepts(concepts);
      source = "list";
    } else {
      Keyphrases k = GraphBuilder.keyphrases(corpus, split.t1());
      matcher = ConceptMatcher.of(k.concepts(minDf, maxDfShare, minWords, 50_000));
      source = "keyphrases";
    }
    GraphBuilder builder = new GraphBuilder(matcher);
    GraphBuilder.forEachPaper(corpus, builder::add);
    double buildSeconds = (System.nanoTime() - t) / 1e9;
    var options =
        new LinkPredictionEval.Options(
            minDegree,
            trainPositives,
            trainDraws,
            testPairs,
            seed,
            snapshots,
            xgb == null ? LinkModel.Params.DEFAULT : LinkModel.Params.parse(xgb));
    if (validate) {
      double v = LinkPredictionEval.validate(builder.graph(), split, options);
      spec.commandLine()
          .getOut()
          .printf(Locale.ROOT, "training-period validation ROC AUC %.4f%n", v);
      spec.commandLine().getOut().flush();
      return RadarCli.OK;
    }
    LinkPredictionEval.Result r = LinkPredictionEval.run(builder.graph(), split, options);
    String key =
        String.format(
            Locale.ROOT,
            "%s/%s/%s:%s/deg%d",
            stem(corpus),
            source,
            train,
            test.substring(test.indexOf(':') + 1),
            minDegree);
    String dataset =
        key
            + (snapshots == 3 ? "" : "/snap" + snapshots)
            + (xgb == null ? "" : "/xgb" + xgb.replace(",", "_"));
    List<RegressionTable.Figure> figures = new ArrayList<>();
    r.auc().forEach((m, v) -> figures.add(new RegressionTable.Figure(TASK, dataset, m, "auc", v)));
    print(spec.commandLine().getOut(), dataset, r, buildSeconds);
    if (!verify) {
      return RadarCli.OK;
    }
    RegressionTable expected =
        table != null ? RegressionTable.read(table) : EvalCommand.bundledTable();
    var drifts = expected.verify(TASK, dataset, figures);
    PrintWriter err = spec.commandLine().getErr();
    if (drifts.isEmpty()) {
      err.println("verify: all expected figures of " + TASK + " " + dataset + " within tolerance");
      return RadarCli.OK;
    }
    drifts.forEach(d -> err.println("DRIFT " + d));
    err.println("measured rows, for the table:");
    err.print(RegressionTable.format(figures, 0.005));
    return RadarCli.ERROR;
  }

  private void print(PrintWriter out, String dataset, LinkPredictionEval.Result r, double build)
      throws Exception {
    if (json) {
      ObjectMapper m = new ObjectMapper();
      ObjectNode o = m.createObjectNode().put("task", TASK).put("dataset", dataset);
      o.put("nodes", r.nodes()).put("edges", r.edges()).put("papers", r.papers());
      o.put("min_degree", minDegree);
      o.put("train_pairs", r.trainPairs()).put("train_positives", r.trainPositives());
      o.put("test_pairs", r.testPairs()).put("test_positives", r.testPositives());
      ObjectNode auc = o.putObject("auc");
      r.auc().forEach(auc::put);
      o.put("build_seconds", build).put("eval_seconds", r.seconds());
      out.println(m.writeValueAsString(o));
    } else {
      out.printf(
          Locale.ROOT,
          "%s: %,d concepts, %,d edges, %,d papers (graph in %.1f s)%n",
          dataset,
          r.nodes(),
          r.edges(),
          r.papers(),
          build);
      out.printf(
          Locale.ROOT,
          "train: %,d pairs (%,d new links; %,d concepts of degree >= %d)%n",
          r.trainPairs(),
          r.trainPositives(),
          r.eligibleTrain(),
          minDegree);
      out.printf(
          Locale.ROOT,
          "test:  %,d uniform unlinked pairs, %,d linked by T2 (%.2f %%; %,d concepts)%n",
          r.testPairs(),
          r.testPositives(),
          100.0 * r.testPositives() / Math.max(1, r.testPairs()),
          r.eligibleTest());
      r.auc().forEach((m, v) -> out.printf(Locale.ROOT, "  %-18s ROC AUC %.4f%n", m, v));
      out.printf(Locale.ROOT, "(evaluation %.1f s)%n", r.seconds());
    }
    out.flush();
  }

  /** The file name without compression and format suffixes. */
  static String stem(Path file) {
    return file.getFileName().toString().replaceAll("(\\.gz)?$", "").replaceAll("\\.[a-z]+$", "");
  }
}
